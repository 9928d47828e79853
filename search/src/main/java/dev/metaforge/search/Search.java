package dev.metaforge.search;

import dev.metaforge.archive.Archive;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.eval.Benchmark;
import dev.metaforge.eval.Budget;
import dev.metaforge.eval.Evaluator;
import dev.metaforge.eval.Scorer;
import dev.metaforge.model.LanguageModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One search, start to end: a run in the archive (new, or an earlier one resumed), the seeds
 * evaluated, the strategy run until it stops, the finalists measured, the run closed with its
 * status and spend. Resuming replays the run with the same settings: evaluations the run
 * already stored are read back instead of repeated, so the result is the one an uninterrupted
 * run would have reached.
 */
public final class Search {
    private final Builder b;

    private Search(Builder b) {
        this.b = b;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A design to start from: its source and the file it came from. */
    public record Seed(String source, String fileName) {
    }

    public SearchOutcome run() throws InterruptedException {
        long start = System.nanoTime();
        SearchSettings s = b.settings;
        long runId;
        if (b.resumeRun != null) {
            runId = b.resumeRun;
            b.archive.runs().resume(runId);
            b.archive.searchNodes().clear(runId);
        } else {
            runId = b.archive.runs().start(b.strategyName, b.settingsJson, s.seed(), describe(s));
        }
        Budget budget = new Budget(s.budgetCalls(), s.budgetTokens(), s.budgetCost(), s.budgetTime());
        try (Evaluator evaluator = new Evaluator(b.scorer, s.concurrency(), s.resamples(), s.seed());
             BackgroundCompilation compilation = new BackgroundCompilation(b.engine)) {
            DesignEvaluations evaluations = new DesignEvaluations(b.archive, runId, evaluator, b.benchmark,
                    b.splits, b.model, s, budget);
            SearchSession session = new SearchSession(b.archive, runId, b.engine, compilation, evaluations, s, budget,
                    b.listener, b.domain);
            if (b.onSession != null) {
                b.onSession.accept(session);
            }
            SearchStrategy strategy = b.strategy.apply(session);
            List<Candidate> seeds = new ArrayList<>();
            b.seeds.forEach(seed -> compilation.prepare(seed.source(), seed.fileName()));
            for (Seed seed : b.seeds) {
                Candidate c = session.seed(seed.source(), seed.fileName());
                if (!c.failed()) {
                    seeds.add(c);
                }
            }
            StopReason stop = strategy.search(session, seeds);
            long searchCalls = budget.spentCalls();
            boolean interrupted = stop.kind() == StopReason.Kind.INTERRUPTED;
            List<Finalist> finalists = List.of();
            if (!interrupted && !session.ranked().isEmpty()) {
                b.listener.note("search stopped: " + stop + "; measuring the finalists on validation and test");
                finalists = FinalChoice.choose(session);
            }
            Long winner = finalists.isEmpty() ? null : finalists.get(0).candidate().designId();
            b.archive.runs().finish(runId, stop.runStatus(), budget.spentCalls(), budget.spentTokens(), budget.spentCost(), winner);
            return new SearchOutcome(runId, strategy.name(), stop, interrupted, finalists, session.candidates(),
                    session.proposals(), session.duplicates(), budget.spentCalls(), budget.spentTokens(),
                    budget.spentCost(), (System.nanoTime() - start) / 1_000_000, evaluations.runningNanos() / 1_000_000,
                    compilation.waitedNanos() / 1_000_000, searchCalls);
        }
    }

    private static String describe(SearchSettings s) {
        return "calls=" + s.budgetCalls() + " tokens=" + s.budgetTokens() + " cost=" + s.budgetCost() + " time="
                + s.budgetTime().toSeconds() + "s designs=" + s.maxDesigns();
    }

    /** Settings for a search; archive, engine, model, benchmark, scorer, seeds and strategy are required. */
    public static final class Builder {
        private Archive archive;
        private AgentEngine engine;
        private LanguageModel model;
        private String benchmark;
        private Map<String, Benchmark.Split> splits;
        private Scorer scorer;
        private SearchSettings settings = SearchSettings.builder().build();
        private final List<Seed> seeds = new ArrayList<>();
        private String strategyName = "mcts";
        private Function<SearchSession, SearchStrategy> strategy;
        private String settingsJson = "{}";
        private Long resumeRun;
        private String domain = "";
        private SearchListener listener = SearchListener.QUIET;
        private java.util.function.Consumer<SearchSession> onSession;

        public Builder archive(Archive v) {
            archive = v;
            return this;
        }

        public Builder engine(AgentEngine v) {
            engine = v;
            return this;
        }

        public Builder model(LanguageModel v) {
            model = v;
            return this;
        }

        /** The benchmark's name and its {@code val} and {@code test} splits, each in the order tasks are raced. */
        public Builder benchmark(String name, Benchmark.Split val, Benchmark.Split test) {
            benchmark = name;
            splits = Map.of("val", val, "test", test);
            return this;
        }

        public Builder scorer(Scorer v) {
            scorer = v;
            return this;
        }

        public Builder settings(SearchSettings v) {
            settings = v;
            return this;
        }

        public Builder seed(String source, String fileName) {
            seeds.add(new Seed(source, fileName));
            return this;
        }

        /** The strategy, made once the session exists (proposers check designs through it). */
        public Builder strategy(String name, Function<SearchSession, SearchStrategy> factory) {
            strategyName = name;
            strategy = factory;
            return this;
        }

        /** What the run stores as its settings: enough to resume it. */
        public Builder settingsJson(String v) {
            settingsJson = v;
            return this;
        }

        public Builder resume(long runId) {
            resumeRun = runId;
            return this;
        }

        public Builder domain(String v) {
            domain = v;
            return this;
        }

        public Builder listener(SearchListener v) {
            listener = v;
            return this;
        }

        /** Hears the session once it exists, e.g. to interrupt it from a signal handler. */
        public Builder onSession(java.util.function.Consumer<SearchSession> v) {
            onSession = v;
            return this;
        }

        public Search build() {
            Objects.requireNonNull(archive, "archive");
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(splits, "benchmark");
            Objects.requireNonNull(scorer, "scorer");
            Objects.requireNonNull(strategy, "strategy");
            return new Search(copy());
        }

        /** A snapshot, so that changing this builder later leaves a built search as it was. */
        private Builder copy() {
            Builder c = new Builder();
            c.archive = archive;
            c.engine = engine;
            c.model = model;
            c.benchmark = benchmark;
            c.splits = Map.copyOf(splits);
            c.scorer = scorer;
            c.settings = settings;
            c.seeds.addAll(seeds);
            c.strategyName = strategyName;
            c.strategy = strategy;
            c.settingsJson = settingsJson;
            c.resumeRun = resumeRun;
            c.domain = domain;
            c.listener = listener;
            c.onSession = onSession;
            return c;
        }
    }
}
