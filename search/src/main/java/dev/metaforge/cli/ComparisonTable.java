package dev.metaforge.cli;

import dev.metaforge.eval.PairedDifferences;
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
 * score any run reached and the calls that took, all calls, and failed and duplicate proposals;
 * then, for every pair of strategies, the paired differences of their winners' test scores over
 * the repeats they share (same seeds), tested at 5 % shared among the pairs (Bonferroni).
 */
final class ComparisonTable {
    static final double TOLERANCE_POINTS = 2;
    /** Two-sided 95 % quantiles of Student's t for 1 to 10 degrees of freedom. */
    private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228};

    private ComparisonTable() {
    }

    /**
     * One strategy's line. {@code callsToTarget} averages every run: one that never reached the
     * target counts with the calls it had spent by its last design, so with any such run the mean is
     * a lower bound; {@code callsToTargetReached} averages only the runs that reached it.
     */
    record Row(String strategy, int runs, double testMean, double testHalfWidth, int reached, double callsToTarget,
               double callsToTargetReached, double searchCalls, double calls, double failed, double duplicates) {
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
                    list.stream().mapToLong(t -> t.outcome().searchCalls()).average().orElse(0),
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
        List<Pair> pairs = pairs(trials);
        if (json) {
            out.println(Json.write(Map.of("benchmark", in.benchmark(), "model", model.name(), "simulated",
                    model.simulated(), "target", target, "strategies", rows, "paired", pairs,
                    "runs", trials.stream().map(ComparisonTable::run).toList())));
            return;
        }
        out.printf(Locale.ROOT, "compare on %s (val %d / test %d tasks), model %s%s, proposer %s, critiques %s, "
                        + "%d repeat(s) each, budget %s per run%n", in.benchmark(), in.val().tasks().size(),
                in.test().tasks().size(), model.name(), model.simulated() ? " (simulated)" : "", o.proposer, o.critique,
                rows.isEmpty() ? 0 : rows.get(0).runs(), budget(o));
        out.printf(Locale.ROOT, "target: %.1f%% on validation (the best any run reached, less %.0f points)%n%n",
                100 * target, TOLERANCE_POINTS);
        out.printf("%-8s %-22s %-9s %-16s %-13s %-12s %-7s %s%n", "STRATEGY", "WINNER TEST (95% CI)", "REACHED",
                "CALLS TO TARGET", "SEARCH CALLS", "ALL CALLS", "FAILED", "DUPLICATES");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-8s %-22s %-9s %-16s %-13s %-12s %-7.1f %.1f%n", r.strategy(),
                    String.format(Locale.ROOT, "%.1f%% ± %.1f", 100 * r.testMean(), 100 * r.testHalfWidth()),
                    r.reached() + "/" + r.runs(), r.reached() == 0 ? "-"
                            : String.format(Locale.ROOT, "%s%,.0f", r.lowerBound() ? ">= " : "", r.callsToTarget()),
                    String.format(Locale.ROOT, "%,.0f", r.searchCalls()), String.format(Locale.ROOT, "%,.0f", r.calls()),
                    r.failed(), r.duplicates());
        }
        out.println();
        if (!pairs.isEmpty()) {
            out.printf(Locale.ROOT, "PAIRED (winner's test score, same seeds)  DIFFERENCE (95%% CI)        P      "
                    + "VERDICT (alpha %.3f)%n", ALPHA / pairs.size());
            for (Pair p : pairs) {
                out.printf(Locale.ROOT, "%-41s %+5.1f [%+5.1f, %+5.1f] n=%-3d %.3f  %s%n", p.first() + " - " + p.second(),
                        100 * p.d().mean(), 100 * p.d().low(), 100 * p.d().high(), p.d().n(), p.d().p(),
                        p.d().established(ALPHA / pairs.size())
                                ? (p.d().mean() > 0 ? p.first() : p.second()) + " is better"
                                : "not established");
            }
            out.println();
        }
        out.println("Calls to target average every run; a run that never reached the target counts with the calls "
                + "it had spent by its\nlast design, so the mean is then a lower bound (>=); - when no run reached it. "
                + "Search calls are those the\nbudget limits (a run stops between batches, so it can pass the budget by "
                + "the batch under way); all calls add\nthe finalists' measurement. Winners are chosen on validation; "
                + "their test scores are measured once.");
    }

    static final double ALPHA = 0.05;

    /** Two strategies' winners compared over the repeats both ran. */
    record Pair(String first, String second, PairedDifferences d) {
    }

    static List<Pair> pairs(List<CompareCommand.Trial> trials) {
        Map<String, Map<Long, Double>> tests = new LinkedHashMap<>();
        trials.forEach(t -> tests.computeIfAbsent(t.strategy(), k -> new LinkedHashMap<>()).put(t.seed(),
                t.outcome().winner() == null ? 0 : t.outcome().winner().test().mean()));
        List<String> names = new ArrayList<>(tests.keySet());
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Map<Long, Double> a = tests.get(names.get(i));
                Map<Long, Double> b = tests.get(names.get(j));
                List<Long> shared = a.keySet().stream().filter(b::containsKey).toList();
                if (!shared.isEmpty()) {
                    out.add(new Pair(names.get(i), names.get(j), PairedDifferences.of(
                            shared.stream().mapToDouble(a::get).toArray(), shared.stream().mapToDouble(b::get).toArray())));
                }
            }
        }
        return out;
    }

    private static String budget(SearchOptions o) {
        String calls = o.budgetCalls() > 0 ? String.format(Locale.ROOT, "%,d calls", o.budgetCalls()) : "no call limit";
        return o.maxDesigns > 0 ? calls + " / " + o.maxDesigns + " designs" : calls;
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
