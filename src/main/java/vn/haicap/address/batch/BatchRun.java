package vn.haicap.address.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import vn.haicap.address.AddressConversion;
import vn.haicap.address.AddressConverter;

/** An input whose header has been read, ready to be converted into an output. Not thread-safe. */
public final class BatchRun implements Closeable {

    /** The longest address converted, in UTF-8 bytes; longer ones are rows in error. */
    public static final int MAX_ADDRESS_BYTES = 10 * 1024;

    private static final long PROGRESS_EVERY_NANOS = 200_000_000L;

    private final BatchInput input;
    private final AddressConverter converter;

    BatchRun(BatchInput input, AddressConverter converter) {
        this.input = input;
        this.converter = converter;
    }

    public List<String> header() {
        return input.header();
    }

    public String encoding() {
        return input.encoding();
    }

    /**
     * Writes every row with its conversion to {@code out} (not closed) and reports progress about five
     * times a second. Stops with a {@link CancellationException} when the thread is interrupted.
     *
     * @param bom whether a CSV output starts with a UTF-8 byte order mark (for Excel)
     */
    public BatchSummary writeTo(OutputStream out, BatchFormat format, boolean bom, BatchProgress progress)
            throws IOException {
        long start = System.nanoTime();
        BatchOutput output = format == BatchFormat.XLSX ? new XlsxBatchOutput(out) : new CsvBatchOutput(out, bom);
        Tally tally = new Tally();
        boolean finished = false;
        try {
            List<String> header = new ArrayList<>(input.header());
            header.addAll(ResultColumns.HEADER);
            output.header(header);
            long lastReport = start;
            BatchRow row;
            while ((row = input.next()) != null) {
                output.row(row.values(), convert(row, tally));
                if ((tally.rows & 0xFF) == 0) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("batch cancelled after " + tally.rows + " rows");
                    }
                    long now = System.nanoTime();
                    if (now - lastReport >= PROGRESS_EVERY_NANOS) {
                        lastReport = now;
                        progress.update(tally.rows, input.bytesRead(), input.totalBytes());
                    }
                }
            }
            output.finish();
            finished = true;
            progress.update(tally.rows, input.bytesRead(), input.totalBytes());
            return tally.summary(input.encoding(), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            if (!finished) {
                output.discard();
            }
        }
    }

    private List<String> convert(BatchRow row, Tally tally) {
        tally.rows++;
        if (row.problem() != null) {
            return tally.error(row.line(), row.problem(), row.detail());
        }
        String address = row.values().get(input.addressColumn()).strip();
        if (address.isEmpty()) {
            return tally.error(row.line(), RowProblem.EMPTY_ADDRESS, "");
        }
        if (address.length() > MAX_ADDRESS_BYTES / 3 && utf8Length(address) > MAX_ADDRESS_BYTES) {
            return tally.error(row.line(), RowProblem.ADDRESS_TOO_LONG, "");
        }
        AddressConversion conversion;
        try {
            conversion = converter.convert(address);
        } catch (RuntimeException e) {
            return tally.error(row.line(), RowProblem.CONVERSION_FAILED, e.getClass().getSimpleName());
        }
        tally.count(conversion.status());
        return ResultColumns.of(conversion);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }

    private static final class Tally {
        long rows;
        long converted;
        long ambiguous;
        long alreadyNew;
        long notFound;
        long errors;
        final List<BatchSummary.RowError> firstErrors = new ArrayList<>();

        void count(AddressConversion.Status status) {
            switch (status) {
                case CONVERTED -> converted++;
                case AMBIGUOUS -> ambiguous++;
                case ALREADY_NEW -> alreadyNew++;
                case NOT_FOUND -> notFound++;
            }
        }

        List<String> error(long line, RowProblem problem, String detail) {
            errors++;
            String message = problem.describe(line, detail);
            if (firstErrors.size() < BatchSummary.MAX_LISTED_ERRORS) {
                firstErrors.add(new BatchSummary.RowError(line, problem, message));
            }
            return ResultColumns.error(message);
        }

        BatchSummary summary(String encoding, Duration duration) {
            return new BatchSummary(
                    rows, converted, ambiguous, alreadyNew, notFound, errors, firstErrors, encoding, duration);
        }
    }
}
