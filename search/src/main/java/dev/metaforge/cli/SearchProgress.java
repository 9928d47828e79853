package dev.metaforge.cli;

import dev.metaforge.search.Candidate;
import dev.metaforge.search.SearchListener;
import dev.metaforge.search.SearchSession;
import dev.metaforge.search.Strategies;
import java.io.PrintWriter;
import java.util.Locale;

/** A line on standard error for each design a search considers: what it is, its score, the best so far, the spend. */
final class SearchProgress implements SearchListener {
    private final PrintWriter err;
    private final boolean quietNotes;
    private int seen;

    SearchProgress(PrintWriter err, boolean quietNotes) {
        this.err = err;
        this.quietNotes = quietNotes;
    }

    @Override
    public synchronized void considered(SearchSession s, Candidate c) {
        seen++;
        long limit = s.settings().budgetCalls();
        String step = c.origin().label().equals("seed") ? "seed" : s.proposals() + (s.settings().maxDesigns() > 0
                ? "/" + s.settings().maxDesigns() : "");
        String result = c.failed() ? "failed: " + firstLine(c.failure())
                : "val " + c.validation().describe()
                + (Strategies.state(s, c) == dev.metaforge.archive.NodeState.DROPPED ? " (stopped early)" : "");
        String best = s.ranked().stream().findFirst().map(x -> String.format(Locale.ROOT, "%.1f%%", 100 * x.mean()))
                .orElse("-");
        err.println(String.format(Locale.ROOT, "[%-7s] #%-4d %-40s %s  best %s  calls %,d%s", step, c.designId(),
                clip(c.name()), result, best, s.budget().spentCalls(), limit > 0 ? String.format(Locale.ROOT,
                        " of %,d", limit) : ""));
        err.flush();
    }

    @Override
    public synchronized void note(String message) {
        if (!quietNotes) {
            err.println("          " + firstLine(message));
            err.flush();
        }
    }

    private static String clip(String name) {
        return name.length() <= 40 ? name : name.substring(0, 39) + "…";
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.length() <= 160 ? line : line.substring(0, 159) + "…";
    }
}
