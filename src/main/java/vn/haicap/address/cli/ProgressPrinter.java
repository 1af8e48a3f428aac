package vn.haicap.address.cli;

import java.io.PrintStream;
import java.util.Locale;
import vn.haicap.address.batch.BatchProgress;

/**
 * Shows how far a batch is on the error stream: a bar redrawn in place on a terminal, otherwise (a log
 * file, CI) a plain line every few seconds.
 */
final class ProgressPrinter implements BatchProgress {

    private static final int BAR_WIDTH = 30;
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastLine = start;
    private boolean drawn;

    ProgressPrinter(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void update(long rowsDone, long bytesRead, long totalBytes) {
        long now = System.nanoTime();
        if (!terminal && now - lastLine < LINE_EVERY_NANOS) {
            return;
        }
        lastLine = now;
        String text = describe(rowsDone, bytesRead, totalBytes, (now - start) / 1e9);
        if (terminal) {
            err.print("\r" + text + "   ");
            drawn = true;
        } else {
            err.println(text);
        }
        err.flush();
    }

    /** Ends the bar's line, so that what follows starts on a line of its own. */
    void done() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    static String describe(long rows, long bytesRead, long totalBytes, double seconds) {
        long rate = seconds > 0 ? Math.round(rows / seconds) : 0;
        String counts = String.format(Locale.ROOT, "%,d rows  %,d rows/s", rows, rate);
        if (totalBytes <= 0) {
            return counts;
        }
        int percent = (int) Math.min(100, bytesRead * 100 / totalBytes);
        int filled = percent * BAR_WIDTH / 100;
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%  ", percent) + counts;
    }
}
