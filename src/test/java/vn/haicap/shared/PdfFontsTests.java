package vn.haicap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfFontsTests {

    private static final String NAME = "Nguyễn Thị Hồng Nhung, xã Đồng Hỷ, tỉnh Thái Nguyên";

    @Test
    void decomposedVietnameseIsDrawnAsTheComposedLetters() throws Exception {
        String decomposed = Normalizer.normalize(NAME, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(NAME);
        assertThat(textOf(pdf(PdfFonts.composed(decomposed)))).contains(NAME);
    }

    @Test
    void oneParsedFontServesDocumentsWrittenAtTheSameTime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> texts = IntStream.range(0, 32)
                    .mapToObj(i -> pool.submit(() -> textOf(pdf(NAME + " " + i))))
                    .toList();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains(NAME + " " + i);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void wrapsLinesAtTheLastWordThatFits() throws Exception {
        String text = String.join(" ", java.util.Collections.nCopies(12, NAME)) + " Giấy-chứng-nhận-quyền-sử-dụng-đất"
                + "-quyền-sở-hữu-nhà-ở-và-tài-sản-khác-gắn-liền-với-đất";
        float size = 11;
        float width = 200;
        try (PDDocument document = new PDDocument()) {
            var font = PdfFonts.sans(document);
            List<String> lines = PdfFonts.wrap(font, text, size, width);

            assertThat(String.join(" ", lines)).isEqualTo(text);
            assertThat(lines).hasSizeGreaterThan(10);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                float measured = font.getStringWidth(line) / 1000 * size;
                // a line is wider than the limit only when it is one word too long to be cut
                assertThat(measured <= width + 0.01f || !line.contains(" "))
                        .as(line)
                        .isTrue();
                if (i + 1 < lines.size()) {
                    String withNextWord = line + " " + lines.get(i + 1).split(" ")[0];
                    assertThat(font.getStringWidth(withNextWord) / 1000 * size)
                            .as(withNextWord)
                            .isGreaterThan(width);
                }
            }
            assertThat(lines.get(lines.size() - 1)).startsWith("Giấy-chứng-nhận");
        }
    }

    @Test
    void theCoreCoversVietnameseAndLatinWithTheWholeFontsWidths() throws Exception {
        assertThat(PdfFonts.covers(NAME + " — “Giấy tờ” số 12/2025, phí 50.000 ₫ (№ 3)"))
                .isTrue();
        assertThat(PdfFonts.covers("Ωμέγα")).isFalse();
        assertThat(PdfFonts.covers("Жук")).isFalse();
        try (PDDocument document = new PDDocument()) {
            assertThat(PdfFonts.core(document).getStringWidth(NAME))
                    .isEqualTo(PdfFonts.sans(document).getStringWidth(NAME));
        }
    }

    @Test
    void textOutsideTheCoreIsDrawnWithTheWholeFontEmbeddedBesideIt() throws Exception {
        String other = "Ωμέγα Жук ∑";
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(document);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 700;
                for (String line : List.of(NAME, other, NAME)) {
                    content.beginText();
                    content.setFont(fonts.forText(line), 11);
                    content.newLineAtOffset(50, y);
                    content.showText(line);
                    content.endText();
                    y -= 20;
                }
            }
            assertThat(fonts.forText(NAME)).isSameAs(fonts.forText("Hà Nội"));
            assertThat(fonts.forText(other)).isNotSameAs(fonts.forText(NAME));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new java.util.ArrayList<>();
            document.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    fonts.add(document.getPage(0).getResources().getFont(name).getName());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertThat(fonts).hasSize(2).allSatisfy(name -> assertThat(name).contains("DejaVuSans"));
            assertThat(new PDFTextStripper().getText(document)).contains(NAME, other);
        }
    }

    private static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new DocumentFonts(document).forText(text), 11);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
