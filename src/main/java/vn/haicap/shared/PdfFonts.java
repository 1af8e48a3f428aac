package vn.haicap.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Unicode font every PDF of Haicap embeds (DejaVu Sans: all Vietnamese letters and tone marks), parsed
 * once. Parsing the 750 kB font for each slip or result cost more than the rest of the page; FontBox's
 * {@link TrueTypeFont} locks its table reads, so one parsed font serves concurrent documents, each
 * embedding its own subset. Glyph substitution (GSUB) is off: Vietnamese needs none once the text is in
 * composed form ({@link #composed}), and shaping every string cost a tenth of a page's rendering.
 */
public final class PdfFonts {

    public static final String DEJAVU_SANS = "/fonts/DejaVuSans.ttf";

    private static final TrueTypeFont SANS = parse(DEJAVU_SANS);

    private PdfFonts() {}

    /** DejaVu Sans, subset-embedded in this document. */
    public static PDType0Font sans(PDDocument document) {
        try {
            return PDType0Font.load(document, SANS, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text as the font draws it without substitution: letters and their tone marks composed (NFC). */
    public static String composed(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
