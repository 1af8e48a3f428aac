package vn.haicap.address.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertAddressesCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void mainConvertsACsvFileAndPrintsTheSummary() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(
                in,
                "id,address\n1,\"Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội\"\n2,\"broken\n3,Xã Tân Hòa\n",
                StandardCharsets.UTF_8);
        Path target = dir.resolve("out.csv");
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            ConvertAddressesCommand.main(new String[] {in.toString(), target.toString()});
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }

        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("id,address,status,old_commune_code,");
        assertThat(lines.get(1)).contains("converted", "Phường Phúc Xá", "Thành phố Hà Nội");
        // the broken line's text is kept as it was, stray quote included
        assertThat(lines.get(2)).startsWith("2,\"\"\"broken\",error,").endsWith("line 3: unclosed quote");
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary)
                .contains("rows          3", "errors        1", "line 3: unclosed quote", "encoding      UTF-8");
    }

    @Test
    void convertsAWorkbookIntoCsvWithAByteOrderMarkOnRequest() throws IOException {
        Path in = dir.resolve("in.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var stream = Files.newOutputStream(in)) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Địa chỉ");
            sheet.createRow(1).createCell(0).setCellValue("Phuong Phuc Xa, Quan Ba Dinh, Ha Noi");
            workbook.write(stream);
        }
        Path target = dir.resolve("out.csv");

        int code = run("--bom", in.toString(), target.toString());

        assertThat(code).isZero();
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Phuong Phuc Xa");
    }

    @Test
    void failsWithUsageCodeAndOneLineWhenTheInputIsMissing() {
        int code =
                run(dir.resolve("nope.csv").toString(), dir.resolve("out.csv").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .startsWith("convert-addresses: no such file:")
                .doesNotContain("\n");
    }

    @Test
    void failsWithUsageCodeWhenThereIsNoAddressColumn() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,street\n1,a\n", StandardCharsets.UTF_8);

        int code = run(in.toString(), dir.resolve("out.csv").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no address column", "found: id, street");
    }

    @Test
    void failsWithUsageCodeOnWrongArgumentsOrExtensions() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), "address\nx\n");

        assertThat(run(in.toString())).isEqualTo(2);
        assertThat(run(in.toString(), dir.resolve("out.pdf").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("usage: convert-addresses", "unsupported file type: out.pdf");
    }

    @Test
    void printsAProgressBarOnATerminalAndPlainLinesOtherwise() {
        assertThat(ProgressPrinter.describe(500, 50, 100, 2.0))
                .isEqualTo("[###############---------------]  50%  500 rows  250 rows/s");
        assertThat(ProgressPrinter.describe(1_500, 10, -1, 1.0)).isEqualTo("1,500 rows  1,500 rows/s");
    }

    private int run(String... args) {
        return ConvertAddressesCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
    }
}
