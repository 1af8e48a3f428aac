package vn.haicap.document.storage;

/** A blob that the store does not hold (destroyed, or a broken reference). */
public class BlobNotFound extends IllegalStateException {

    public BlobNotFound(String sha256) {
        super("no blob " + sha256);
    }
}
