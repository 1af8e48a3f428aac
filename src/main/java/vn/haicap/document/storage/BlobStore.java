package vn.haicap.document.storage;

import java.io.InputStream;

/**
 * Content-addressed storage: a blob is named by the SHA-256 (64 lowercase hex digits) of its bytes, so the
 * same file is kept once however many documents refer to it, and a blob never changes once written.
 */
public interface BlobStore {

    /**
     * Stores the file's bytes under their hash; does nothing if that blob exists already (deduplication).
     * Refuses a file whose bytes do not hash to {@code sha256}.
     */
    void put(String sha256, StagedFile content);

    /** The blob's bytes; the caller closes the stream. */
    InputStream get(String sha256);

    boolean exists(String sha256);

    /** Removes a blob; only for the destruction of records whose retention has ended. */
    boolean delete(String sha256);

    /** Checks that a name is a SHA-256 in hex, so that it can never be a path trick. */
    static String checked(String sha256) {
        if (sha256.length() != 64 || !sha256.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return sha256;
    }
}
