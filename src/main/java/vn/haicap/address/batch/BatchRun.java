package vn.haicap.address.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import vn.haicap.address.AddressConversion;
import vn.haicap.address.AddressConverter;
import vn.haicap.shared.TableFormat;

/** An input whose header has been read, ready to be converted into an output. Not thread-safe. */
public final class BatchRun implements Closeable {

    /** The longest address converted, in UTF-8 bytes; longer ones are rows in error. */
    public static final int MAX_ADDRESS_BYTES = 10 * 1024;

    private static final long PROGRESS_EVERY_NANOS = 200_000_000L;

    private static final int CHUNK_ROWS = 512;

    private final BatchInput input;
    private final AddressConverter converter;
    private final ExecutorService workers;
    private final int maxInFlight;

    BatchRun(BatchInput input, AddressConverter converter, ExecutorService workers, int parallelism) {
        this.input = input;
        this.converter = converter;
        this.workers = workers;
        this.maxInFlight = 2 * parallelism;
    }

    public List<String> header() {
        return input.header();
    }

    public String encoding() {
        return input.encoding();
    }

    /**
     * Writes every row with its conversion to {@code out} (not closed) and reports progress about five
     * times a second. Rows are read and written on the calling thread and converted in chunks on the
     * converter's workers, so that parsing, matching and writing overlap; the output keeps the input's
     * order. Stops with a {@link CancellationException} when the thread is interrupted.
     *
     * @param bom whether a CSV output starts with a UTF-8 byte order mark (for Excel)
     */
    public BatchSummary writeTo(OutputStream out, TableFormat format, boolean bom, BatchProgress progress)
            throws IOException {
        long start = System.nanoTime();
        BatchOutput output = format == TableFormat.XLSX ? new XlsxBatchOutput(out) : new CsvBatchOutput(out, bom);
        Tally tally = new Tally();
        Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
        int addressColumn = input.addressColumn();
        boolean finished = false;
        try {
            List<String> header = new ArrayList<>(input.header());
            header.addAll(ResultColumns.HEADER);
            output.header(header);
            long lastReport = start;
            boolean more = true;
            while (more || !inFlight.isEmpty()) {
                if (more && inFlight.size() < maxInFlight) {
                    Chunk chunk = readChunk();
                    more = chunk.rows.size() == CHUNK_ROWS;
                    if (!chunk.rows.isEmpty()) {
                        inFlight.add(workers.submit(() -> chunk.convert(converter, addressColumn)));
                    }
                    continue;
                }
                write(await(inFlight.poll()), output, tally);
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("batch cancelled after " + tally.rows + " rows");
                }
                long now = System.nanoTime();
                if (now - lastReport >= PROGRESS_EVERY_NANOS) {
                    lastReport = now;
                    progress.update(tally.rows, input.bytesRead(), input.totalBytes());
                }
            }
            output.finish();
            finished = true;
            progress.update(tally.rows, input.bytesRead(), input.totalBytes());
            return tally.summary(input.encoding(), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            if (!finished) {
                output.discard();
            }
        }
    }

    private Chunk readChunk() throws IOException {
        List<BatchRow> rows = new ArrayList<>(CHUNK_ROWS);
        BatchRow row;
        while (rows.size() < CHUNK_ROWS && (row = input.next()) != null) {
            rows.add(row);
        }
        return new Chunk(rows);
    }

    private static Chunk await(@Nullable Future<Chunk> future) throws IOException {
        try {
            return Objects.requireNonNull(future).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("batch cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    private static void write(Chunk chunk, BatchOutput output, Tally tally) throws IOException {
        for (int i = 0; i < chunk.rows.size(); i++) {
            BatchRow row = chunk.rows.get(i);
            Outcome outcome = chunk.outcomes[i];
            tally.rows++;
            List<String> result;
            if (outcome.conversion != null) {
                tally.count(outcome.conversion.status());
                result = ResultColumns.of(outcome.conversion);
            } else {
                result = tally.error(row.line(), Objects.requireNonNull(outcome.problem), outcome.detail);
            }
            output.row(row.values(), result);
        }
    }

    /** What became of one row: a conversion, or the problem that kept it from one. */
    private record Outcome(
            @Nullable AddressConversion conversion,
            @Nullable RowProblem problem,
            String detail) {}

    /** Rows read together and converted together on a worker. */
    private static final class Chunk {
        final List<BatchRow> rows;
        final Outcome[] outcomes;

        Chunk(List<BatchRow> rows) {
            this.rows = rows;
            this.outcomes = new Outcome[rows.size()];
        }

        Chunk convert(AddressConverter converter, int addressColumn) {
            for (int i = 0; i < rows.size(); i++) {
                outcomes[i] = outcome(rows.get(i), converter, addressColumn);
            }
            return this;
        }
    }

    private static Outcome outcome(BatchRow row, AddressConverter converter, int addressColumn) {
        if (row.problem() != null) {
            return new Outcome(null, row.problem(), row.detail());
        }
        String address = row.values().get(addressColumn).strip();
        if (address.isEmpty()) {
            return new Outcome(null, RowProblem.EMPTY_ADDRESS, "");
        }
        if (address.length() > MAX_ADDRESS_BYTES / 3 && utf8Length(address) > MAX_ADDRESS_BYTES) {
            return new Outcome(null, RowProblem.ADDRESS_TOO_LONG, "");
        }
        try {
            return new Outcome(converter.convert(address), null, "");
        } catch (RuntimeException e) {
            return new Outcome(null, RowProblem.CONVERSION_FAILED, e.getClass().getSimpleName());
        }
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
