package dev.metaforge.cli;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.eval.GoldTask;
import dev.metaforge.model.sim.SimModel;
import dev.metaforge.search.Search;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code search --dry-run}: runs each seed on a pilot of a few validation tasks with {@code sim}
 * (which costs nothing) and extrapolates the calls and tokens of the whole search, assuming
 * new designs cost what the seeds cost on average and every one is evaluated on all validation
 * tasks (racing only makes it less), plus the meta-agent's calls and the finalists' measurement.
 */
final class SearchDryRun {
    static final int PILOT = 5;
    /** A design, two reflexions, about one debug round and a value estimate. */
    static final int META_CALLS_PER_PROPOSAL = 5;

    private SearchDryRun() {
    }

    static int estimate(PrintWriter out, SearchInputs in, SearchOptions o, long seed) {
        List<GoldTask> pilot = in.val().tasks().subList(0, Math.min(PILOT, in.val().tasks().size()));
        double callsPerTask = 0;
        double tokensPerTask = 0;
        int designs = 0;
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(seed)).seed(seed).build()) {
            for (Search.Seed s : in.seeds()) {
                try {
                    Agent agent = engine.compile(s.source(), s.fileName());
                    for (GoldTask t : pilot) {
                        TaskResult r = agent.solve(t.task());
                        callsPerTask += r.calls() / (double) pilot.size();
                        tokensPerTask += r.usage().totalTokens() / (double) pilot.size();
                    }
                    designs++;
                } catch (CompilationFailed e) {
                    out.println("refused seed " + s.fileName());
                }
            }
        }
        if (designs == 0) {
            out.println("no seed compiles; nothing to estimate");
            return 1;
        }
        callsPerTask /= designs;
        tokensPerTask /= designs;
        int val = in.val().tasks().size();
        int test = in.test().tasks().size();
        double seedsCalls = callsPerTask * val * designs;
        double proposals = o.maxDesigns > 0 ? o.maxDesigns : 100;
        double searchCalls = seedsCalls + proposals * (callsPerTask * val + META_CALLS_PER_PROPOSAL);
        double capped = o.budgetCalls > 0 ? Math.min(searchCalls, o.budgetCalls) : searchCalls;
        double finalCalls = (o.finalists + 1) * callsPerTask * (val + test);
        double tokens = (capped + finalCalls) * tokensPerTask / Math.max(1e-9, callsPerTask);
        out.printf(Locale.ROOT, "dry run: %d seed(s) piloted on %d task(s) with sim, %.1f calls per task on average; "
                + "nothing is spent%n", designs, pilot.size(), callsPerTask);
        out.printf(Locale.ROOT, "  seeds on validation (%d tasks):  ~%,.0f calls%n", val, seedsCalls);
        out.printf(Locale.ROOT, "  %.0f proposals, at most:        ~%,.0f calls%s%n", proposals, searchCalls - seedsCalls,
                o.budgetCalls > 0 && searchCalls > o.budgetCalls ? " (the budget stops it at " + o.budgetCalls + ")" : "");
        out.printf(Locale.ROOT, "  finalists on val and test:       ~%,.0f calls%n", finalCalls);
        out.printf(Locale.ROOT, "total: at most ~%,.0f calls, ~%,.0f tokens (tokens as sim counts them)%n",
                capped + finalCalls, tokens);
        return 0;
    }
}
