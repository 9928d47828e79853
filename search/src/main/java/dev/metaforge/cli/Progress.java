package dev.metaforge.cli;

import java.io.PrintWriter;

/**
 * Progress of one evaluation on standard error: a line redrawn in place on a terminal, a line
 * at each tenth otherwise (so logs stay short).
 */
final class Progress {
    private final PrintWriter err;
    private final String label;
    private final int total;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private int lastTenth = -1;

    Progress(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    synchronized void update(int done) {
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (terminal) {
            err.print(String.format("\r%-30s %5d/%d  %s", label, done, total, eta(done)));
            err.flush();
        } else if (tenth != lastTenth) {
            lastTenth = tenth;
            err.println(label + ": " + done + "/" + total);
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
            err.println();
        }
    }
}
