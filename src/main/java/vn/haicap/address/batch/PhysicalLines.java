package vn.haicap.address.batch;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * The physical lines of a text (ended by LF, CRLF or CR), numbered from 1, at most {@code maxChars}
 * characters each: the rest of a longer line is skipped and the line flagged, so that binary junk
 * without line breaks cannot exhaust memory. Lines can be pushed back to be read again.
 */
final class PhysicalLines {

    record Line(long number, String text, boolean truncated) {}

    private final Reader reader;
    private final int maxChars;
    private final char[] buffer = new char[64 * 1024];
    private final Deque<Line> pushedBack = new ArrayDeque<>();
    private final StringBuilder current = new StringBuilder(256);
    private int position;
    private int limit;
    private long lineNumber;
    private boolean pendingLf;

    PhysicalLines(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    @Nullable
    Line next() throws IOException {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pop();
        }
        current.setLength(0);
        boolean truncated = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                return new Line(++lineNumber, current.toString(), truncated);
            }
            char c = buffer[position++];
            if (pendingLf) {
                pendingLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                pendingLf = c == '\r';
                return new Line(++lineNumber, current.toString(), truncated);
            }
            if (current.length() < maxChars) {
                current.append(c);
            } else {
                truncated = true;
            }
        }
    }

    /** Puts lines back so that the next calls return them again, first to last. */
    void pushBack(java.util.List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            pushedBack.push(lines.get(i));
        }
    }

    private boolean fill() throws IOException {
        int read = reader.read(buffer);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
