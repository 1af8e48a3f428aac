package vn.haicap.document.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A file's bytes on their way into the store, with their size and SHA-256: kept in memory up to {@link
 * #IN_MEMORY}, else in a temporary file that {@link #close} deletes. A temporary file per paper (created
 * with a random name, written, read back and deleted) was a tenth of a submission's CPU, for papers that
 * are mostly a few hundred kilobytes.
 */
public final class StagedFile implements AutoCloseable {

    /** The largest file kept in memory. */
    public static final int IN_MEMORY = 4 * 1024 * 1024;

    private final byte @Nullable [] bytes;
    private final long size;
    private final String sha256;
    private @Nullable Path file;
    private boolean ownsFile;

    private StagedFile(byte @Nullable [] bytes, @Nullable Path file, boolean ownsFile, long size, String sha256) {
        this.bytes = bytes;
        this.file = file;
        this.ownsFile = ownsFile;
        this.size = size;
        this.sha256 = sha256;
    }

    /** Bytes already in memory (not copied). */
    public static StagedFile of(byte[] bytes) {
        return new StagedFile(bytes, null, false, bytes.length, Hashes.sha256(bytes));
    }

    /** A file on disk that stays the caller's: it is read, never deleted. */
    public static StagedFile ofFile(Path file) {
        try {
            return new StagedFile(null, file, false, Files.size(file), Hashes.sha256(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a stream to its end, hashing it, in memory while it fits and in a temporary file beyond.
     *
     * @param limit the most bytes accepted; one more throws what {@code tooLarge} gives, having kept nothing
     */
    public static StagedFile receive(InputStream content, long limit, Supplier<RuntimeException> tooLarge) {
        MessageDigest digest = Hashes.sha256Digest();
        byte[] buffer = new byte[64 * 1024];
        int held = 0;
        long size = 0;
        Path temp = null;
        OutputStream out = null;
        try {
            for (int n; (n = content.readNBytes(buffer, held, buffer.length - held)) > 0; ) {
                size += n;
                if (size > limit) {
                    throw tooLarge.get();
                }
                digest.update(buffer, held, n);
                held += n;
                if (held < buffer.length) {
                    continue;
                }
                if (out == null && buffer.length < IN_MEMORY) {
                    buffer = Arrays.copyOf(buffer, Math.min(IN_MEMORY, buffer.length * 4));
                    continue;
                }
                if (out == null) {
                    temp = Files.createTempFile("haicap-upload-", ".bin");
                    out = Files.newOutputStream(temp);
                }
                out.write(buffer, 0, held);
                held = 0;
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            if (out == null) {
                return new StagedFile(Arrays.copyOf(buffer, held), null, false, size, hash);
            }
            out.write(buffer, 0, held);
            out.close();
            out = null;
            StagedFile staged = new StagedFile(null, temp, true, size, hash);
            temp = null;
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(out);
            deleteQuietly(temp);
        }
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    /** The bytes, when they are held in memory; null when they are in a file. */
    public byte @Nullable [] bytes() {
        return bytes;
    }

    /** The bytes from the start; the caller closes the stream. */
    public InputStream open() {
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        try {
            return Files.newInputStream(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes as a file, for readers that need one (zip archives): bytes held in memory are written to a
     * temporary file first, deleted on {@link #close}.
     */
    public Path file() {
        if (file == null) {
            try {
                Path temp = Files.createTempFile("haicap-upload-", ".bin");
                ownsFile = true;
                file = temp;
                Files.write(temp, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    @Override
    public void close() {
        if (ownsFile) {
            deleteQuietly(file);
        }
    }

    private static void closeQuietly(@Nullable OutputStream out) {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the temporary file is deleted next
            }
        }
    }

    private static void deleteQuietly(@Nullable Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover temporary file is removed by the system's temp cleaning
            }
        }
    }
}
