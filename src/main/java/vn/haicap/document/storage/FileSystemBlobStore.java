package vn.haicap.document.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Blobs as files under a root folder, sharded by the first two pairs of hex digits
 * ({@code ab/cd/abcd…}). A blob is written to a temporary file in its final folder, forced to disk and then
 * moved into place atomically: a reader sees the whole blob or none. The folder is forced to disk after the
 * move (and the parents of a folder just made), so that a blob whose document row was committed is still
 * there after a crash: forcing the file does not make its new name durable.
 */
public class FileSystemBlobStore implements BlobStore {

    private final Path root;

    public FileSystemBlobStore(Path root) {
        try {
            this.root = Files.createDirectories(root).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path pathOf(String sha256) {
        BlobStore.checked(sha256);
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    @Override
    public void put(String sha256, StagedFile content) {
        if (!content.sha256().equals(sha256)) {
            throw new IllegalArgumentException("content hashes to " + content.sha256() + ", not " + sha256);
        }
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return;
        }
        Path folder = target.getParent();
        Path temp = null;
        try {
            ensureFolder(folder);
            temp = Files.createTempFile(folder, ".incoming-", ".tmp");
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    InputStream in = content.open()) {
                in.transferTo(Channels.newOutputStream(channel));
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            temp = null;
            force(folder);
        } catch (FileAlreadyExistsException e) {
            // written meanwhile by a concurrent upload of the same content: same bytes, nothing to do
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover .tmp file is harmless and never read
                }
            }
        }
    }

    /** The blob's shard folder, made with its parent when missing, their entries forced to disk. */
    private void ensureFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder);
        force(folder.getParent());
        force(root);
    }

    /** Forces a folder's entries to disk (Linux and macOS; where a folder cannot be opened, the move is all). */
    private static void force(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (java.nio.file.AccessDeniedException e) {
            // Windows cannot open a folder as a file: the move is all it offers
        }
    }

    @Override
    public InputStream get(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (NoSuchFileException e) {
            throw new BlobNotFound(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public boolean delete(String sha256) {
        try {
            return Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
