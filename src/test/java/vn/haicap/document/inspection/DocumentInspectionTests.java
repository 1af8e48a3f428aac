package vn.haicap.document.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.haicap.document.DocumentKind;
import vn.haicap.document.storage.StagedFile;
import vn.haicap.shared.HaicapException;

class DocumentInspectionTests {

    @TempDir
    Path dir;

    private final DocumentInspection inspection = new DocumentInspection(InspectionProperties.defaults());

    /** Inspects the bytes held in memory, and the same bytes in a file: both must give the same answer. */
    private InspectedFile inspect(String name, byte[] content, DocumentKind kind) throws IOException {
        InspectedFile inMemory = inspection.inspect(StagedFile.of(content), name, kind);
        try (StagedFile onDisk = onDisk(content)) {
            assertThat(inspection.inspect(onDisk, name, kind)).isEqualTo(inMemory);
        }
        return inMemory;
    }

    private StagedFile onDisk(byte[] content) {
        try {
            return StagedFile.ofFile(Files.write(dir.resolve("upload.bin"), content));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void refused(String name, byte[] content, DocumentKind kind, String code) {
        assertThatThrownBy(() -> inspection.inspect(StagedFile.of(content), name, kind))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo(code));
        try (StagedFile onDisk = onDisk(content)) {
            assertThatThrownBy(() -> inspection.inspect(onDisk, name, kind))
                    .isInstanceOfSatisfying(
                            HaicapException.class, e -> assertThat(e.code()).isEqualTo(code));
        }
    }

    @Test
    void acceptsAPdfWithItsPagesAndText() throws IOException {
        InspectedFile file =
                inspect("quyet-dinh.pdf", TestFiles.pdf("Decision 05 on land allocation"), DocumentKind.RESULT);
        assertThat(file.type()).isEqualTo(FileType.PDF);
        assertThat(file.pageCount()).isEqualTo(1);
        assertThat(file.text()).contains("Decision 05 on land allocation");
    }

    @Test
    void extractsTheTextOfWordAndExcelFiles() throws IOException {
        InspectedFile word =
                inspect("don.docx", TestFiles.docx("Đơn đề nghị cấp giấy phép xây dựng"), DocumentKind.PAPER);
        assertThat(word.type()).isEqualTo(FileType.DOCX);
        assertThat(word.text()).contains("Đơn đề nghị cấp giấy phép xây dựng");

        InspectedFile excel = inspect("danh-sach.xlsx", TestFiles.xlsx("Nguyễn Thị Hoà"), DocumentKind.PAPER);
        assertThat(excel.type()).isEqualTo(FileType.XLSX);
        assertThat(excel.text()).contains("Nguyễn Thị Hoà");
    }

    @Test
    void acceptsAnImageThatDecodes() throws IOException {
        InspectedFile png = inspect("anh.png", TestFiles.png(64, 48), DocumentKind.PAPER);
        assertThat(png.type()).isEqualTo(FileType.PNG);
        assertThat(png.mediaType()).isEqualTo("image/png");
    }

    @Test
    void extractsTheTextEmbeddedInAnImage() throws IOException {
        InspectedFile png = inspect(
                "so-ho-khau.png", TestFiles.pngWithText("Sổ hộ khẩu số 123, Phường Ba Đình"), DocumentKind.PAPER);
        assertThat(png.text()).contains("Sổ hộ khẩu số 123, Phường Ba Đình");
    }

    @Test
    void refusesEmptyFiles() {
        refused("empty.pdf", new byte[0], DocumentKind.PAPER, "document.empty");
    }

    @Test
    void refusesAFileWhoseExtensionLies() {
        refused("scan.pdf", TestFiles.png(10, 10), DocumentKind.PAPER, "document.type-mismatch");
        refused("invoice.pdf.exe", TestFiles.pdf("x"), DocumentKind.PAPER, "document.type-mismatch");
    }

    @Test
    void refusesTypesNotAllowedForTheKind() {
        refused("anh.png", TestFiles.png(10, 10), DocumentKind.RESULT, "document.type-not-allowed");
        refused("script.sh", "#!/bin/sh\nrm -rf /\n".getBytes(), DocumentKind.PAPER, "document.type-unsupported");
        refused(
                "program.pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0},
                DocumentKind.PAPER,
                "document.type-unsupported");
    }

    @Test
    void refusesEncryptedPdfs() {
        refused("secret.pdf", TestFiles.encryptedPdf("classified"), DocumentKind.PAPER, "document.pdf-encrypted");
    }

    @Test
    void refusesATruncatedImage() {
        byte[] png = TestFiles.png(200, 200);
        refused("cut.png", Arrays.copyOf(png, png.length / 2), DocumentKind.PAPER, "document.corrupt");
    }

    @Test
    void refusesADamagedPdf() {
        byte[] pdf = TestFiles.pdf("text");
        byte[] damaged = Arrays.copyOf(pdf, 40);
        refused("cut.pdf", damaged, DocumentKind.PAPER, "document.corrupt");
    }

    @Test
    void refusesArchiveBombsAndPathTricksInOfficeFiles() {
        refused("bomb.docx", TestFiles.zipBomb(300), DocumentKind.PAPER, "document.archive-bomb");
        refused("evil.docx", TestFiles.zipWithPathTrick(), DocumentKind.PAPER, "document.archive-unsafe");
    }

    @Test
    void refusesOverTheLimitOfTheKind() {
        InspectionProperties small = new InspectionProperties(
                org.springframework.util.unit.DataSize.ofBytes(100),
                org.springframework.util.unit.DataSize.ofBytes(100),
                org.springframework.util.unit.DataSize.ofBytes(100),
                10,
                org.springframework.util.unit.DataSize.ofMegabytes(1),
                10,
                1000,
                10);
        byte[] pdf = TestFiles.pdf("more than a hundred bytes");
        assertThatThrownBy(
                        () -> new DocumentInspection(small).inspect(StagedFile.of(pdf), "big.pdf", DocumentKind.PAPER))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("document.too-large"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "invoice\u202Efdp.exe",
                "a\u0000.pdf",
                "../../etc/passwd.pdf",
                "..\\windows\\a.pdf",
                "folder/a.pdf",
                "..",
                "zero\u200Bwidth.pdf",
                "line\nbreak.pdf",
                "C:evil.pdf"
            })
    void refusesFileNameTricks(String name) {
        assertThatThrownBy(() -> FileNames.sanitise(name))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("document.name-invalid"));
    }

    @Test
    void keepsVietnameseFileNamesInComposedForm() {
        String decomposed = java.text.Normalizer.normalize("Giấy khai sinh – Hoà.pdf", java.text.Normalizer.Form.NFD);
        assertThat(FileNames.sanitise("  " + decomposed + " ")).isEqualTo("Giấy khai sinh – Hoà.pdf");
    }
}
