package dev.metaforge.cli;

import dev.metaforge.archive.Archive;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.eval.Scorers;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.sim.SimModel;
import dev.metaforge.search.ModelValueEstimator;
import dev.metaforge.search.Search;
import dev.metaforge.search.SearchOutcome;
import dev.metaforge.search.SearchStrategies;
import dev.metaforge.search.mcts.UctSelection;
import dev.metaforge.search.propose.Proposers;
import dev.metaforge.search.propose.SimDesigner;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code metaforge bench search}: how much of a search's wall time is bookkeeping — selection,
 * prompts, parsing, compilation, archive writes — when every model call (solver, designer,
 * reviewer) takes {@code --latency} ms.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Measure a search's bookkeeping share of wall time with injected latency on every sim call.")
final class SearchBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--bench", defaultValue = "samples/bench/arith", description = "Benchmark (default: ${DEFAULT-VALUE}).")
    String bench;

    @Option(names = "--seeds", defaultValue = "samples/agents", description = "Seed designs (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path seeds;

    @Option(names = "--latency", defaultValue = "100", paramLabel = "MS", description = "Per model call (default: ${DEFAULT-VALUE}).")
    long latency;

    @Option(names = "--max-designs", defaultValue = "50",
            description = "New designs at most, as in metaforge search (default: ${DEFAULT-VALUE}).")
    int designs;

    @Option(names = "--concurrency", defaultValue = "32", description = "Tasks at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    /** Delays and times the designer's calls as it would a remote model's. */
    private static final class Timed implements LanguageModel {
        private final LanguageModel inner;
        private final Duration latency;
        final LongAdder nanos = new LongAdder();

        Timed(LanguageModel inner, Duration latency) {
            this.inner = inner;
            this.latency = latency;
        }

        @Override
        public ModelReply complete(Prompt prompt) {
            long start = System.nanoTime();
            try {
                Thread.sleep(latency.toMillis());
                return inner.complete(prompt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new dev.metaforge.model.ModelException("interrupted", false, e);
            } finally {
                nanos.add(System.nanoTime() - start);
            }
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public boolean simulated() {
            return true;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // the search's own defaults, as picocli gives them to metaforge search
        SearchOptions o = picocli.CommandLine.populateCommand(new SearchOptions(), "--bench", bench, "--seeds",
                seeds.toString(), "--concurrency", String.valueOf(concurrency));
        ModelOptions m = picocli.CommandLine.populateCommand(new ModelOptions());
        SearchInputs inputs = SearchInputs.load(o, m);
        Timed designer = new Timed(new SimDesigner(42, 0.2), Duration.ofMillis(latency));
        SearchOutcome outcome;
        try (TempDirectory dir = new TempDirectory("metaforge-bench-search");
             Archive archive = Archive.open(dir.resolve("archive").toString());
             AgentEngine engine = AgentEngine.builder().model(new SimModel(42, Duration.ofMillis(latency))).seed(42)
                     .build()) {
            Search.Builder b = Search.builder().archive(archive).engine(engine).model(engine.model())
                    .benchmark(inputs.benchmark(), inputs.val(), inputs.test()).scorer(Scorers.of(inputs.scorer()))
                    .settings(dev.metaforge.search.SearchSettings.builder().seed(42).maxDesigns(designs)
                            .concurrency(concurrency).build()).domain(inputs.domain())
                    .strategy("mcts", s -> SearchStrategies.make("mcts", new SearchStrategies.Parts(
                            Proposers.make("meta-agent", designer, s), new ModelValueEstimator(designer), true,
                            UctSelection.C)));
            inputs.seeds().forEach(s -> b.seed(s.source(), s.fileName()));
            outcome = b.build().run();
        }
        double wall = outcome.millis() / 1000.0;
        double running = outcome.runningMillis() / 1000.0;
        double meta = designer.nanos.sum() / 1e9;
        double rest = wall - running - meta;
        out.printf(Locale.ROOT, "mcts search, %d seeds + %d designs, %d ms per model call, concurrency %d: %.1f s wall%n",
                inputs.seeds().size(), outcome.proposals(), latency, concurrency, wall);
        out.printf(Locale.ROOT, "  running designs on tasks %.1f s, designer and reviewer calls %.1f s%n", running, meta);
        out.printf(Locale.ROOT, "  bookkeeping (selection, prompts, parsing, compilation, archive writes) %.2f s = %.1f %% "
                + "of wall time (target <= 5 %%)%n", rest, 100 * rest / wall);
        out.printf(Locale.ROOT, "    of which compiling designs, or waiting for their compilation: %.2f s%n",
                outcome.compilingMillis() / 1000.0);
        return 0;
    }
}
