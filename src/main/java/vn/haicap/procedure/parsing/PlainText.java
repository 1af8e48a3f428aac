package vn.haicap.procedure.parsing;

import java.text.Normalizer;

/** Lowercase text without diacritics ({@code đ} as {@code d}) and with single spaces; punctuation kept. */
final class PlainText {

    private PlainText() {}

    static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !plain.isEmpty();
                continue;
            }
            if (space) {
                plain.append(' ');
                space = false;
            }
            plain.append(Character.toLowerCase(c));
        }
        return plain.toString();
    }
}
