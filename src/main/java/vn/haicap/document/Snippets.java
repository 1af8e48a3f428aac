package vn.haicap.document;

import java.text.Normalizer;
import java.util.List;

/**
 * A short extract of a text around its first match, HTML-escaped, with every word that starts with a
 * search term wrapped in {@code <mark>}. Matching ignores diacritics and case like the index does, but
 * the extract shows the text as written.
 */
final class Snippets {

    static final int BEFORE = 60;
    static final int LENGTH = 240;

    private Snippets() {}

    static String highlight(String text, List<String> terms) {
        // fold character by character so that positions in the folded text map back to the original
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // a combining mark belongs to the letter before it
            }
            origin[folded.length()] = i;
            folded.append(fold(c));
        }
        origin[folded.length()] = text.length();
        boolean[] marked = new boolean[text.length()];
        int first = -1;
        for (String term : terms) {
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
                if (at > 0 && Character.isLetterOrDigit(folded.charAt(at - 1))) {
                    continue;
                }
                int end = at;
                while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                    end++;
                }
                for (int i = origin[at]; i < origin[end]; i++) {
                    marked[i] = true;
                }
                first = first < 0 ? origin[at] : Math.min(first, origin[at]);
            }
        }
        int start = first < 0 ? 0 : Math.max(0, first - BEFORE);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && first - start < BEFORE + 20) {
            start--;
        }
        int end = Math.min(text.length(), start + LENGTH);
        StringBuilder snippet = new StringBuilder();
        if (start > 0) {
            snippet.append("…");
        }
        boolean open = false;
        for (int i = start; i < end; i++) {
            if (marked[i] && !open) {
                snippet.append("<mark>");
                open = true;
            } else if (!marked[i] && open) {
                snippet.append("</mark>");
                open = false;
            }
            char c = text.charAt(i);
            snippet.append(
                    switch (c) {
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '&' -> "&amp;";
                        case '"' -> "&quot;";
                        case '\'' -> "&#39;";
                        default -> Character.isWhitespace(c) ? " " : String.valueOf(c);
                    });
        }
        if (open) {
            snippet.append("</mark>");
        }
        if (end < text.length()) {
            snippet.append("…");
        }
        return snippet.toString().replaceAll(" {2,}", " ");
    }

    /** One character folded to exactly one: base letter, no marks, đ as d, lowercase; others a space. */
    private static char fold(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.isLetterOrDigit(base) ? Character.toLowerCase(base) : ' ';
    }
}
