package vn.haicap.address.batch;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A table of addresses being read row by row; its header was read and its address column found on opening. */
interface BatchInput extends Closeable {

    List<String> header();

    int addressColumn();

    /** The next data row, or null at the end. */
    @Nullable
    BatchRow next() throws IOException;

    String encoding();

    long bytesRead();

    /** The input's size in bytes, or {@code -1} when unknown. */
    long totalBytes();
}
