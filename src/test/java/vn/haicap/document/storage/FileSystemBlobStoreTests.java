package vn.haicap.document.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTests {

    @TempDir
    Path root;

    @Test
    void keepsEachContentOnceUnderItsShardedHash() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root.resolve("blobs"));
        Path file = Files.writeString(root.resolve("a.txt"), "giấy khai sinh");
        String sha256 = Hashes.sha256(file);

        store.put(sha256, StagedFile.ofFile(file));
        store.put(sha256, StagedFile.ofFile(file));

        assertThat(store.exists(sha256)).isTrue();
        assertThat(store.pathOf(sha256))
                .isEqualTo(root.resolve("blobs")
                        .toRealPath()
                        .resolve(sha256.substring(0, 2))
                        .resolve(sha256.substring(2, 4))
                        .resolve(sha256));
        try (InputStream in = store.get(sha256)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("giấy khai sinh");
        }
        try (Stream<Path> files = Files.walk(root.resolve("blobs"))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
    }

    @Test
    void refusesContentThatDoesNotMatchItsNameAndLeavesNothingBehind() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root.resolve("blobs"));
        Path file = Files.writeString(root.resolve("a.txt"), "one");
        String other = Hashes.sha256("two".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> store.put(other, StagedFile.ofFile(file)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(store.exists(other)).isFalse();
        try (Stream<Path> files = Files.walk(root.resolve("blobs"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void refusesNamesThatAreNotHashes() {
        FileSystemBlobStore store = new FileSystemBlobStore(root.resolve("blobs"));
        assertThatThrownBy(() -> store.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists("AB".repeat(32))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletesForDestructionAndThenReportsTheBlobMissing() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root.resolve("blobs"));
        Path file = Files.writeString(root.resolve("a.txt"), "to destroy");
        String sha256 = Hashes.sha256(file);
        store.put(sha256, StagedFile.ofFile(file));

        assertThat(store.delete(sha256)).isTrue();
        assertThat(store.delete(sha256)).isFalse();
        assertThat(store.exists(sha256)).isFalse();
        assertThatThrownBy(() -> store.get(sha256)).isInstanceOf(BlobNotFound.class);
    }
}
