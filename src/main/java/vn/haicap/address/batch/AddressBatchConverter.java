package vn.haicap.address.batch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import vn.haicap.address.AddressConverter;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.TableFormat;

/**
 * Converts files of addresses with an {@link AddressConverter}, row by row in constant memory. Open
 * the input first ({@link #open}): that reads the header and fails fast, before any output, when
 * there is no address column; then {@link BatchRun#writeTo} streams the result.
 */
public final class AddressBatchConverter {

    private final AddressConverter converter;
    private final int parallelism;
    private final ExecutorService workers;

    /** Converts on as many worker threads as there are processors. */
    public AddressBatchConverter(AddressConverter converter) {
        this(converter, Runtime.getRuntime().availableProcessors());
    }

    /** @param parallelism how many chunks of rows are matched at once (worker threads, daemons) */
    public AddressBatchConverter(AddressConverter converter, int parallelism) {
        this.converter = converter;
        this.parallelism = Math.max(1, parallelism);
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(this.parallelism, r -> {
            Thread thread = new Thread(r, "address-batch-worker-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Reads the header of {@code in}. Throws a {@link HaicapException} ({@code address.batch-empty},
     * {@code address.batch-no-address-column}, {@code address.batch-unreadable-workbook}) after
     * closing the stream; otherwise the returned run owns it.
     *
     * @param totalBytes the size of the input when known (for progress), else {@code -1}
     */
    public BatchRun open(InputStream in, TableFormat format, long totalBytes) throws IOException {
        BatchInput input = switch (format) {
            case CSV -> CsvBatchInput.open(in, totalBytes);
            case XLSX -> XlsxBatchInput.open(in);
        };
        return new BatchRun(input, converter, workers, parallelism);
    }

    /** Converts a file into another, each in the format its extension names. */
    public BatchSummary convert(Path in, Path out, boolean bom, BatchProgress progress) throws IOException {
        TableFormat inFormat = formatOf(in);
        TableFormat outFormat = formatOf(out);
        long size = Files.size(in);
        try (BatchRun run = open(new BufferedInputStream(Files.newInputStream(in), 64 * 1024), inFormat, size);
                OutputStream target = new BufferedOutputStream(Files.newOutputStream(out), 64 * 1024)) {
            return run.writeTo(target, outFormat, bom, progress);
        }
    }

    /** Throws {@code address.batch-unsupported-format} for anything but {@code .csv}, {@code .txt} or {@code .xlsx}. */
    public static TableFormat formatOf(Path file) {
        String name = String.valueOf(file.getFileName());
        return TableFormat.ofFileName(name, ".txt")
                .orElseThrow(() -> HaicapException.invalid("address.batch-unsupported-format", name));
    }
}
