package dev.metaforge.cli;

import dev.metaforge.model.LanguageModel;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code compare}'s table: per strategy, the winners' test scores (mean and a t-interval over
 * repeats), how many runs came within {@value #TOLERANCE_POINTS} points of the best validation
 * score any run reached and the calls that took, all calls, and failed and duplicate proposals.
 */
final class ComparisonTable {
    static final double TOLERANCE_POINTS = 2;
    /** Two-sided 95 % quantiles of Student's t for 1 to 10 degrees of freedom. */
    private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228};

    private ComparisonTable() {
    }

    /** One strategy's figures over its repeats. */
    /**
     * One strategy's line. {@code callsToTarget} averages every run: one that never reached the
     * target counts with the calls it had spent by its last design, so with any such run the mean is
     * a lower bound; {@code callsToTargetReached} averages only the runs that reached it.
     */
    record Row(String strategy, int runs, double testMean, double testHalfWidth, int reached, double callsToTarget,
               double callsToTargetReached, double calls, double failed, double duplicates) {
        boolean lowerBound() {
            return reached < runs;
        }
    }

    static List<Row> rows(List<CompareCommand.Trial> trials, double target) {
        Map<String, List<CompareCommand.Trial>> by = new LinkedHashMap<>();
        trials.forEach(t -> by.computeIfAbsent(t.strategy(), k -> new ArrayList<>()).add(t));
        List<Row> rows = new ArrayList<>();
        by.forEach((strategy, list) -> {
            double[] tests = list.stream().filter(t -> t.outcome().winner() != null)
                    .mapToDouble(t -> t.outcome().winner().test().mean()).toArray();
            List<Long> toTarget = new ArrayList<>();
            List<Long> atLeast = new ArrayList<>();
            for (CompareCommand.Trial t : list) {
                Long hit = null;
                for (int i = 0; i < t.best().size() && hit == null; i++) {
                    if (t.best().get(i) >= target - 1e-9) {
                        hit = t.calls().get(i);
                    }
                }
                if (hit != null) {
                    toTarget.add(hit);
                }
                atLeast.add(hit != null ? hit : t.calls().isEmpty() ? 0 : t.calls().get(t.calls().size() - 1));
            }
            rows.add(new Row(strategy, list.size(), mean(tests), halfWidth(tests), toTarget.size(),
                    atLeast.stream().mapToLong(Long::longValue).average().orElse(Double.NaN),
                    toTarget.stream().mapToLong(Long::longValue).average().orElse(Double.NaN),
                    list.stream().mapToLong(t -> t.outcome().calls()).average().orElse(0),
                    list.stream().mapToLong(t -> t.outcome().failures()).average().orElse(0),
                    list.stream().mapToInt(t -> t.outcome().duplicates()).average().orElse(0)));
        });
        return rows;
    }

    /** The best validation score any run reached on the way, less the tolerance. */
    static double target(List<CompareCommand.Trial> trials) {
        double best = trials.stream().flatMap(t -> t.best().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        return best - TOLERANCE_POINTS / 100;
    }

    static void print(PrintWriter out, List<CompareCommand.Trial> trials, SearchInputs in, LanguageModel model,
                      SearchOptions o, boolean json) {
        double target = target(trials);
        List<Row> rows = rows(trials, target);
        if (json) {
            out.println(Json.write(Map.of("benchmark", in.benchmark(), "model", model.name(), "simulated",
                    model.simulated(), "target", target, "strategies", rows,
                    "runs", trials.stream().map(ComparisonTable::run).toList())));
            return;
        }
        out.printf(Locale.ROOT, "compare on %s (val %d / test %d tasks), model %s%s, proposer %s, %d repeat(s) each, "
                        + "budget %d designs / %,d calls%n", in.benchmark(), in.val().tasks().size(),
                in.test().tasks().size(), model.name(), model.simulated() ? " (simulated)" : "", o.proposer,
                rows.isEmpty() ? 0 : rows.get(0).runs(), o.maxDesigns, o.budgetCalls);
        out.printf(Locale.ROOT, "target: %.1f%% on validation (the best any run reached, less %.0f points)%n%n",
                100 * target, TOLERANCE_POINTS);
        out.printf("%-8s %-22s %-9s %-16s %-12s %-7s %s%n", "STRATEGY", "WINNER TEST (95% CI)", "REACHED",
                "CALLS TO TARGET", "CALLS", "FAILED", "DUPLICATES");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-8s %-22s %-9s %-16s %-12s %-7.1f %.1f%n", r.strategy(),
                    String.format(Locale.ROOT, "%.1f%% ± %.1f", 100 * r.testMean(), 100 * r.testHalfWidth()),
                    r.reached() + "/" + r.runs(), r.reached() == 0 ? "-"
                            : String.format(Locale.ROOT, "%s%,.0f", r.lowerBound() ? ">= " : "", r.callsToTarget()),
                    String.format(Locale.ROOT, "%,.0f", r.calls()), r.failed(), r.duplicates());
        }
        out.println();
        out.println("Calls to target average every run; a run that never reached the target counts with the calls "
                + "it had spent by its\nlast design, so the mean is then a lower bound (>=); - when no run reached it. "
                + "Winners are chosen on validation;\ntheir test scores are measured once.");
    }

    /** One run for JSON, with its path: calls spent and best full validation score after each design. */
    private static Map<String, Object> run(CompareCommand.Trial t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", t.strategy());
        m.put("seed", t.seed());
        m.put("run", t.outcome().runId());
        m.put("calls", t.outcome().calls());
        m.put("winnerTest", t.outcome().winner() == null ? 0 : t.outcome().winner().test().mean());
        m.put("pathCalls", t.calls());
        m.put("pathBest", t.best());
        return m;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? 0 : s / v.length;
    }

    /** Half the width of a 95 % t-interval of the mean; 0 for fewer than two values. */
    static double halfWidth(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        double sd = Math.sqrt(ss / (v.length - 1));
        double t = v.length - 1 <= T95.length ? T95[v.length - 2] : 1.96;
        return t * sd / Math.sqrt(v.length);
    }
}
