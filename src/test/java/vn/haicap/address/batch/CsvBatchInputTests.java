package vn.haicap.address.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.haicap.shared.HaicapException;

class CsvBatchInputTests {

    private static final String SAMPLE = "id,address\n1,Phường Bến Thành\n2,Xã Tân Hòa\n";

    @Test
    void readsPlainUtf8() throws IOException {
        try (CsvBatchInput input = open(SAMPLE.getBytes(StandardCharsets.UTF_8))) {
            assertThat(input.encoding()).isEqualTo("UTF-8");
            assertThat(input.header()).containsExactly("id", "address");
            assertThat(input.addressColumn()).isEqualTo(1);
            assertThat(rows(input))
                    .extracting(BatchRow::values)
                    .containsExactly(List.of("1", "Phường Bến Thành"), List.of("2", "Xã Tân Hòa"));
        }
    }

    @Test
    void skipsTheUtf8ByteOrderMark() throws IOException {
        try (CsvBatchInput input =
                open(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SAMPLE, StandardCharsets.UTF_8))) {
            assertThat(input.encoding()).isEqualTo("UTF-8 (BOM)");
            assertThat(input.header()).containsExactly("id", "address");
            assertThat(rows(input)).hasSize(2);
        }
    }

    @Test
    void readsUtf16LittleAndBigEndianByTheirByteOrderMark() throws IOException {
        byte[] little = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE, StandardCharsets.UTF_16LE);
        byte[] big = withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, SAMPLE, StandardCharsets.UTF_16BE);
        try (CsvBatchInput le = open(little);
                CsvBatchInput be = open(big)) {
            assertThat(le.encoding()).isEqualTo("UTF-16LE (BOM)");
            assertThat(be.encoding()).isEqualTo("UTF-16BE (BOM)");
            assertThat(rows(le).get(0).values()).containsExactly("1", "Phường Bến Thành");
            assertThat(rows(be).get(1).values()).containsExactly("2", "Xã Tân Hòa");
        }
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8() throws IOException {
        byte[] bytes = "id,address\n1,Xã Tân Hòa\n".getBytes(Charset.forName("windows-1252"));
        try (CsvBatchInput input = open(bytes)) {
            assertThat(input.encoding()).startsWith("windows-1252");
            assertThat(rows(input).get(0).values()).containsExactly("1", "Xã Tân Hòa");
        }
    }

    @Test
    void staysWithUtf8WhenOnlyARowOrTwoAreInvalid() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id,address\n1,Phường Bến Thành, Quận 1\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'2', ',', (byte) 0xF2, '\n'});
        try (CsvBatchInput input = open(bytes.toByteArray())) {
            assertThat(input.encoding()).isEqualTo("UTF-8");
        }
    }

    @Test
    void sniffsTheSemicolonDelimiterFromTheHeader() throws IOException {
        String csv = "ma;dia_chi;ghi chu\n7;\"Số 3, Phường Bến Thành\";x\n";
        try (CsvBatchInput input = open(csv.getBytes(StandardCharsets.UTF_8))) {
            assertThat(input.addressColumn()).isEqualTo(1);
            assertThat(rows(input).get(0).values()).containsExactly("7", "Số 3, Phường Bến Thành", "x");
        }
    }

    @Test
    void acceptsTheVietnameseAddressHeaderInAnyCase() throws IOException {
        for (String name : List.of("ADDRESS", " Địa chỉ ", "DIA_CHI", "Địa Chỉ")) {
            try (CsvBatchInput input = open(("stt," + name + "\n1,a\n").getBytes(StandardCharsets.UTF_8))) {
                assertThat(input.addressColumn()).as(name).isEqualTo(1);
            }
        }
    }

    @Test
    void rejectsAFileWithoutAnAddressColumn() {
        byte[] bytes = "id,street,city\n1,a,b\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> open(bytes))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("address.batch-no-address-column"));
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> open(new byte[0]))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("address.batch-empty"));
        assertThatThrownBy(() -> open("\n\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("address.batch-empty"));
    }

    @Test
    void readsNoRowsFromAHeaderOnly() throws IOException {
        try (CsvBatchInput input = open("address\r\n".getBytes(StandardCharsets.UTF_8))) {
            assertThat(input.header()).containsExactly("address");
            assertThat(input.next()).isNull();
        }
    }

    @Test
    void rejectsRandomBinaryInputForItsMissingAddressColumn() {
        byte[] junk = new byte[100_000];
        new Random(42).nextBytes(junk);
        assertThatThrownBy(() -> open(junk))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("address.batch-no-address-column"));
    }

    @Test
    void flagsAnUnclosedQuoteWithItsLineAndReadsTheLaterRows() throws IOException {
        String csv = "id,address\n1,Phường Bến Thành\n2,\"Xã Tân Hòa\n3,Phường Sài Gòn\n4,\"Phường 1\"\n";
        try (CsvBatchInput input = open(csv.getBytes(StandardCharsets.UTF_8))) {
            List<BatchRow> rows = rows(input);
            assertThat(rows).extracting(BatchRow::line).containsExactly(2L, 3L, 4L, 5L);
            assertThat(rows.get(1).problem()).isEqualTo(RowProblem.UNCLOSED_QUOTE);
            assertThat(rows.get(2).problem()).isNull();
            assertThat(rows.get(2).values()).containsExactly("3", "Phường Sài Gòn");
            assertThat(rows.get(3).values()).containsExactly("4", "Phường 1");
        }
    }

    @Test
    void flagsTextAfterAClosingQuote() throws IOException {
        String csv = "id,address\n1,\"Phường\" Bến Thành\n2,Phường Sài Gòn\n";
        try (CsvBatchInput input = open(csv.getBytes(StandardCharsets.UTF_8))) {
            List<BatchRow> rows = rows(input);
            assertThat(rows.get(0).problem()).isEqualTo(RowProblem.TEXT_AFTER_QUOTE);
            assertThat(rows.get(1).problem()).isNull();
        }
    }

    @Test
    void keepsLineBreaksInsideQuotesAndCountsLinesPhysically() throws IOException {
        String csv = "id,address\r\n1,\"Số 3\r\nPhường Bến Thành\"\r\n2,Xã Tân Hòa\r\n";
        try (CsvBatchInput input = open(csv.getBytes(StandardCharsets.UTF_8))) {
            List<BatchRow> rows = rows(input);
            assertThat(rows.get(0).values()).containsExactly("1", "Số 3\nPhường Bến Thành");
            assertThat(rows.get(1).line()).isEqualTo(4);
        }
    }

    @Test
    void flagsAWrongNumberOfColumnsButToleratesEmptyTrailingOnes() throws IOException {
        String csv = "id,address\n1,a,b\n2,c,\n3\n";
        try (CsvBatchInput input = open(csv.getBytes(StandardCharsets.UTF_8))) {
            List<BatchRow> rows = rows(input);
            assertThat(rows)
                    .extracting(BatchRow::problem)
                    .containsExactly(RowProblem.COLUMN_COUNT, null, RowProblem.COLUMN_COUNT);
            assertThat(rows.get(0).detail()).isEqualTo("expected 2, found 3");
            assertThat(rows.get(1).values()).containsExactly("2", "c");
        }
    }

    @Test
    void flagsAFieldOverTenKilobytesAndGoesOn() throws IOException {
        String csv = "id,address\n1," + "x".repeat(10 * 1024 + 1) + "\n2,Phường Bến Thành\n";
        try (CsvBatchInput input = open(csv.getBytes(StandardCharsets.UTF_8))) {
            List<BatchRow> rows = rows(input);
            assertThat(rows.get(0).problem()).isEqualTo(RowProblem.FIELD_TOO_LONG);
            assertThat(rows.get(0).values()).containsExactly("1", "");
            assertThat(rows.get(1).values()).containsExactly("2", "Phường Bến Thành");
        }
    }

    @Test
    void flagsARowOfBinaryJunkAndGoesOn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id,address\n1,Phường Bến Thành\n2,".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {0, 1, 2, (byte) 0xC3, (byte) 0x28, 7});
        bytes.writeBytes("\n3,Xã Tân Hòa\n".getBytes(StandardCharsets.UTF_8));
        try (CsvBatchInput input = open(bytes.toByteArray())) {
            List<BatchRow> rows = rows(input);
            assertThat(rows).extracting(BatchRow::problem).containsExactly(null, RowProblem.BINARY_CONTENT, null);
            assertThat(rows.get(1).values().get(1)).doesNotContain("\u0000", "\uFFFD");
        }
    }

    @Test
    void cutsALineWithoutBreaksInsteadOfHoldingItWhole() throws IOException {
        String csv = "id,address\n1," + "y".repeat(CsvBatchInput.MAX_LINE_CHARS + 10) + "\n2,a\n";
        try (CsvBatchInput input = open(csv.getBytes(StandardCharsets.UTF_8))) {
            List<BatchRow> rows = rows(input);
            assertThat(rows.get(0).problem()).isEqualTo(RowProblem.FIELD_TOO_LONG);
            assertThat(rows.get(1).values()).containsExactly("2", "a");
        }
    }

    private static CsvBatchInput open(byte[] bytes) throws IOException {
        return CsvBatchInput.open(new ByteArrayInputStream(bytes), bytes.length);
    }

    private static List<BatchRow> rows(CsvBatchInput input) throws IOException {
        List<BatchRow> rows = new ArrayList<>();
        for (BatchRow row = input.next(); row != null; row = input.next()) {
            rows.add(row);
        }
        return rows;
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }
}
