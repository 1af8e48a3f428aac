package vn.haicap.dossier.slip;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.haicap.document.RenderedPdf;
import vn.haicap.shared.DocumentFonts;
import vn.haicap.shared.PdfFonts;

/** A tiny A4 text writer with an embedded Unicode font (DejaVu Sans), wrapping lines and adding pages. */
final class PdfPages implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float TEXT = 10.5f;

    private final PDDocument document = new PDDocument();
    private final StringBuilder written = new StringBuilder();
    private final DocumentFonts fonts = new DocumentFonts(document);
    private PDPageContentStream content;
    private float y;

    PdfPages(String title) {
        document.getDocumentInformation().setTitle(title);
        try {
            content = newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void heading(String text) {
        line(text, 14);
        y -= 6;
    }

    void text(String text) {
        line(text, TEXT);
    }

    /**
     * Two columns of lines, each centred in its own: a document's masthead (the authority at the left, the
     * national name and motto at the right) or its signatures.
     */
    void columns(java.util.List<String> left, java.util.List<String> right) {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            if (i < left.size()) {
                centred(left.get(i), MARGIN + width * 0.2f);
            }
            if (i < right.size()) {
                centred(right.get(i), MARGIN + width * 0.68f);
            }
            y -= TEXT * 1.45f;
        }
        y -= 4;
    }

    /** A line ending at the right margin (the place and date of a document). */
    void right(String text) {
        place(text, width -> PDRectangle.A4.getWidth() - MARGIN - width);
        y -= TEXT * 1.45f;
    }

    void gap() {
        y -= 8;
    }

    /** An image at the right margin, level with the current line. */
    void imageRight(BufferedImage image, float size) {
        try {
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            content.drawImage(xobject, PDRectangle.A4.getWidth() - MARGIN - size, y - size + 12, size, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finished file with its text and pages, for the document store. */
    RenderedPdf rendered() {
        byte[] bytes = bytes();
        return new RenderedPdf(bytes, text(), document.getNumberOfPages());
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text written so far, a line each: what a text extraction of the file would find. */
    String text() {
        return written.toString();
    }

    private void line(String text, float size) {
        String composed = PdfFonts.composed(text);
        written.append(composed).append('\n');
        PDType0Font font = fonts.forText(composed);
        for (String part : PdfFonts.wrap(font, composed, size, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
            if (y < MARGIN + size) {
                try {
                    content.close();
                    content = newPage();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            show(font, part, size, MARGIN);
            y -= size * 1.45f;
        }
    }

    private void centred(String text, float centre) {
        place(text, width -> centre - width / 2);
    }

    /** One unwrapped line of text on the current line, at the x its width gives. */
    private void place(String text, java.util.function.DoubleUnaryOperator xForWidth) {
        String composed = PdfFonts.composed(text);
        written.append(composed).append('\n');
        PDType0Font font = fonts.forText(composed);
        show(font, composed, TEXT, (float) xForWidth.applyAsDouble(PdfFonts.width(font, composed, TEXT)));
    }

    private void show(PDType0Font font, String text, float size, float x) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDPageContentStream newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        y = PDRectangle.A4.getHeight() - MARGIN;
        return new PDPageContentStream(document, page);
    }
}
