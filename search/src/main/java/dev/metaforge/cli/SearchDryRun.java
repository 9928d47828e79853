package dev.metaforge.cli;

import dev.metaforge.eval.ScorerException;
import dev.metaforge.search.SearchOutcome;
import dev.metaforge.search.propose.SimDesigner;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code search --dry-run}: rehearses the whole search — the same seeds, strategy, proposer,
 * settings and budget — with {@code sim} as solver, designer and reviewer, which costs nothing,
 * in a throw-away archive, with {@value #REHEARSALS} seeds (the run's and the next ones). It
 * reports the calls and tokens of the rehearsal with the run's seed as the estimate and the
 * spread of all of them as the range. On {@code sim} the rehearsal with the run's seed is the run
 * itself; with a real model the designs, failures and racing differ, so the range gives the scale
 * and is no bound — only the budget bounds the search part.
 */
final class SearchDryRun {
    static final int REHEARSALS = 3;

    private SearchDryRun() {
    }

    static int estimate(PrintWriter out, PrintWriter err, SearchInputs in, SearchOptions o, ModelOptions m)
            throws ScorerException {
        List<SearchOutcome> runs = new ArrayList<>();
        try (TempDirectory dir = new TempDirectory("metaforge-dry-run")) {
            for (int k = 0; k < REHEARSALS; k++) {
                ModelOptions sim = m.simulated(m.seed + k, dir.resolve("rehearsal-" + k).toString());
                try (SearchRig rig = new SearchRig(sim, ModelChoice.of(new SimDesigner(sim.seed, o.simBreakRate)))) {
                    SearchOutcome r = rig.builder(in, o, o.strategy, sim.seed).build().run();
                    runs.add(r);
                    err.printf(Locale.ROOT, "rehearsal with seed %d: %,d calls%n", sim.seed, r.calls());
                    err.flush();
                }
            }
        } catch (IOException e) {
            err.println("metaforge: no room for the rehearsals' archive: " + Json.reason(e));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("metaforge: dry run interrupted");
            return 1;
        }
        SearchOutcome own = runs.get(0);
        long low = runs.stream().mapToLong(SearchOutcome::calls).min().orElseThrow();
        long high = runs.stream().mapToLong(SearchOutcome::calls).max().orElseThrow();
        out.printf(Locale.ROOT, "dry run: the search rehearsed %d times on sim (solver, designer and reviewer simulated), "
                + "seeds %d to %d; nothing is spent%n", REHEARSALS, m.seed, m.seed + REHEARSALS - 1);
        out.printf(Locale.ROOT, "  seed %d: %,d calls: %,d by the search (stopped: %s), %,d measuring the finalists; "
                        + "%,d tokens (as sim counts them)%n", m.seed, own.calls(), own.searchCalls(), own.stopReason(),
                own.calls() - own.searchCalls(), own.tokens());
        out.printf(Locale.ROOT, "about %,d calls (%,d to %,d over the rehearsals)%s%n", own.calls(), low, high,
                m.model.equals("sim") ? "; on sim the run with seed " + m.seed + " is the first rehearsal"
                        : "; with " + m.model + " the designs and racing differ, so this is the scale, not a bound");
        if (o.budgetCalls() > 0) {
            out.printf(Locale.ROOT, "the search part stops at the first batch boundary past %,d calls (--budget-calls); "
                    + "measuring the finalists comes on top%n", o.budgetCalls());
        }
        return 0;
    }
}
