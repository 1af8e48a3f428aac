package vn.haicap.document.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedFileTests {

    @TempDir
    Path root;

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static StagedFile received(byte[] bytes, long limit) {
        return StagedFile.receive(new ByteArrayInputStream(bytes), limit, () -> new IllegalStateException("too large"));
    }

    @Test
    void keepsASmallFileInMemoryWithItsSizeAndHash() throws IOException {
        byte[] bytes = random(300_000);
        try (StagedFile staged = received(bytes, 1_000_000)) {
            assertThat(staged.bytes()).isEqualTo(bytes);
            assertThat(staged.size()).isEqualTo(300_000);
            assertThat(staged.sha256()).isEqualTo(Hashes.sha256(bytes));
            try (InputStream in = staged.open()) {
                assertThat(in.readAllBytes()).isEqualTo(bytes);
            }
        }
    }

    @Test
    void spillsALargeFileToATemporaryFileDeletedOnClose() throws IOException {
        byte[] bytes = random(StagedFile.IN_MEMORY + 70_000);
        Path file;
        try (StagedFile staged = received(bytes, Long.MAX_VALUE)) {
            assertThat(staged.bytes()).isNull();
            assertThat(staged.size()).isEqualTo(bytes.length);
            assertThat(staged.sha256()).isEqualTo(Hashes.sha256(bytes));
            file = staged.file();
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void refusesOneByteOverTheLimit() {
        assertThatThrownBy(() -> received(random(1001), 1000)).hasMessage("too large");
        assertThatThrownBy(() -> received(random(StagedFile.IN_MEMORY + 10), StagedFile.IN_MEMORY + 9))
                .hasMessage("too large");
        try (StagedFile staged = received(random(1000), 1000)) {
            assertThat(staged.size()).isEqualTo(1000);
        }
    }

    @Test
    void writesBytesHeldInMemoryToAFileOnlyWhenOneIsAskedFor() throws IOException {
        byte[] bytes = random(5000);
        Path file;
        try (StagedFile staged = StagedFile.of(bytes)) {
            file = staged.file();
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void neverDeletesTheCallersOwnFile() throws IOException {
        Path file = Files.write(root.resolve("kept.bin"), random(2000));
        try (StagedFile staged = StagedFile.ofFile(file)) {
            assertThat(staged.sha256()).isEqualTo(Hashes.sha256(file));
            assertThat(staged.bytes()).isNull();
        }
        assertThat(file).exists();
    }

    @Test
    void theBlobStoreRefusesBytesThatDoNotHashToTheirName() {
        FileSystemBlobStore store = new FileSystemBlobStore(root.resolve("blobs"));
        StagedFile staged = StagedFile.of(random(100));
        assertThatThrownBy(() -> store.put(Hashes.sha256(random(101)), staged))
                .isInstanceOf(IllegalArgumentException.class);
        store.put(staged.sha256(), staged);
        assertThat(store.exists(staged.sha256())).isTrue();
    }
}
