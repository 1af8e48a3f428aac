package vn.haicap.address.matching;

import java.text.Normalizer;

/**
 * Precomputed tables that fold a UTF-16 char of Vietnamese text to one lower-case ASCII letter or digit, and give the
 * accent weight it carries (tone mark, vowel modifiers, the stroke of đ). Built once; lookups are array reads.
 *
 * <p>{@code y} folds to {@code i} so that {@code Quý}/{@code Quí} and {@code Kỳ}/{@code Kì} compare equal. Accent
 * weights are summed per name, so the sum does not depend on where a tone mark is placed ({@code Hòa}/{@code Hoà}).
 */
final class VietnameseLetters {

    /** Breaks a token. */
    static final char SEPARATOR = 0;
    /** Breaks a token and starts a new comma-separated segment. */
    static final char SEGMENT = 1;
    /** Dropped without breaking the token: apostrophes in names such as {@code Đ'Mrông}. */
    static final char IGNORED = 2;
    /** A combining mark (decomposed input): adds its weight to the token, no letter. */
    static final char MARK = 3;

    private static final int SIZE = 0x2040;
    private static final char[] FOLD = new char[SIZE];
    private static final long[] ACCENT = new long[SIZE];

    private static final long GRAVE = 0x9E3779B97F4A7C15L;
    private static final long ACUTE = 0xC2B2AE3D27D4EB4FL;
    private static final long HOOK = 0x165667B19E3779F9L;
    private static final long TILDE = 0x27D4EB2F165667C5L;
    private static final long DOT_BELOW = 0x85EBCA77C2B2AE63L;
    private static final long CIRCUMFLEX = 0xFF51AFD7ED558CCDL;
    private static final long BREVE = 0xC4CEB9FE1A85EC53L;
    private static final long HORN = 0x94D049BB133111EBL;
    private static final long STROKE = 0xBF58476D1CE4E5B9L;

    static {
        for (int c = 0; c < SIZE; c++) {
            FOLD[c] = SEPARATOR;
            long mark = markWeight((char) c);
            if (mark != 0) {
                FOLD[c] = MARK;
                ACCENT[c] = mark;
            } else if (c >= 0x300 && c <= 0x36F) {
                FOLD[c] = MARK;
            } else if (Character.isLetterOrDigit(c)) {
                foldLetter((char) c);
            }
        }
        for (char c : new char[] {',', ';', '\n', '\r', '|', '\t'}) {
            FOLD[c] = SEGMENT;
        }
        for (char c : new char[] {'\'', '`', '\u00B4', '\u2018', '\u2019', '\u02BC', '\u02B9', '\u2032'}) {
            FOLD[c] = IGNORED;
        }
    }

    private VietnameseLetters() {}

    private static void foldLetter(char c) {
        if (c == 'đ' || c == 'Đ' || c == '\u00D0') {
            FOLD[c] = 'd';
            ACCENT[c] = STROKE;
            return;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = Character.toLowerCase(decomposed.charAt(0));
        if (!((base >= 'a' && base <= 'z') || (base >= '0' && base <= '9'))) {
            return;
        }
        FOLD[c] = base == 'y' ? 'i' : base;
        long accent = 0;
        for (int i = 1; i < decomposed.length(); i++) {
            accent += markWeight(decomposed.charAt(i));
        }
        ACCENT[c] = accent;
    }

    private static long markWeight(char mark) {
        return switch (mark) {
            case '\u0300' -> GRAVE;
            case '\u0301' -> ACUTE;
            case '\u0309' -> HOOK;
            case '\u0303' -> TILDE;
            case '\u0323' -> DOT_BELOW;
            case '\u0302' -> CIRCUMFLEX;
            case '\u0306' -> BREVE;
            case '\u031B' -> HORN;
            default -> 0;
        };
    }

    /** The folded letter or digit, or one of {@link #SEPARATOR}, {@link #SEGMENT}, {@link #IGNORED}, {@link #MARK}. */
    static char fold(char c) {
        return c < SIZE ? FOLD[c] : SEPARATOR;
    }

    static long accent(char c) {
        return c < SIZE ? ACCENT[c] : 0;
    }

    static boolean isDigit(char folded) {
        return folded >= '0' && folded <= '9';
    }
}
