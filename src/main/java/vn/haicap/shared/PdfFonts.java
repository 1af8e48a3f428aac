package vn.haicap.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
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

    /** The text cut into lines no wider than {@code width} points at {@code size}, breaking between words. */
    public static java.util.List<String> wrap(PDFont font, String text, float size, float width) {
        // a string's width is the sum of its glyphs' (no kerning), so a line's width grows word by word
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        float space = width(font, " ", size);
        float currentWidth = 0;
        for (String word : text.replace('\n', ' ').replace('\t', ' ').split(" ")) {
            float wordWidth = width(font, word, size);
            if (current.isEmpty()) {
                current.append(word);
                currentWidth = wordWidth;
            } else if (currentWidth + space + wordWidth <= width) {
                current.append(' ').append(word);
                currentWidth += space + wordWidth;
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
                currentWidth = wordWidth;
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** The width of the text in points; a character the font lacks counts as an average one. */
    public static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size * 0.6f;
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
