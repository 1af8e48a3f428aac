package vn.haicap.address.batch;

import java.io.IOException;
import java.util.List;

/** Where converted rows go: the header once, then each row's input values followed by the result columns. */
interface BatchOutput {

    void header(List<String> columns) throws IOException;

    void row(List<String> values, List<String> result) throws IOException;

    /** Writes what is still buffered; the underlying stream stays open. */
    void finish() throws IOException;

    /** Frees what a run that failed before {@link #finish()} still holds (temporary files). */
    default void discard() {}
}
