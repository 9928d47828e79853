package dev.metaforge.cli;

import dev.metaforge.eval.EvaluationReport;
import dev.metaforge.eval.Racing;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The result of {@code eval --race}: standing of each design and the calls saved. */
final class RaceTable {
    private RaceTable() {
    }

    static void print(PrintWriter out, boolean json, List<Racing.Entrant> entrants, int tasks, Map<String, String> refused) {
        List<Racing.Entrant> ranked = new ArrayList<>(entrants);
        ranked.sort(Comparator.comparing(Racing.Entrant::dropped)
                .thenComparing(e -> -e.report().n())
                .thenComparing(e -> -e.report().mean()));
        long spent = entrants.stream().mapToLong(e -> e.report().calls()).sum();
        long full = entrants.stream().mapToLong(e -> e.fullCalls(tasks)).sum();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Racing.Entrant e : ranked) {
                Map<String, Object> row = new LinkedHashMap<>();
                EvaluationReport r = e.report();
                row.put("agent", r.agent());
                row.put("status", e.dropped() ? "dropped" : "finalist");
                row.put("droppedAfter", e.droppedAfter());
                row.put("n", r.n());
                row.put("score", r.mean());
                row.put("ciLow", r.ciLow());
                row.put("ciHigh", r.ciHigh());
                row.put("calls", r.calls());
                rows.add(row);
            }
            out.println(Json.write(Map.of("designs", rows, "callsSpent", spent, "callsFullEvaluation", full,
                    "refused", refused)));
            return;
        }
        out.printf("%-28s %-22s %5s %7s  %-15s %7s%n", "AGENT", "STATUS", "N", "SCORE", "95% CI", "CALLS");
        for (Racing.Entrant e : ranked) {
            EvaluationReport r = e.report();
            out.printf(Locale.ROOT, "%-28s %-22s %5d %6.1f%%  [%5.1f, %5.1f] %7d%n",
                    r.agent().length() > 28 ? r.agent().substring(0, 27) + "…" : r.agent(),
                    e.dropped() ? "dropped after " + e.droppedAfter() : "finalist", r.n(), 100 * r.mean(),
                    100 * r.ciLow(), 100 * r.ciHigh(), r.calls());
        }
        out.printf(Locale.ROOT, "calls spent %d; a full evaluation of every design on all %d tasks: %d, from each "
                        + "design's calls per task (%.0f %% saved)%n",
                spent, tasks, full, full == 0 ? 0 : 100.0 * (full - spent) / full);
        refused.forEach((file, why) -> out.println("refused " + file + ":\n" + why));
    }
}
