package vn.haicap.shared;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The fonts of one PDF: DejaVu Sans's Vietnamese and Latin core for the text it covers, the whole font for
 * text with other characters (Greek, Cyrillic, symbols), each embedded only once some text needs it.
 */
public final class DocumentFonts {

    private final PDDocument document;
    private @Nullable PDType0Font core;
    private @Nullable PDType0Font whole;

    public DocumentFonts(PDDocument document) {
        this.document = document;
    }

    /** The font that draws every character of this text, and measures it for wrapping. */
    public PDType0Font forText(String text) {
        if (PdfFonts.covers(text)) {
            if (core == null) {
                core = PdfFonts.core(document);
            }
            return core;
        }
        if (whole == null) {
            whole = PdfFonts.sans(document);
        }
        return whole;
    }
}
