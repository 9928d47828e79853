package dev.metaforge.cli;

import dev.metaforge.archive.ArchiveException;
import dev.metaforge.eval.ScorerException;
import dev.metaforge.eval.TaskFileException;
import dev.metaforge.search.Candidate;
import dev.metaforge.search.SearchListener;
import dev.metaforge.search.SearchOutcome;
import dev.metaforge.search.SearchSession;
import dev.metaforge.search.Strategies;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code metaforge compare}: several strategies, the same call budget, several repeats each; repeat
 * i of every strategy runs with the same seeds (solver, designer, task order), so the strategies'
 * winners are compared pair by pair, with a paired test.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run search strategies side by side at an equal call budget (it binds: no design limit unless "
                + "--max-designs is given), each with several repeats, and compare the winner's test score (mean with "
                + "a 95%% interval over repeats), how many calls each took to come within 2 points of the best "
                + "validation score any run reached, and how many proposals failed. Repeat i of every strategy uses "
                + "the seed --seed + i for everything (solver, designer, task order), so the winners' test scores "
                + "are compared pair by pair: the mean paired difference, its 95%% interval and a sign-flip "
                + "permutation test, with 'not established' when the repeats do not separate two strategies.", ""},
        footer = {"", "Examples:",
                "  metaforge compare --strategies mcts,adas,random --bench samples/bench/arith --model sim --repeats 5",
                "  metaforge compare --strategies mcts,random --bench samples/bench/arith --repeats 3 --max-designs 20 --json"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SearchOptions search;

    @Mixin
    ModelOptions options;

    @Mixin
    VerboseOption verbosity;

    @Option(names = "--strategies", split = ",", defaultValue = "mcts,adas,random", paramLabel = "LIST",
            description = "Strategies to compare (default: ${DEFAULT-VALUE}).")
    List<String> strategies;

    @Option(names = "--repeats", defaultValue = "5", description = "Seeds per strategy: --seed, --seed + 1, … "
            + "(default: ${DEFAULT-VALUE}).")
    int repeats;

    /** Calls each run may spend when {@code --budget-calls} is not given: the budget that binds. */
    static final long DEFAULT_CALLS = 30_000;

    @Option(names = "--json", description = "Print the comparison as JSON.")
    boolean json;

    /** One run's result and its path: calls spent and the best full validation score after each design. */
    record Trial(String strategy, long seed, SearchOutcome outcome, List<Long> calls, List<Double> best) {
    }

    @Override
    @SuppressWarnings("try") // the signal handlers are held for the try block, not used in it
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchInputs inputs;
        try {
            for (String s : strategies) {
                search.strategy = s;
                search.validate();
            }
            if (repeats < 1) {
                throw new IllegalArgumentException("--repeats must be at least 1");
            }
            inputs = SearchInputs.load(search, options);
            if (!spec.commandLine().getParseResult().hasMatchedOption("--patience")) {
                search.patience = Integer.MAX_VALUE; // equal budgets: no run stops before the others
            }
            if (!spec.commandLine().getParseResult().hasMatchedOption("--max-designs")) {
                search.maxDesigns = 0; // the calls budget binds, the same for every strategy
            }
            search.defaultCalls = DEFAULT_CALLS;
        } catch (TaskFileException | IOException | IllegalArgumentException e) {
            err.println("metaforge: " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        }
        List<Trial> trials = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<SearchSession> current = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        try (StopSignals signals = new StopSignals(() -> {
                 stopping.set(true);
                 SearchSession s = current.get();
                 if (s != null) {
                     s.interrupt();
                 }
             })) {
            dev.metaforge.model.LanguageModel solver = null;
            for (int r = 0; r < repeats && !stopping.get(); r++) {
                // every seed of the repeat: solver, designer, engine, task order
                ModelOptions repeat = options.withSeed(options.seed + r);
                try (SearchRig rig = new SearchRig(search, repeat)) {
                    solver = solver == null ? rig.solver() : solver;
                    for (String strategy : strategies) {
                        if (stopping.get()) {
                            break;
                        }
                        Trial t = trial(err, inputs, rig, strategy, repeat.seed, current);
                        if (!t.outcome().interrupted()) {
                            trials.add(t);
                        }
                    }
                }
            }
            if (solver == null) {
                err.println("compare stopped before any run finished");
                return 1;
            }
            if (stopping.get()) {
                err.println("compare stopped; the table covers the runs that finished");
            }
            ComparisonTable.print(out, trials, inputs, solver, search, json);
            return 0;
        } catch (ScorerException e) {
            err.println("metaforge: " + e.getMessage());
            return 2;
        } catch (ArchiveException e) {
            err.println("metaforge: " + e.getMessage());
            return 1;
        }
    }

    private Trial trial(PrintWriter err, SearchInputs inputs, SearchRig rig, String strategy, long seed,
                        java.util.concurrent.atomic.AtomicReference<SearchSession> current) throws Exception {
        List<Long> calls = new ArrayList<>();
        List<Double> best = new ArrayList<>();
        SearchListener path = new SearchListener() {
            @Override
            public void considered(SearchSession s, Candidate c) {
                double top = s.ranked().stream().filter(x -> Strategies.state(s, x) == dev.metaforge.archive.NodeState.EVALUATED)
                        .mapToDouble(Candidate::mean).max().orElse(0);
                calls.add(s.budget().spentCalls());
                best.add(top);
            }
        };
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("compare", strategies);
        settings.put("seed", seed);
        SearchOutcome o = rig.builder(inputs, search, strategy, seed).settingsJson(Json.write(settings))
                .listener(path).onSession(current::set).build().run();
        err.printf(Locale.ROOT, "%-7s seed %-4d run %-4d winner %-40s test %s  %,d calls  %.1f s%n", strategy, seed,
                o.runId(), o.winner() == null ? "-" : o.winner().candidate().name(),
                o.winner() == null ? "-" : o.winner().test().describe(), o.calls(), o.millis() / 1000.0);
        err.flush();
        return new Trial(strategy, seed, o, calls, best);
    }
}
