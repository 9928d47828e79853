package dev.metaforge.cli;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.search.Candidate;
import dev.metaforge.search.Finalist;
import dev.metaforge.search.Objective;
import dev.metaforge.search.ParetoFront;
import dev.metaforge.search.ScoreCard;
import dev.metaforge.search.SearchOutcome;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The end of {@code metaforge search}: finalists with validation and test scores, the winner's source, what to do next. */
final class SearchReport {
    private SearchReport() {
    }

    static void print(PrintWriter out, SearchOutcome o, SearchInputs in, LanguageModel model, boolean json,
                      Objective objective, double costWeight) {
        if (json) {
            out.println(Json.write(json(o, in, model)));
            return;
        }
        out.printf(Locale.ROOT, "search %s on %s (val %d / test %d tasks%s), model %s%s%s%n", o.strategy(), in.benchmark(),
                in.val().tasks().size(), in.test().tasks().size(), in.partitioned() ? ", split by the seed" : "",
                model.name(), model.simulated() ? " (simulated)" : "", objective == Objective.ACCURACY ? ""
                        : String.format(Locale.ROOT, ", objective %s (%s point(s) per doubling of calls per task)",
                        objective.label(), costWeight));
        out.printf(Locale.ROOT, "run %d stopped: %s, after %d proposals (%d failed, %d duplicates); %,d calls, %,d tokens, "
                        + "$%.4f, %.1f s%n", o.runId(), o.stopReason(), o.proposals(), o.failures(), o.duplicates(),
                o.calls(), o.tokens(), o.cost(), o.millis() / 1000.0);
        if (o.interrupted()) {
            out.println("interrupted before the finalists were measured; continue with: metaforge search --resume "
                    + o.runId());
            return;
        }
        if (o.finalists().isEmpty()) {
            out.println("no design could be evaluated; see metaforge archive list --run " + o.runId() + " --failed");
            return;
        }
        out.printf("%n%4s  %-44s %-11s %-27s %-10s %-27s%n", "RANK", "DESIGN", "ORIGIN", "VAL", "CALLS/TASK", "TEST");
        int rank = 1;
        for (Finalist f : o.finalists()) {
            String label = "#" + f.candidate().designId() + " " + f.candidate().name();
            out.printf(Locale.ROOT, "%4s  %-44s %-11s %-27s %-10.1f %-27s%s%n", f.contender() ? String.valueOf(rank) : "-",
                    label.length() > 44 ? label.substring(0, 43) + "…" : label, f.candidate().origin().label(),
                    f.validation().describe(), perTask(f.validation()), f.test().describe(),
                    rank == 1 ? "  <- winner" : f.seed() ? "  best seed" : "");
            rank++;
        }
        out.println();
        out.println(verdict(o));
        List<ParetoFront.Point> front = ParetoFront.of(o.candidates(), in.val().tasks().size());
        out.printf(Locale.ROOT, "%nValidation score against calls per task, the designs no other beats on both (%d of "
                + "%d measured on every validation task):%n", front.size(), o.candidates().stream()
                .filter(c -> !c.failed() && c.validation().n() == in.val().tasks().size()).count());
        for (ParetoFront.Point p : front) {
            Candidate c = o.candidates().stream().filter(x -> x.designId() == p.id()).findFirst().orElseThrow();
            out.printf(Locale.ROOT, "  %5.1f calls/task  %5.1f%%  #%d %s%n", p.callsPerTask(), 100 * p.accuracy(),
                    p.id(), c.name());
        }
        Finalist w = o.winner();
        out.printf("%nThe winner, #%d %s:%n%s%n", w.candidate().designId(), w.candidate().name(),
                w.candidate().source().strip());
        long seedId = bestSeed(o) == null ? w.candidate().designId() : bestSeed(o).candidate().designId();
        out.printf("%nExplore it:%n  metaforge archive show %d%n  metaforge archive lineage %d%n  metaforge archive diff %d %d%n"
                        + "  metaforge search tree %d%n  metaforge archive export %d -o best.agent.groovy%n",
                w.candidate().designId(), w.candidate().designId(), seedId, w.candidate().designId(), o.runId(),
                w.candidate().designId());
    }

    private static double perTask(ScoreCard card) {
        return card.n() == 0 ? 0 : card.calls() / (double) card.n();
    }

    /** Whether the winner's test interval clears the best seed's. */
    static String verdict(SearchOutcome o) {
        Finalist w = o.winner();
        Finalist seed = bestSeed(o);
        if (seed == null) {
            return "No seed was evaluated to compare with.";
        }
        if (seed == w) {
            return "The best design is a seed: the search found nothing better on validation.";
        }
        ScoreCard a = w.test();
        ScoreCard b = seed.test();
        String both = a.describe() + " against " + b.describe() + " for the best seed, " + seed.candidate().name();
        return a.ciLow() > b.ciHigh() ? "On test the winner beats the best seed with intervals apart: " + both + "."
                : "On test the winner scores " + both + "; the intervals overlap, so the difference is not established.";
    }

    static Finalist bestSeed(SearchOutcome o) {
        return o.finalists().stream().filter(Finalist::seed).findFirst().orElse(null);
    }

    private static Map<String, Object> json(SearchOutcome o, SearchInputs in, LanguageModel model) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", o.runId());
        m.put("strategy", o.strategy());
        m.put("benchmark", in.benchmark());
        m.put("model", model.name());
        m.put("simulated", model.simulated());
        m.put("stoppedBy", o.stopReason().describe());
        m.put("stopKind", o.stopReason().kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("interrupted", o.interrupted());
        m.put("proposals", o.proposals());
        m.put("failures", o.failures());
        m.put("duplicates", o.duplicates());
        m.put("calls", o.calls());
        m.put("tokens", o.tokens());
        m.put("cost", o.cost());
        m.put("millis", o.millis());
        m.put("finalists", o.finalists().stream().map(SearchReport::finalist).toList());
        m.put("front", ParetoFront.of(o.candidates(), in.val().tasks().size()));
        m.put("winner", o.winner() == null ? null : o.winner().candidate().designId());
        m.put("verdict", o.winner() == null ? null : verdict(o));
        return m;
    }

    private static Map<String, Object> finalist(Finalist f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("design", f.candidate().designId());
        m.put("name", f.candidate().name());
        m.put("origin", f.candidate().origin().label());
        m.put("seed", f.seed());
        m.put("val", card(f.validation()));
        m.put("test", card(f.test()));
        return m;
    }

    static Map<String, Object> card(ScoreCard c) {
        return Map.of("score", c.mean(), "ciLow", c.ciLow(), "ciHigh", c.ciHigh(), "n", c.n(), "calls", c.calls());
    }
}
