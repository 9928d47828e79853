package dev.metaforge.cli;

import dev.metaforge.dsl.TerminalText;
import java.io.PrintWriter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where the engine's log goes: its warnings always, and with {@code --verbose} also what it does
 * quietly — retries with their back-off, waits for the client-side rate limit — one line each on
 * standard error, escaped like everything else a command prints (a message may quote a server).
 */
final class Logs {
    private static final Logger ENGINE = Logger.getLogger("dev.metaforge");

    private Logs() {
    }

    static void install(PrintWriter err, boolean verbose) {
        for (Handler h : ENGINE.getHandlers()) {
            ENGINE.removeHandler(h);
        }
        Level level = verbose ? Level.FINE : Level.WARNING;
        ENGINE.setLevel(level);
        ENGINE.setUseParentHandlers(false);
        Handler lines = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (isLoggable(r)) {
                    String text = r.getMessage() == null ? "" : r.getMessage();
                    synchronized (err) {
                        err.println("metaforge: " + TerminalText.inline(text, 2_000));
                        err.flush();
                    }
                }
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
            }
        };
        lines.setLevel(level);
        ENGINE.addHandler(lines);
    }
}
