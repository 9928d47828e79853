package dev.metaforge.eval;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.TaskResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a design on tasks, up to {@code concurrency} at a time, and scores the answers. A task
 * that fails counts as wrong and keeps its error; it never stops the evaluation.
 */
public final class Evaluator implements AutoCloseable {
    private final Scorer scorer;
    private final int resamples;
    private final long seed;
    private final ExecutorService pool;
    private final Budget budget;

    public Evaluator(Scorer scorer, int concurrency, int resamples, long seed) {
        this(scorer, concurrency, resamples, seed, Budget.unlimited());
    }

    /** An evaluator whose tasks draw on {@code budget}: once it is spent, tasks not yet started are skipped. */
    public Evaluator(Scorer scorer, int concurrency, int resamples, long seed, Budget budget) {
        this.budget = budget;
        this.scorer = scorer;
        this.resamples = resamples;
        this.seed = seed;
        this.pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "metaforge-eval");
            t.setDaemon(true);
            return t;
        });
    }

    /** Hears about each finished task: how many are done, the sum of their scores, and the calls they made. */
    public interface Listener {
        void update(int done, double scoreSum, long calls);

        /**
         * Task {@code index} of the list finished with {@code result} and {@code score}. Called on the
         * task's own thread, so that work on each result overlaps the tasks still waiting on the model.
         */
        default void finished(int index, TaskResult result, double score) {
        }
    }

    /** Evaluates {@code agent}, telling {@code listener} as tasks finish. */
    public EvaluationReport evaluate(Agent agent, List<GoldTask> tasks, Listener listener) throws InterruptedException {
        return evaluate(agent, tasks, listener, resamples);
    }

    /** As above, with the interval drawn from {@code resamples} (0: none, for a part whose interval no one reads). */
    EvaluationReport evaluate(Agent agent, List<GoldTask> tasks, Listener listener, int resamples)
            throws InterruptedException {
        long start = System.nanoTime();
        AtomicInteger finished = new AtomicInteger();
        java.util.concurrent.atomic.DoubleAdder scoreSum = new java.util.concurrent.atomic.DoubleAdder();
        java.util.concurrent.atomic.LongAdder callSum = new java.util.concurrent.atomic.LongAdder();
        List<Future<TaskResult>> futures = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            GoldTask task = tasks.get(i);
            int index = i;
            futures.add(pool.submit(() -> {
                if (budget.exhausted().isPresent()) {
                    return null;
                }
                TaskResult r = agent.solve(task.task());
                budget.spend(r.calls(), r.usage().totalTokens(), r.usage().cost());
                double score = r.ok() ? scorer.score(r.answerText(), task.gold()) : 0;
                scoreSum.add(score);
                callSum.add(r.calls());
                listener.finished(index, r, score);
                listener.update(finished.incrementAndGet(), scoreSum.sum(), callSum.sum());
                return r;
            }));
        }
        List<GoldTask> ran = new ArrayList<>();
        List<TaskResult> results = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                TaskResult r = futures.get(i).get();
                if (r != null) {
                    ran.add(tasks.get(i));
                    results.add(r);
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("the engine failed outside any task: " + e.getCause(), e.getCause());
            }
        }
        EvaluationReport report = EvaluationReport.of(agent.name(), ran, results, scorer, resamples, seed,
                (System.nanoTime() - start) / 1_000_000);
        return ran.size() < tasks.size() ? report.stopped(budget.exhausted().orElseThrow(
                () -> new IllegalStateException("tasks were skipped with budget left"))) : report;
    }

    public Budget budget() {
        return budget;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
