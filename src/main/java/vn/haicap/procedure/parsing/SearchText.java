package vn.haicap.procedure.parsing;

import java.text.Normalizer;

/**
 * The form texts are compared in: lowercase, without diacritics or tone marks, {@code đ} as {@code d},
 * any punctuation as a single space ("Đăng ký khai sinh" and "dang ky  khai-sinh" agree).
 */
public final class SearchText {

    private SearchText() {}

    public static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
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
        return key.toString();
    }
}
