package vn.haicap.address.batch;

/** Told now and then how far a batch run is; called on the thread that runs it. */
@FunctionalInterface
public interface BatchProgress {

    BatchProgress NONE = (rows, bytesRead, totalBytes) -> {};

    /**
     * @param rowsDone data rows written so far
     * @param bytesRead bytes of the input consumed so far
     * @param totalBytes the input's size, or {@code -1} when unknown
     */
    void update(long rowsDone, long bytesRead, long totalBytes);
}
