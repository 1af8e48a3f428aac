package vn.haicap.document;

/** One search result: what and which, its title and a snippet with the matched words in {@code <mark>}. */
public record SearchHit(String kind, String id, String title, String snippet) {}
