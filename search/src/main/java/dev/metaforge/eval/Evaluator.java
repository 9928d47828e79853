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
import java.util.function.IntConsumer;

/**
 * Runs a design on tasks, up to {@code concurrency} at a time, and scores the answers. A task
 * that fails counts as wrong and keeps its error; it never stops the evaluation.
 */
public final class Evaluator implements AutoCloseable {
    private final Scorer scorer;
    private final int resamples;
    private final long seed;
    private final ExecutorService pool;

    public Evaluator(Scorer scorer, int concurrency, int resamples, long seed) {
        this.scorer = scorer;
        this.resamples = resamples;
        this.seed = seed;
        this.pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "metaforge-eval");
            t.setDaemon(true);
            return t;
        });
    }

    /** Evaluates {@code agent}; {@code done} hears the number of tasks finished so far. */
    public EvaluationReport evaluate(Agent agent, List<GoldTask> tasks, IntConsumer done) throws InterruptedException {
        long start = System.nanoTime();
        AtomicInteger finished = new AtomicInteger();
        List<Future<TaskResult>> futures = new ArrayList<>();
        for (GoldTask task : tasks) {
            futures.add(pool.submit(() -> {
                TaskResult r = agent.solve(task.task());
                done.accept(finished.incrementAndGet());
                return r;
            }));
        }
        List<TaskResult> results = new ArrayList<>();
        for (Future<TaskResult> f : futures) {
            try {
                results.add(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("the engine failed outside any task: " + e.getCause(), e.getCause());
            }
        }
        return EvaluationReport.of(agent.name(), tasks, results, scorer, resamples, seed,
                (System.nanoTime() - start) / 1_000_000);
    }

    public String scorerName() {
        return scorer.name();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
