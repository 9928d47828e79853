package dev.metaforge.cli;

import dev.metaforge.search.ModelValueEstimator;
import dev.metaforge.search.Names;
import dev.metaforge.search.SearchStrategies;
import dev.metaforge.search.propose.Proposers;
import dev.metaforge.search.Objective;
import dev.metaforge.search.SearchSession;
import dev.metaforge.search.SearchSettings;
import dev.metaforge.search.SearchStrategy;
import dev.metaforge.search.propose.SimDesigner;
import dev.metaforge.model.LanguageModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What to search on, how, and with what budget: the options {@code search} and {@code compare} share. */
final class SearchOptions {
    @Option(names = {"--bench", "--tasks"}, paramLabel = "BENCH", description = "A benchmark with val and test splits "
            + "(NAME.bench.json beside it, e.g. samples/bench/arith) or a task file, split 1/3 val, 2/3 test by the seed.")
    String bench;

    @Option(names = "--strategy", defaultValue = "mcts", paramLabel = "mcts|adas|random",
            description = "How to choose what to build on next (default: ${DEFAULT-VALUE}).")
    String strategy;

    @Option(names = "--proposer", defaultValue = "meta-agent", paramLabel = "meta-agent|operators",
            description = "Who writes new designs: a meta-agent model, or structural edits without a model "
                    + "(default: ${DEFAULT-VALUE}).")
    String proposer;

    @Option(names = "--meta-model", paramLabel = "MODEL", description = "The meta-agent and value agent "
            + "(default: the --model; sim is the simulated designer).")
    String metaModel;

    @Option(names = "--seeds", arity = "1..*", paramLabel = "PATH", description = "Seed designs: scripts or directories "
            + "of *.agent.groovy (default: samples/agents).")
    List<Path> seeds;

    @Option(names = "--max-designs", defaultValue = "50", description = "New designs to propose, failures included "
            + "(default: ${DEFAULT-VALUE}; 0: no limit).")
    int maxDesigns;

    @Mixin
    BudgetOptions budgets;

    /** The calls a search may make when --budget-calls is not given; the finalists' measurement comes on top. */
    static final long DEFAULT_CALLS = 150_000;

    /** The calls budget in force: the one given, else this command's default. */
    long budgetCalls() {
        return budgets.calls(defaultCalls);
    }

    /** {@code compare} sets its own default. */
    long defaultCalls = DEFAULT_CALLS;

    @Option(names = "--first-batch", defaultValue = "20", description = "Validation tasks before a design is first "
            + "compared with the incumbent (default: ${DEFAULT-VALUE}).")
    int firstBatch;

    @Option(names = "--batch", defaultValue = "20", description = "Tasks added each round while it cannot be told "
            + "apart from the incumbent (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--concurrency", defaultValue = "8", description = "Tasks run at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--finalists", defaultValue = "3", description = "Best designs measured on test (default: ${DEFAULT-VALUE}).")
    int finalists;

    @Option(names = "--patience", defaultValue = "15", description = "Stop when the top-3 mean has not moved for this "
            + "many iterations (default: ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--resamples", defaultValue = "2000", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--sim-break-rate", defaultValue = "0.2", description = "How often the simulated designer writes "
            + "a broken script, so the debug loop runs (default: ${DEFAULT-VALUE}).")
    double simBreakRate;

    @Option(names = "--domain", paramLabel = "TEXT", description = "The domain as the meta-agent is told it "
            + "(default: described from the benchmark).")
    String domain;

    @Option(names = "--exploration", defaultValue = "0.05", paramLabel = "C", description = "mcts: the UCT exploration "
            + "constant C, on a 0–1 reward scale (default: ${DEFAULT-VALUE}).")
    double exploration;

    @Option(names = "--critique", defaultValue = "on", paramLabel = "on|off", description = "Review each design with "
            + "the value agent (--meta-model) and show its critique to the proposer when the design is built on; the "
            + "same for every strategy (default: ${DEFAULT-VALUE}; off: no critiques, mcts still uses the estimates).")
    String critique;

    @Option(names = "--objective", defaultValue = "accuracy", paramLabel = "accuracy|accuracy-per-cost",
            description = "What the search maximises on validation: the score, or the score less --cost-weight points "
                    + "for each doubling of the model calls per task (default: ${DEFAULT-VALUE}).")
    String objective;

    @Option(names = "--cost-weight", defaultValue = "1", paramLabel = "POINTS", description = "accuracy-per-cost: "
            + "points of accuracy a doubling of calls per task must buy (default: ${DEFAULT-VALUE}).")
    double costWeight;

    /** Set when resuming: the run to continue. */
    Long resumeRun;

    SearchSettings settings(long seed) {
        return SearchSettings.builder().seed(seed).budgetCalls(budgetCalls()).budgetTokens(budgets.tokens)
                .budgetCost(budgets.cost).budgetTime(Duration.ofSeconds(budgets.time)).maxDesigns(maxDesigns)
                .firstBatch(firstBatch).batchStep(batch).concurrency(concurrency).finalists(finalists)
                .patience(patience).resamples(resamples).objective(Objective.of(objective)).costWeight(costWeight).build();
    }

    /** The meta-agent's model: the simulated designer for sim, otherwise a provider like --model. */
    ModelChoice openMeta(ModelOptions options) {
        String spec = metaModel != null ? metaModel : options.model;
        if (spec.equals("sim")) {
            return ModelChoice.of(new SimDesigner(options.seed, simBreakRate));
        }
        return ModelChoice.open(spec, options.seed, Duration.ZERO, options.cache, options.archive, options.rateLimits);
    }

    SearchStrategy strategy(SearchSession session, LanguageModel meta) {
        return strategyNamed(strategy, session, meta);
    }

    SearchStrategy strategyNamed(String name, SearchSession session, LanguageModel meta) {
        return SearchStrategies.make(name, new SearchStrategies.Parts(Proposers.make(proposer, meta, session),
                new ModelValueEstimator(meta), critique.equals("on"), exploration));
    }

    /** Rejects unknown names before anything runs. */
    void validate() {
        budgets.validate();
        if (!SearchStrategies.names().contains(strategy)) {
            throw new IllegalArgumentException(Names.unknown("--strategy", SearchStrategies.names(), strategy));
        }
        if (!Proposers.names().contains(proposer)) {
            throw new IllegalArgumentException(Names.unknown("--proposer", Proposers.names(), proposer));
        }
        Objective.of(objective);
        if (costWeight < 0 || Double.isNaN(costWeight)) {
            throw new IllegalArgumentException("--cost-weight takes 0 or more points, not " + costWeight);
        }
        if (!critique.equals("on") && !critique.equals("off")) {
            throw new IllegalArgumentException(Names.unknown("--critique", List.of("on", "off"), critique));
        }
        if (firstBatch < 1 || batch < 1 || concurrency < 1 || finalists < 1 || patience < 1 || resamples < 100) {
            throw new IllegalArgumentException("--first-batch, --batch, --concurrency, --finalists and --patience take "
                    + "1 or more, --resamples 100 or more");
        }
        if (bench == null) {
            throw new IllegalArgumentException("name a benchmark with --bench, e.g. --bench samples/bench/arith");
        }
    }
}
