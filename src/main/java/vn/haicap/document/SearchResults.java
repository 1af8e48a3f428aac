package vn.haicap.document;

import java.util.List;

/**
 * One page of search hits. A broad query is counted only up to {@link SearchIndex#COUNT_CAP}: beyond it
 * {@code total} is that cap and {@code totalIsLowerBound} says there are more.
 */
public record SearchResults(List<SearchHit> items, long total, boolean totalIsLowerBound, int page, int size) {

    static SearchResults counted(List<SearchHit> items, long counted, int page, int size) {
        return counted > SearchIndex.COUNT_CAP
                ? new SearchResults(items, SearchIndex.COUNT_CAP, true, page, size)
                : new SearchResults(items, counted, false, page, size);
    }

    /** Whether a page follows this one: only the first {@link SearchIndex#COUNT_CAP} matches are ranked and shown. */
    public boolean hasNext() {
        return total > (long) (page + 1) * size;
    }
}
