package vn.haicap.shared;

import java.text.Normalizer;

/**
 * The forms Vietnamese text is compared in, whatever way it was typed: without diacritics or tone
 * marks (so {@code Hòa}, {@code Hoà} and {@code Hoa} agree), {@code đ} as {@code d}, lowercase.
 */
public final class VietnameseText {

    private VietnameseText() {}

    /**
     * For search: also drops apostrophes ({@code M'Đrắk}, {@code M’Đrắk} and {@code Mdrak} agree) and
     * turns any other punctuation into a single space ("dang ky  khai-sinh" matches "Đăng ký khai sinh").
     */
    public static String searchKey(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
                continue;
            }
            c = foldD(c);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && !key.isEmpty()) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.append(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return key.toString();
    }

    /** For parsing: punctuation kept, runs of white space as one space. */
    public static String plain(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !plain.isEmpty();
                continue;
            }
            if (space) {
                plain.append(' ');
                space = false;
            }
            plain.append(Character.toLowerCase(foldD(c)));
        }
        return plain.toString();
    }

    private static char foldD(char c) {
        return c == 'đ' || c == 'Đ' ? 'd' : c;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '`' || c == '´';
    }
}
