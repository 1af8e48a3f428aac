package vn.haicap.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
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
 *
 * <p>Most text is Vietnamese or Latin, so the font also comes cut down to those letters and the usual
 * punctuation ({@link #core}, some 700 of DejaVu's 6,000 glyphs, the same outlines and widths): a document
 * embeds its subset from that core in a third less time than from the whole font (PDFBox reads the whole
 * font's widths and glyph table for every document). {@link DocumentFonts} picks the core for text it
 * covers and the whole font for the rest.
 */
public final class PdfFonts {

    public static final String DEJAVU_SANS = "/fonts/DejaVuSans.ttf";

    private static final TrueTypeFont SANS = parse(readResource(DEJAVU_SANS));

    /** Basic Latin to Latin Extended-B (Ơ, Ư), the combining tone marks, Vietnamese, punctuation, currency. */
    private static final int[][] CORE_RANGES = {
        {0x20, 0x24F}, {0x300, 0x323}, {0x1EA0, 0x1EF9}, {0x2010, 0x2044}, {0x20A0, 0x20BF}, {0x2116, 0x2116}
    };

    private static final BitSet CORE_CHARACTERS = coreCharacters();
    private static final TrueTypeFont CORE = subset(SANS, CORE_CHARACTERS);

    private PdfFonts() {}

    /** DejaVu Sans, subset-embedded in this document. */
    public static PDType0Font sans(PDDocument document) {
        try {
            return PDType0Font.load(document, SANS, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DejaVu Sans cut down to Vietnamese and Latin ({@link #covers}), subset-embedded in this document. */
    public static PDType0Font core(PDDocument document) {
        try {
            return PDType0Font.load(document, CORE, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@link #core} draws every character of the text. */
    public static boolean covers(String text) {
        return text.codePoints().allMatch(CORE_CHARACTERS::get);
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

    /** The characters of the core's ranges that DejaVu Sans draws. */
    private static BitSet coreCharacters() {
        try {
            CmapLookup cmap = SANS.getUnicodeCmapLookup();
            BitSet characters = new BitSet();
            for (int[] range : CORE_RANGES) {
                for (int c = range[0]; c <= range[1]; c++) {
                    characters.set(c, cmap.getGlyphId(c) != 0);
                }
            }
            return characters;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont subset(TrueTypeFont font, BitSet characters) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            characters.stream().forEach(subsetter::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return parse(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
