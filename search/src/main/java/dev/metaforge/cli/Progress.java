package dev.metaforge.cli;

import java.io.PrintWriter;

/**
 * Progress of one evaluation on standard error — tasks done, score so far, calls spent, time
 * left — redrawn in place on a terminal (at most ten times a second, and at the end), a line at
 * each tenth otherwise (so logs stay short). A line is only formatted when it is shown: tasks
 * finish by the thousand a second against a fast endpoint.
 */
final class Progress {
    private static final long REDRAW_NANOS = 100_000_000;
    private final PrintWriter err;
    private final String label;
    private final int total;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private int lastTenth = -1;
    private long lastDraw;
    /** The last state reported, drawn at the end if the redraw limit held it back. */
    private int lastDone = -1;
    private double lastScoreSum;
    private long lastCalls;
    private boolean drawn = true;

    Progress(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    synchronized void update(int done, double scoreSum, long calls) {
        int tenth = total == 0 ? 10 : done * 10 / total;
        long now = System.nanoTime();
        lastDone = done;
        lastScoreSum = scoreSum;
        lastCalls = calls;
        if (terminal ? done < total && lastDraw != 0 && now - lastDraw < REDRAW_NANOS : tenth == lastTenth) {
            drawn = false;
            return;
        }
        drawn = true;
        lastDraw = now;
        String line = String.format(java.util.Locale.ROOT, "%-30s %5d/%d  score so far %5.1f%%  %d calls  %s", label,
                done, total, done == 0 ? 0 : 100 * scoreSum / done, calls, eta(done));
        if (terminal && err instanceof TerminalWriter screen) {
            screen.redraw(line);
        } else if (terminal) {
            err.print(line);
            err.flush();
        } else {
            lastTenth = tenth;
            err.println(line.stripTrailing());
        }
    }

    private String eta(int done) {
        if (done == 0) {
            return "";
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("%.0f s left", seconds / done * (total - done));
    }

    synchronized void finish() {
        if (terminal) {
            if (!drawn && lastDone >= 0) { // stopped early (a budget): the last state, not the last one drawn
                lastDraw = 0;
                update(lastDone, lastScoreSum, lastCalls);
            }
            err.println();
        }
    }
}
