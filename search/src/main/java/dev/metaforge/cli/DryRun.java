package dev.metaforge.cli;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.eval.GoldTask;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.sim.SimModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code eval --dry-run}: runs each design on a pilot of a few tasks with {@code sim}, which
 * costs nothing, and extrapolates calls and tokens to the whole task file.
 */
final class DryRun {
    static final int PILOT = 5;

    private DryRun() {
    }

    static int estimate(PrintWriter out, List<Path> scripts, List<GoldTask> tasks, LanguageModel model, long seed) {
        List<GoldTask> pilot = tasks.subList(0, Math.min(PILOT, tasks.size()));
        long totalCalls = 0;
        long totalTokens = 0;
        int refused = 0;
        out.printf("dry run: a pilot of %d task(s) per design on sim, extrapolated to %d tasks; nothing is spent%n",
                pilot.size(), tasks.size());
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(seed)).seed(seed).build()) {
            for (Path script : scripts) {
                Agent agent;
                try {
                    agent = engine.compile(script);
                } catch (CompilationFailed | IOException e) {
                    refused++;
                    out.println("refused " + script);
                    continue;
                }
                long calls = 0;
                long tokens = 0;
                for (GoldTask t : pilot) {
                    TaskResult r = agent.solve(t.task());
                    calls += r.calls();
                    tokens += r.usage().totalTokens();
                }
                long estimatedCalls = Math.round(calls * (double) tasks.size() / pilot.size());
                long estimatedTokens = Math.round(tokens * (double) tasks.size() / pilot.size());
                totalCalls += estimatedCalls;
                totalTokens += estimatedTokens;
                out.printf(Locale.ROOT, "  %-28s ~%,d calls, ~%,d tokens%n", agent.name(), estimatedCalls, estimatedTokens);
            }
        }
        out.printf(Locale.ROOT, "total: ~%,d calls, ~%,d tokens on %s%s%n", totalCalls, totalTokens, model.name(),
                model.simulated() ? " (simulated: no cost)" : "; tokens are counted as sim counts them");
        return refused == 0 ? 0 : 1;
    }
}
