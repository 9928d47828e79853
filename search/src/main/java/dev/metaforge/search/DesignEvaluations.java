package dev.metaforge.search;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.EvaluationRecord;
import dev.metaforge.archive.NewEvaluation;
import dev.metaforge.archive.TaskRecord;
import dev.metaforge.archive.TaskRecords;
import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.eval.Benchmark;
import dev.metaforge.eval.Bootstrap;
import dev.metaforge.eval.Budget;
import dev.metaforge.eval.EvaluationReport;
import dev.metaforge.eval.Evaluator;
import dev.metaforge.eval.GoldTask;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.search.propose.FailedTask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Evaluates a run's designs and stores each evaluation, with its task results, in one
 * transaction. An evaluation this run already stored (found again when a killed run resumes
 * and replays) is read back instead of being run again, and its spend is counted again, so a
 * replay takes exactly the decisions the first pass took. Validation is raced against the
 * incumbent: batches of tasks in the run's seeded order, stopping once the design is worse with
 * 95 % confidence on the tasks both have seen (a one-sided paired bootstrap).
 */
final class DesignEvaluations {
    private static final int FAILURES_KEPT = 8;
    private final Archive archive;
    private final long runId;
    private final Evaluator evaluator;
    private final String benchmark;
    private final Map<String, Benchmark.Split> splits;
    private final LanguageModel model;
    private final SearchSettings settings;
    private final Budget budget;
    private final Map<Long, List<EvaluationRecord>> stored = new HashMap<>();
    private final java.util.concurrent.atomic.LongAdder running = new java.util.concurrent.atomic.LongAdder();

    DesignEvaluations(Archive archive, long runId, Evaluator evaluator, String benchmark,
                      Map<String, Benchmark.Split> splits, LanguageModel model, SearchSettings settings, Budget budget) {
        this.archive = archive;
        this.runId = runId;
        this.evaluator = evaluator;
        this.benchmark = benchmark;
        this.splits = splits;
        this.model = model;
        this.settings = settings;
        this.budget = budget;
        for (EvaluationRecord e : archive.evaluations().forRun(runId)) {
            Benchmark.Split split = splits.get(e.split());
            if (split != null && !split.hash().strip().equals(e.benchHash().strip())) {
                throw new SearchException("the " + e.split() + " split of " + benchmark + " is not what run " + runId
                        + " was started on (its tasks changed); start a new search");
            }
            stored.computeIfAbsent(e.designId(), k -> new ArrayList<>()).add(e);
        }
    }

    List<GoldTask> tasks(String split) {
        return splits.get(split).tasks();
    }

    /**
     * Validation, raced against {@code incumbent} (null: all tasks); {@code stop} is asked between
     * batches. A stored evaluation that a stop cut short — neither complete nor one racing would
     * have ended there — is carried on from where it stopped once the stop has lifted, and
     * replaced by the longer one.
     */
    ScoreCard race(long designId, Agent agent, ScoreCard incumbent, BooleanSupplier stop, Predicate<ScoreCard> more)
            throws InterruptedException {
        List<GoldTask> tasks = tasks("val");
        Optional<EvaluationRecord> stored = first(designId, "val");
        List<TaskRecord> done = new ArrayList<>();
        Boolean goOn = null;
        if (stored.isPresent()) {
            done.addAll(archive.evaluations().tasks(stored.get().id(), false, Integer.MAX_VALUE));
            ScoreCard again = recall(stored.get(), done, null);
            goOn = askGate(done, incumbent, more);
            if (done.size() == tasks.size() || incumbent != null && worse(incumbent, done) || stop.getAsBoolean()
                    || gated(done, goOn)) {
                return again;
            }
        }
        int batch = done.isEmpty() ? settings.firstBatch() : settings.batchStep();
        while (done.size() < tasks.size()) {
            done.addAll(run(agent, tasks.subList(done.size(), Math.min(tasks.size(), done.size() + batch))));
            goOn = goOn == null ? askGate(done, incumbent, more) : goOn;
            if (done.size() < tasks.size() && (stop.getAsBoolean() || incumbent != null && worse(incumbent, done)
                    || gated(done, goOn))) {
                break;
            }
            batch = settings.batchStep();
        }
        return save(designId, "val", done, stored.map(EvaluationRecord::id).orElse(null));
    }

    /**
     * All of a split's tasks, reusing the results of an earlier shorter evaluation on the same split
     * and replacing it, so that a design has one evaluation per split in a run however it got there
     * (a resumed run carries a raced evaluation on to the same one).
     */
    ScoreCard full(long designId, Agent agent, String split, ScoreCard sofar) throws InterruptedException {
        List<GoldTask> tasks = tasks(split);
        ScoreCard reused = sofar != null && sofar.split().equals(split) ? sofar : null;
        Optional<ScoreCard> again = recall(designId, split, tasks.size(), reused);
        if (again.isPresent()) {
            return again.get();
        }
        List<TaskRecord> done = new ArrayList<>();
        if (reused != null) {
            done.addAll(archive.evaluations().tasks(reused.evaluationId(), false, Integer.MAX_VALUE));
        }
        done.addAll(run(agent, tasks.subList(done.size(), tasks.size())));
        return save(designId, split, done, reused == null || reused.evaluationId() <= 0 ? null : reused.evaluationId());
    }

    /** Wall time spent running designs on tasks, for the bookkeeping figure. */
    long runningNanos() {
        return running.sum();
    }

    void addRunning(long nanos) {
        running.add(nanos);
    }

    /** Runs {@code slice}; each result becomes its stored row on its own task's thread. */
    private List<TaskRecord> run(Agent agent, List<GoldTask> slice) throws InterruptedException {
        TaskRecord[] rows = new TaskRecord[slice.size()];
        long start = System.nanoTime();
        EvaluationReport part = evaluator.evaluate(agent, slice, new Evaluator.Listener() {
            @Override
            public void update(int done, double scoreSum, long calls) {
            }

            @Override
            public void finished(int index, TaskResult result, double score) {
                rows[index] = TaskRecords.of(result, score >= 1, score);
            }
        });
        running.add(System.nanoTime() - start);
        budget.spend(part.calls(), part.tokens(), part.cost());
        return Arrays.stream(rows).filter(Objects::nonNull).toList();
    }

    /**
     * The gate's word on the first batch, asked once it is measured unless the race itself drops the
     * design there (null: not asked). A replay asks it again on the stored rows, so that a strategy
     * that learns something from the question (MCTS's value estimate) learns the same.
     */
    private Boolean askGate(List<TaskRecord> done, ScoreCard incumbent, Predicate<ScoreCard> more) {
        if (incumbent == null || done.size() < settings.firstBatch()) {
            return null;
        }
        List<TaskRecord> first = done.subList(0, settings.firstBatch());
        return worse(incumbent, first) ? null : more.test(card("val", first, 0));
    }

    /** The gate said no when the design stands at exactly its first batch. */
    private boolean gated(List<TaskRecord> done, Boolean goOn) {
        return done.size() == settings.firstBatch() && Boolean.FALSE.equals(goOn);
    }

    private boolean worse(ScoreCard incumbent, List<TaskRecord> done) {
        int shared = Math.min(incumbent.n(), done.size());
        double[] difference = new double[shared];
        for (int t = 0; t < shared; t++) {
            difference[t] = incumbent.score(t) - done.get(t).score();
        }
        return shared > 0 && Bootstrap.lowerBound(difference, settings.resamples(), settings.seed() + shared, 0.05) > 0;
    }

    private ScoreCard save(long designId, String split, List<TaskRecord> rows, Long replacing) {
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        rows.stream().filter(r -> r.failure() != null).forEach(r -> kinds.merge(r.failure(), 1, Integer::sum));
        ScoreCard card = card(split, rows, 0);
        NewEvaluation e = new NewEvaluation(designId, runId, benchmark, split, splits.get(split).hash(), model.name(),
                model.simulated(), settings.seed(), card.mean(), card.ciLow(), card.ciHigh(), card.calls(), card.tokens(),
                card.cost(), kinds, rows);
        long id = replacing == null ? archive.evaluations().save(e) : archive.evaluations().replace(replacing, e);
        List<EvaluationRecord> kept = stored.computeIfAbsent(designId, k -> new ArrayList<>());
        EvaluationRecord record = archive.evaluations().find(id).orElseThrow();
        int at = replacing == null ? -1 : kept.stream().map(EvaluationRecord::id).toList().indexOf(replacing);
        if (at >= 0) {
            kept.set(at, record);
        } else {
            kept.add(record);
        }
        return new ScoreCard(card.split(), card.scores(), card.mean(), card.ciLow(), card.ciHigh(), card.calls(),
                card.tokens(), card.cost(), card.failures(), id);
    }

    private ScoreCard card(String split, List<TaskRecord> rows, long evaluationId) {
        Map<String, GoldTask> byId = new HashMap<>();
        tasks(split).forEach(t -> byId.put(t.task().getId(), t));
        double[] scores = new double[rows.size()];
        long calls = 0;
        long tokens = 0;
        double cost = 0;
        List<FailedTask> failures = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TaskRecord r = rows.get(i);
            scores[i] = r.score();
            calls += r.calls();
            tokens += r.tokens();
            cost += r.cost();
            if (r.score() < 1 && failures.size() < FAILURES_KEPT) {
                GoldTask task = byId.get(r.taskId());
                failures.add(FailedTask.fromTrace(task == null ? r.taskId() : task.task().getQuestion(), r.answer(),
                        r.error(), r.trace()));
            }
        }
        return ScoreCard.of(split, scores, calls, tokens, cost, failures, settings.resamples(), settings.seed(),
                evaluationId);
    }

    private Optional<EvaluationRecord> first(long designId, String split) {
        return stored.getOrDefault(designId, List.of()).stream().filter(e -> e.split().equals(split)).findFirst();
    }

    /** A stored evaluation of this run on {@code split} with {@code n} tasks, read back. */
    private Optional<ScoreCard> recall(long designId, String split, int n, ScoreCard reused) {
        return stored.getOrDefault(designId, List.of()).stream().filter(e -> e.split().equals(split) && e.n() == n)
                .findFirst().map(e -> recall(e, archive.evaluations().tasks(e.id(), false, Integer.MAX_VALUE), reused));
    }

    /** A stored evaluation with its task {@code rows} read back; its spend counted again, less what {@code reused} (already counted) had. */
    private ScoreCard recall(EvaluationRecord e, List<TaskRecord> rows, ScoreCard reused) {
        budget.spend(e.calls() - (reused == null ? 0 : reused.calls()), e.tokens() - (reused == null ? 0 : reused.tokens()),
                e.cost() - (reused == null ? 0 : reused.cost()));
        return card(e.split(), rows, e.id());
    }
}
