package dev.metaforge.dsl.isolate;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of the wire, each at most {@link #MAX_LINE} characters: a worker (or an engine) that
 * sends an endless line is a broken peer, reported as such, not a reason to fill the heap.
 */
final class BoundedLines {
    /** Far above the largest legitimate message: a task's trace of 100 calls with long prompts. */
    static final int MAX_LINE = 64 * 1024 * 1024;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int pos;
    private int end;

    BoundedLines(Reader in) {
        this.in = in;
    }

    /** The next line without its end, or null at the end of the stream. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return line.length() == 0 ? null : line.toString();
                }
            }
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            line.append(buffer, start, pos - start);
            if (line.length() > MAX_LINE) {
                throw new WireException("a message longer than " + MAX_LINE + " characters", null);
            }
            if (pos < end) {
                pos++;
                int n = line.length();
                return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
            }
        }
    }
}
