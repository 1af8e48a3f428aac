package vn.haicap.adminunit.registry;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form names are compared in: lowercase, no diacritics or tone marks (so {@code Hòa}/{@code Hoà}
 * and {@code Hoa} agree), {@code đ} as {@code d}, apostrophes dropped ({@code M'Đrắk}, {@code M’Đrắk},
 * {@code Mdrak}), any other punctuation as a space, and single spaces.
 */
public final class SearchKey {

    private SearchKey() {}

    public static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
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
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '`' || c == '´';
    }
}
