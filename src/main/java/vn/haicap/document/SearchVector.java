package vn.haicap.document;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An item's search vector as tsvector text, built here so that PostgreSQL only has to read it. It equals
 * {@code setweight(to_tsvector('simple', folded_title), 'A') || setweight(to_tsvector('simple', folded), 'B')},
 * which the table's trigger computes whenever this answers null: PostgreSQL's text parser took three times as
 * long as reading the finished vector, and most of an item's write (docs/benchmarks.md, "Session of 2026-12-07
 * (fifth)").
 *
 * <p>Only for the plain case, where the parser's result is known: words of ASCII letters and digits separated by
 * spaces, as {@link vn.haicap.shared.VietnameseText#searchKey} makes of Vietnamese text, and within tsvector's
 * limits. A word the parser reads as a number in scientific notation followed by more ({@code 12e3x} gives
 * {@code 12e3} and {@code x}), any other character, a very long word, too many words or too many repeats of
 * one: null, and PostgreSQL parses it.
 */
final class SearchVector {

    /** Positions run to 16,383; to_tsvector keeps 255 per word, and joining two vectors 256. */
    private static final int LAST_POSITION = 16_383;

    private static final int POSITIONS_PER_PART = 255;
    private static final int POSITIONS_JOINED = 256;
    /** Far below tsvector's 2,047 bytes; a longer word is left to the parser. */
    private static final int LONGEST_WORD = 255;

    private SearchVector() {}

    /** The tsvector text of the title (weight A) followed by the body (weight B), or null when not plain. */
    static @Nullable String of(String foldedTitle, String folded) {
        Map<String, Word> words = new LinkedHashMap<>();
        int titleWords = add(words, foldedTitle, 0, 'A');
        if (titleWords < 0) {
            return null;
        }
        int bodyWords = add(words, folded, titleWords, 'B');
        if (bodyWords < 0 || titleWords + bodyWords > LAST_POSITION) {
            return null;
        }
        StringBuilder vector = new StringBuilder(foldedTitle.length() + folded.length() * 2);
        for (Map.Entry<String, Word> word : words.entrySet()) {
            if (word.getValue().inTitle > POSITIONS_PER_PART
                    || word.getValue().inBody > POSITIONS_PER_PART
                    || word.getValue().inTitle + word.getValue().inBody > POSITIONS_JOINED) {
                return null;
            }
            if (!vector.isEmpty()) {
                vector.append(' ');
            }
            vector.append('\'').append(word.getKey()).append("':").append(word.getValue().positions);
        }
        return vector.toString();
    }

    /** Adds the text's words at positions after {@code before}; answers how many, or -1 if one is not plain. */
    private static int add(Map<String, Word> words, String text, int before, char weight) {
        int count = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(' ', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                String token = text.substring(start, end);
                if (!plain(token)) {
                    return -1;
                }
                count++;
                words.computeIfAbsent(token, t -> new Word()).add(before + count, weight);
            }
            start = end + 1;
        }
        return count;
    }

    private static boolean plain(String token) {
        if (token.length() > LONGEST_WORD) {
            return false;
        }
        int digits = 0;
        while (digits < token.length() && isDigit(token.charAt(digits))) {
            digits++;
        }
        // digits, 'e', a digit: the parser's scientific notation, which ends the token where the number ends
        if (digits > 0
                && digits + 1 < token.length()
                && token.charAt(digits) == 'e'
                && isDigit(token.charAt(digits + 1))) {
            return false;
        }
        for (int i = digits; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!isDigit(c) && (c < 'a' || c > 'z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final class Word {
        final StringBuilder positions = new StringBuilder();
        int inTitle;
        int inBody;

        void add(int position, char weight) {
            if (!positions.isEmpty()) {
                positions.append(',');
            }
            positions.append(position).append(weight);
            if (weight == 'A') {
                inTitle++;
            } else {
                inBody++;
            }
        }
    }
}
