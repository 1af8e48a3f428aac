package vn.haicap.address.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.haicap.address.AddressConversion;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.TableFormat;

class AddressBatchConverterTests {

    private final AddressBatchConverter batch = new AddressBatchConverter(AddressSamples.MATCHER, 2);

    @Test
    void writesTheInputColumnsThenTheConversionOfEachRowInOrder() throws IOException {
        List<String> addresses = AddressSamples.oldAddresses(2_000);
        StringBuilder csv = new StringBuilder("id;Địa chỉ;note\n");
        for (int i = 0; i < addresses.size(); i++) {
            csv.append(i)
                    .append(";\"")
                    .append(addresses.get(i))
                    .append("\";n")
                    .append(i)
                    .append('\n');
        }

        Result result = convertCsv(csv.toString().getBytes(StandardCharsets.UTF_8), false);

        assertThat(result.header())
                .containsExactlyElementsOf(concat(List.of("id", "Địa chỉ", "note"), ResultColumns.HEADER));
        assertThat(result.rows()).hasSize(addresses.size());
        for (int i = 0; i < addresses.size(); i += 97) {
            CSVRecord row = result.rows().get(i);
            assertThat(row.get("id")).isEqualTo(String.valueOf(i));
            assertThat(row.get("Địa chỉ")).isEqualTo(addresses.get(i));
            assertThat(row.toList().subList(3, row.size()))
                    .isEqualTo(ResultColumns.of(AddressSamples.MATCHER.convert(addresses.get(i))));
        }
    }

    @Test
    void countsEveryStatusInTheSummary() throws IOException {
        List<String> addresses = AddressSamples.oldAddresses(3_000);
        Map<AddressConversion.Status, Long> expected = addresses.stream()
                .map(AddressSamples.MATCHER::convert)
                .collect(Collectors.groupingBy(AddressConversion::status, Collectors.counting()));

        Result result = convertCsv(csvOf(addresses), false);

        BatchSummary summary = result.summary();
        assertThat(summary.rowsRead()).isEqualTo(3_000);
        assertThat(summary.converted()).isEqualTo(expected.getOrDefault(AddressConversion.Status.CONVERTED, 0L));
        assertThat(summary.ambiguous()).isEqualTo(expected.getOrDefault(AddressConversion.Status.AMBIGUOUS, 0L));
        assertThat(summary.alreadyNew()).isEqualTo(expected.getOrDefault(AddressConversion.Status.ALREADY_NEW, 0L));
        assertThat(summary.notFound()).isEqualTo(expected.getOrDefault(AddressConversion.Status.NOT_FOUND, 0L));
        assertThat(summary.converted()).as("most old addresses convert").isGreaterThan(2_000);
        assertThat(summary.errors()).isZero();
        assertThat(summary.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void keepsConvertingAfterABrokenQuoteAndNamesItsLine() throws IOException {
        List<String> addresses = AddressSamples.oldAddresses(1_000);
        StringBuilder csv = new StringBuilder("id,address\n");
        for (int i = 0; i < addresses.size(); i++) {
            String quoted = i == 499 ? "\"" + addresses.get(i) : "\"" + addresses.get(i) + "\"";
            csv.append(i).append(',').append(quoted).append('\n');
        }

        Result result = convertCsv(csv.toString().getBytes(StandardCharsets.UTF_8), false);

        assertThat(result.rows()).hasSize(1_000);
        CSVRecord broken = result.rows().get(499);
        assertThat(broken.get("status")).isEqualTo("error");
        assertThat(broken.get("error")).isEqualTo("line 501: unclosed quote");
        assertThat(result.rows().get(500).get("status")).isNotEqualTo("error");
        assertThat(result.rows().get(999).get("address")).isEqualTo(addresses.get(999));
        assertThat(result.summary().errors()).isEqualTo(1);
        assertThat(result.summary().firstErrors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(501);
            assertThat(e.problem()).isEqualTo(RowProblem.UNCLOSED_QUOTE);
        });
    }

    @Test
    void writesEmptyAndOverlongAddressesAsErrorRows() throws IOException {
        // 7,200 characters but over 10 KB of UTF-8: within the field limit, over the address limit
        String csv = "id,address\n1,\n2,\"" + "Đường ".repeat(1_200) + "\"\n3,Phường Phúc Xá, Quận Ba Đình\n";

        Result result = convertCsv(csv.getBytes(StandardCharsets.UTF_8), false);

        assertThat(result.rows())
                .extracting(r -> r.get("error"))
                .containsExactly(
                        "line 2: empty address",
                        "line 3: address longer than 10 KB",
                        "line 4: wrong number of columns (expected 2, found 3)");
        assertThat(result.summary().errors()).isEqualTo(3);
    }

    @Test
    void startsTheOutputWithAByteOrderMarkOnlyWhenAsked() throws IOException {
        byte[] input = csvOf(AddressSamples.oldAddresses(3));
        assertThat(convertCsv(input, true).bytes()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(convertCsv(input, false).bytes()).startsWith('i', 'd');
    }

    @Test
    void reportsProgressUpToTheWholeInput() throws IOException {
        byte[] input = csvOf(AddressSamples.oldAddresses(20_000));
        AtomicLong rows = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong total = new AtomicLong();
        try (BatchRun run = batch.open(new ByteArrayInputStream(input), TableFormat.CSV, input.length)) {
            run.writeTo(new ByteArrayOutputStream(), TableFormat.CSV, false, (r, b, t) -> {
                rows.set(r);
                bytes.set(b);
                total.set(t);
            });
        }
        assertThat(rows).hasValue(20_000);
        assertThat(bytes).hasValue(input.length);
        assertThat(total).hasValue(input.length);
    }

    @Test
    void convertsAWorkbookIntoAWorkbook() throws IOException {
        List<String> addresses = AddressSamples.oldAddresses(300);
        byte[] workbook = workbook(addresses);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSummary summary;
        try (BatchRun run = batch.open(new ByteArrayInputStream(workbook), TableFormat.XLSX, workbook.length)) {
            summary = run.writeTo(out, TableFormat.XLSX, false, BatchProgress.NONE);
        }

        assertThat(summary.rowsRead()).isEqualTo(300);
        assertThat(summary.encoding()).isEqualTo("xlsx");
        try (XSSFWorkbook result = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = result.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(300);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("status");
            Row last = sheet.getRow(300);
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo(addresses.get(299));
            assertThat(last.getCell(3).getStringCellValue())
                    .isEqualTo(AddressSamples.MATCHER
                            .convert(addresses.get(299))
                            .status()
                            .key());
        }
    }

    @Test
    void convertsAWorkbookIntoCsv() throws IOException {
        List<String> addresses = AddressSamples.oldAddresses(50);
        byte[] workbook = workbook(addresses);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BatchRun run = batch.open(new ByteArrayInputStream(workbook), TableFormat.XLSX, workbook.length)) {
            run.writeTo(out, TableFormat.CSV, false, BatchProgress.NONE);
        }

        List<CSVRecord> rows = parse(out.toByteArray());
        assertThat(rows).hasSize(50);
        assertThat(rows.get(0).get("id")).isEqualTo("1");
        assertThat(rows.get(49).get("Address")).isEqualTo(addresses.get(49));
    }

    @Test
    void rejectsAWorkbookWithoutAddressColumnAndJunkCalledWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("street");
            workbook.write(bytes);
        }
        assertThatThrownBy(() -> batch.open(new ByteArrayInputStream(bytes.toByteArray()), TableFormat.XLSX, -1))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("address.batch-no-address-column"));
        byte[] junk = "id,address\n1,a\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> batch.open(new ByteArrayInputStream(junk), TableFormat.XLSX, -1))
                .isInstanceOfSatisfying(
                        HaicapException.class,
                        e -> assertThat(e.code()).isEqualTo("address.batch-unreadable-workbook"));
    }

    private static byte[] workbook(List<String> addresses) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("data");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("id");
            header.createCell(1).setCellValue("Address");
            header.createCell(2).setCellValue("note");
            for (int i = 0; i < addresses.size(); i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(addresses.get(i));
            }
            workbook.write(bytes);
        }
        return bytes.toByteArray();
    }

    private record Result(byte[] bytes, List<String> header, List<CSVRecord> rows, BatchSummary summary) {}

    private Result convertCsv(byte[] input, boolean bom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSummary summary;
        try (BatchRun run = batch.open(new ByteArrayInputStream(input), TableFormat.CSV, input.length)) {
            summary = run.writeTo(out, TableFormat.CSV, bom, BatchProgress.NONE);
        }
        byte[] bytes = out.toByteArray();
        List<CSVRecord> rows = parse(bytes);
        List<String> header =
                rows.isEmpty() ? List.of() : rows.get(0).getParser().getHeaderNames();
        return new Result(bytes, header, rows, summary);
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF ? 3 : 0;
        var reader = new InputStreamReader(
                new ByteArrayInputStream(bytes, skip, bytes.length - skip), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(reader)
                .getRecords();
    }

    private static byte[] csvOf(List<String> addresses) {
        StringBuilder csv = new StringBuilder("id,address\n");
        for (int i = 0; i < addresses.size(); i++) {
            csv.append(i).append(",\"").append(addresses.get(i)).append("\"\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
