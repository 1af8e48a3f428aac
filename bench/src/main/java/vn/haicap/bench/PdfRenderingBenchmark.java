package vn.haicap.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.haicap.shared.PdfFonts;

/**
 * A dossier's result page (the lines of {@code SlipRenderer.result}) rendered to PDF bytes with the font embedded
 * two ways in the same run: {@code wholeFont} subsets from all of DejaVu Sans, as every PDF did until 2026-12-07;
 * {@code coreFont} from its Vietnamese and Latin core, as {@code DocumentFonts} now does for such text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class PdfRenderingBenchmark {

    private static final List<String> LINES = List.of(
            "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
            "Thủ tục: Đăng ký khai sinh (1.001193)",
            "Mã hồ sơ: H26.26-261207-0001",
            "Người nộp: Nguyễn Thị Hồng Nhung — 001088012345",
            "Ngày tiếp nhận: 07/12/2026 08:30",
            "Ngày giải quyết xong: 07/12/2026 09:10",
            "Hồ sơ đã được người có thẩm quyền phê duyệt. Kết quả này được lưu trong kho dữ liệu điện tử"
                    + " của Ông/Bà và có thể được kiểm tra bằng mã tra cứu in trên phiếu trả kết quả.",
            "NGƯỜI CÓ THẨM QUYỀN");

    @Benchmark
    public byte[] wholeFont() throws IOException {
        return render(PdfFonts::sans);
    }

    @Benchmark
    public byte[] coreFont() throws IOException {
        return render(PdfFonts::core);
    }

    private static byte[] render(Function<PDDocument, PDType0Font> embed) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = embed.apply(document);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float y = PDRectangle.A4.getHeight() - 50;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (String line : LINES) {
                    for (String part : PdfFonts.wrap(font, line, 10.5f, PDRectangle.A4.getWidth() - 100)) {
                        content.beginText();
                        content.setFont(font, 10.5f);
                        content.newLineAtOffset(50, y);
                        content.showText(part);
                        content.endText();
                        y -= 15;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
