package vn.haicap.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Real, valid PDFs for tests (the document store opens every PDF and refuses what does not parse): one A4
 * page per call with the given lines. ASCII text uses a standard font (nothing embedded, about 1 KB); other
 * text embeds a subset of DejaVu Sans, as the slips do. The output is the same bytes for the same lines.
 */
public final class Pdfs {

    /** The declaration paper of the tests' standard submission (paper 1). */
    public static final byte[] TO_KHAI = page("To khai dang ky thuong tru", "Ho va ten: Nguyen Thi Lan");

    /** The confirmation paper of the tests' standard submission (paper 2). */
    public static final byte[] XAC_NHAN = page("Giay xac nhan cho o hop phap", "So nha 12 Pho Hue, Ha Noi");

    private Pdfs() {}

    public static String base64(byte[] pdf) {
        return Base64.getEncoder().encodeToString(pdf);
    }

    /** One page with these lines of text. */
    public static byte[] page(String... lines) {
        boolean ascii = String.join("", lines).chars().allMatch(c -> c < 128);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = ascii ? new PDType1Font(Standard14Fonts.FontName.HELVETICA) : unicode(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.setLeading(16);
                content.newLineAtOffset(60, 780);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            // a fixed file identifier: otherwise PDFBox writes one from the clock, and the bytes would differ
            byte[] id = "haicap-test-pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont unicode(PDDocument document) throws IOException {
        try (InputStream in = Pdfs.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("Missing /fonts/DejaVuSans.ttf");
            }
            return PDType0Font.load(document, in);
        }
    }
}
