package vn.haicap.workforce.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Reads the chunks of a file in a thread of its own, a couple of chunks ahead of the one being stored:
 * unpacking and parsing a workbook costs about as much as storing its rows, and the two now overlap.
 * Closing stops the reading and closes the file.
 */
final class ChunkReader implements AutoCloseable {

    /** Rows of the file read in one go, with how far into the file they reach (0–99, or null). */
    record Chunk(List<RowSource.SourceRow> rows, @Nullable Integer percent) {}

    private static final Chunk END = new Chunk(List.of(), null);

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(2);
    private final Thread thread;
    private boolean ended;

    ChunkReader(RowSource source, int size, PercentRead percentRead) {
        this.thread = new Thread(() -> read(source, size, percentRead), "workforce-import-reader");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** How far into the file the line just read lies, in percent. */
    interface PercentRead {
        @Nullable
        Integer of(RowSource source, long lastLine);
    }

    /** The next chunk, or null at the end of the file; rethrows what stopped the reading. */
    @Nullable
    Chunk next() throws IOException, InterruptedException {
        if (ended) {
            return null;
        }
        Object next = chunks.take();
        if (next instanceof IOException e) {
            throw e;
        }
        if (next instanceof RuntimeException e) {
            throw e;
        }
        if (next == END) {
            ended = true;
            return null;
        }
        return (Chunk) next;
    }

    private void read(RowSource source, int size, PercentRead percentRead) {
        try (source) {
            while (true) {
                List<RowSource.SourceRow> rows = new ArrayList<>(size);
                RowSource.SourceRow row;
                while (rows.size() < size && (row = source.next()) != null) {
                    rows.add(row);
                }
                if (!rows.isEmpty()) {
                    chunks.put(new Chunk(
                            rows,
                            percentRead.of(source, rows.get(rows.size() - 1).line())));
                }
                if (rows.size() < size) {
                    chunks.put(END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            try {
                chunks.put(e);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
