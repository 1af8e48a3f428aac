package vn.haicap.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes report tables as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the
 * diacritics), XLSX (Apache POI) and PDF (PDFBox with the DejaVu Sans font embedded, the one the dossier
 * slips use: Vietnamese diacritics print as they should).
 */
final class TableExports {

    private TableExports() {}

    static byte[] csv(ReportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().get())) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            csv.printRecord(table.headers());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(ReportTable table) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet(sheetName(table.key()));
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                header.createCell(i).setCellValue(table.headers().get(i));
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = row.createCell(i);
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(String title, List<String> lines, List<ReportTable> tables) {
        try (Pdf pdf = new Pdf(title)) {
            pdf.text(title, 15);
            pdf.gap(6);
            for (String line : lines) {
                pdf.text(line, 10);
            }
            for (ReportTable table : tables) {
                pdf.gap(10);
                pdf.text(table.title(), 12);
                pdf.table(table);
            }
            return pdf.bytes();
        }
    }

    private static String sheetName(String key) {
        String s = key.replaceAll("[^A-Za-z0-9_-]", "_");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    /** A small A4 writer: lines and tables whose columns share the width, with new pages as needed. */
    static final class Pdf implements AutoCloseable {

        private static final float MARGIN = 40;
        private final PDDocument document = new PDDocument();
        private final vn.haicap.shared.DocumentFonts fonts = new vn.haicap.shared.DocumentFonts(document);
        private PDPageContentStream content;
        private float y;

        Pdf(String title) {
            document.getDocumentInformation().setTitle(title);
            try {
                content = newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void gap(float points) {
            y -= points;
        }

        void text(String text, float size) {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            PDType0Font font = fonts.forText(text);
            for (String part : vn.haicap.shared.PdfFonts.wrap(font, text, size, width)) {
                write(MARGIN, font, part, size);
                y -= size * 1.45f;
            }
        }

        void table(ReportTable table) {
            int columns = Math.max(1, table.headers().size());
            float width = (PDRectangle.A4.getWidth() - 2 * MARGIN) / columns;
            float size = columns > 6 ? 7 : 8.5f;
            row(table.headers(), width, size);
            for (List<Object> values : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (Object v : values) {
                    cells.add(v == null ? "" : v.toString());
                }
                row(cells, width, size);
            }
        }

        private void row(List<String> cells, float width, float size) {
            int lines = 1;
            List<List<String>> wrapped = new ArrayList<>();
            List<PDType0Font> cellFonts = new ArrayList<>();
            for (String cell : cells) {
                PDType0Font font = fonts.forText(cell);
                List<String> w = vn.haicap.shared.PdfFonts.wrap(font, cell, size, width - 4);
                wrapped.add(w);
                cellFonts.add(font);
                lines = Math.max(lines, w.size());
            }
            if (y - lines * size * 1.35f < MARGIN) {
                nextPage();
            }
            for (int i = 0; i < wrapped.size(); i++) {
                float yy = y;
                for (String part : wrapped.get(i)) {
                    writeAt(MARGIN + i * width, yy, cellFonts.get(i), part, size);
                    yy -= size * 1.35f;
                }
            }
            y -= lines * size * 1.35f + 2;
        }

        private void write(float x, PDType0Font font, String text, float size) {
            if (y < MARGIN + size) {
                nextPage();
            }
            writeAt(x, y, font, text, size);
        }

        private void writeAt(float x, float atY, PDType0Font font, String text, float size) {
            try {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(x, atY);
                content.showText(text);
                content.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void nextPage() {
            try {
                content.close();
                content = newPage();
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

        @Override
        public void close() {
            try {
                document.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
