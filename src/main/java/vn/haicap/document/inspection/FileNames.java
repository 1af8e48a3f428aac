package vn.haicap.document.inspection;

import java.text.Normalizer;
import vn.haicap.shared.HaicapException;

/**
 * File names as the user gave them, kept only for display and download: refused when they try to be a
 * path ({@code /}, {@code \}, {@code ..}), carry NUL or other control characters, or bidirectional
 * overrides and invisible format characters that make {@code gpj.exe} look like {@code exe.jpg}.
 */
public final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {}

    /** The name in NFC, stripped; refused with {@code document.name-invalid} when it is a trick. */
    public static String sanitise(String raw) {
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw HaicapException.invalid("document.name-invalid", printable(raw));
        }
        if (name.equals(".")
                || name.equals("..")
                || name.startsWith(".") && name.chars().allMatch(c -> c == '.')) {
            throw HaicapException.invalid("document.name-invalid", printable(raw));
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int type = Character.getType(c);
            if (c == '/'
                    || c == '\\'
                    || c == ':'
                    || type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE
                    || type == Character.UNASSIGNED
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                throw HaicapException.invalid("document.name-invalid", printable(raw));
            }
            i += Character.charCount(c);
        }
        if (name.contains("..")) {
            throw HaicapException.invalid("document.name-invalid", printable(raw));
        }
        return name;
    }

    /** The name with every invisible or control character shown as {@code U+XXXX}, for error messages. */
    static String printable(String raw) {
        StringBuilder out = new StringBuilder();
        raw.codePoints().limit(MAX_LENGTH).forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED) {
                out.append(String.format("U+%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The extension after the last dot, lowercase, or empty. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
