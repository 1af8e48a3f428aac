package vn.haicap.address.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a text file, told by its byte order mark or, without one, by whether its first
 * megabyte reads as UTF-8 (otherwise Windows-1252, what Excel writes on Vietnamese Windows for "CSV").
 */
record TextEncoding(Charset charset, int bomLength, String label) {

    static final int SAMPLE_BYTES = 1 << 20;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Reads a sample of {@code in} (which must support mark/reset) and resets it. */
    static TextEncoding detect(BufferedInputStream in) throws IOException {
        in.mark(SAMPLE_BYTES + 1);
        byte[] sample = in.readNBytes(SAMPLE_BYTES);
        in.reset();
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)");
        }
        if (startsWith(sample, 0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)");
        }
        if (startsWith(sample, 0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)");
        }
        if (isUtf8(sample, sample.length < SAMPLE_BYTES)) {
            return new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
        }
        return new TextEncoding(WINDOWS_1252, 0, "windows-1252 (not valid UTF-8)");
    }

    /** A reader past the byte order mark; undecodable bytes become U+FFFD, which marks the row as binary. */
    Reader reader(InputStream in) throws IOException {
        in.skipNBytes(bomLength);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(in, decoder);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the bytes read as UTF-8: no invalid sequence, or (a few rows of junk in a UTF-8 file) far
     * more valid multi-byte sequences than invalid ones. Windows-1252 Vietnamese text has almost no
     * valid multi-byte sequences. A sequence cut by the end of the sample counts as valid.
     */
    static boolean isUtf8(byte[] bytes, boolean complete) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0) {
                invalid++;
                i++;
                continue;
            }
            if (i + length > bytes.length) {
                if (complete) {
                    invalid++;
                }
                break;
            }
            boolean ok = true;
            for (int k = 1; k < length; k++) {
                ok &= (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return invalid == 0 || valid >= 4 * invalid;
    }
}
