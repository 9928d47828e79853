package dev.metaforge.cli;

import dev.metaforge.dsl.TerminalText;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output and error of every command: all that is written through it has its control
 * characters rendered by {@link TerminalText} (newlines and tabs kept), so whatever a command
 * prints of a script's or a model's text, it reaches the terminal inert. The command line's own
 * redrawn progress line is the one thing written with a raw carriage return, through
 * {@link #redraw}.
 */
final class TerminalWriter extends PrintWriter {
    private final Writer raw;

    TerminalWriter(Writer target) {
        super(target, true);
        this.raw = target;
    }

    /** Writes {@code line} over the current terminal line. */
    void redraw(String line) {
        synchronized (lock) {
            flush();
            try {
                raw.write('\r');
            } catch (java.io.IOException e) {
                setError();
            }
            print(line);
            flush();
        }
    }

    @Override
    public void write(int c) {
        if (TerminalText.escaped((char) c, true)) {
            super.write(TerminalText.escape((char) c));
        } else {
            super.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) {
        String part = s.substring(off, off + len);
        for (int i = 0; i < part.length(); i++) {
            if (TerminalText.escaped(part.charAt(i), true)) {
                String safe = TerminalText.block(part, Integer.MAX_VALUE);
                super.write(safe, 0, safe.length());
                return;
            }
        }
        super.write(part, 0, part.length());
    }

    /** Wraps {@code writer} unless it already is one. */
    static PrintWriter of(PrintWriter writer) {
        return writer instanceof TerminalWriter ? writer : new TerminalWriter(writer);
    }
}
