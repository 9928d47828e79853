package dev.metaforge.eval;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.TaskResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Evaluates several designs on growing batches of the same tasks (taken in a seeded random
 * order) and drops a design as soon as it is worse than the leader with 95 % confidence (a one-sided
 * test: the question is only whether it is worse). Because
 * every design sees the same tasks, the test is paired: a bootstrap of the per-task score
 * differences, which is far sharper than comparing two separate intervals (task difficulty is
 * shared). Most calls a full evaluation would spend on clearly worse designs are never made.
 */
public final class Racing {
    private final Evaluator evaluator;
    private final Scorer scorer;
    private final int firstBatch;
    private final int resamples;
    private final long seed;

    public Racing(Evaluator evaluator, Scorer scorer, int firstBatch, int resamples, long seed) {
        this.evaluator = evaluator;
        this.scorer = scorer;
        this.firstBatch = firstBatch;
        this.resamples = resamples;
        this.seed = seed;
    }

    /** One design in a race: its results so far and, once dropped, after how many tasks. */
    public record Entrant(Agent agent, EvaluationReport report, Integer droppedAfter) {
        public boolean dropped() {
            return droppedAfter != null;
        }

        /** Calls a full evaluation would have cost: measured when it ran them all, extrapolated otherwise. */
        public long fullCalls(int tasks) {
            return report.n() == 0 ? 0 : Math.round(report.calls() * (double) tasks / report.n());
        }
    }

    public List<Entrant> race(List<Agent> agents, List<GoldTask> allTasks) throws InterruptedException {
        List<GoldTask> order = new ArrayList<>(allTasks);
        Collections.shuffle(order, new java.util.Random(new SplittableRandom(seed).nextLong()));
        int n = order.size();
        List<List<TaskResult>> results = new ArrayList<>();
        List<Entrant> entrants = new ArrayList<>();
        for (Agent agent : agents) {
            results.add(new ArrayList<>());
            entrants.add(new Entrant(agent, EvaluationReport.of(agent.name(), List.of(), List.of(), scorer, resamples, seed, 0),
                    null));
        }
        // every look at every rival is a test: the 5 % error is shared among all of them (Bonferroni), or an
        // equally good design would be dropped in about one race in five (RacingAccuracyTest)
        double alpha = 0.05 / Math.max(1, looks(n) * (agents.size() - 1));
        int done = 0;
        int batch = Math.min(firstBatch, n);
        while (done < n) {
            int upTo = Math.min(n, done + batch);
            List<GoldTask> slice = order.subList(done, upTo);
            for (int i = 0; i < entrants.size(); i++) {
                Entrant e = entrants.get(i);
                if (e.dropped()) {
                    continue;
                }
                // intervals are drawn once, at the end: a look compares paired differences, not intervals
                EvaluationReport part = evaluator.evaluate(e.agent(), slice, (finished, score, calls) -> { }, 0);
                List<TaskResult> so = results.get(i);
                part.tasks().forEach(t -> so.add(t.result()));
                EvaluationReport total = EvaluationReport.of(e.agent().name(), order.subList(0, upTo), so, scorer,
                        0, seed, e.report().millis() + part.millis());
                entrants.set(i, new Entrant(e.agent(), total, null));
            }
            done = upTo;
            if (evaluator.budget().exhausted().isPresent()) {
                break;
            }
            drop(entrants, done, alpha);
            if (entrants.stream().filter(e -> !e.dropped()).count() <= 1) {
                break;
            }
            batch = (int) Math.ceil(batch * 1.5);
        }
        return entrants.stream().map(e -> new Entrant(e.agent(), e.report().withInterval(resamples, seed), e.droppedAfter()))
                .toList();
    }

    /** How many times the race looks at the scores: once after each batch but the last. */
    private int looks(int n) {
        int looks = 0;
        int done = 0;
        int batch = Math.min(firstBatch, n);
        while (done < n) {
            done = Math.min(n, done + batch);
            looks += done < n ? 1 : 0;
            batch = (int) Math.ceil(batch * 1.5);
        }
        return Math.max(1, looks);
    }

    private void drop(List<Entrant> entrants, int done, double alpha) {
        Entrant leader = entrants.stream().filter(e -> !e.dropped())
                .max(java.util.Comparator.comparingDouble(e -> e.report().mean())).orElseThrow();
        for (int i = 0; i < entrants.size(); i++) {
            Entrant e = entrants.get(i);
            if (e.dropped() || e == leader) {
                continue;
            }
            double[] difference = new double[done];
            for (int t = 0; t < done; t++) {
                difference[t] = leader.report().tasks().get(t).score() - e.report().tasks().get(t).score();
            }
            if (Bootstrap.lowerBound(difference, resamples, seed + i, alpha) > 0) {
                entrants.set(i, new Entrant(e.agent(), e.report(), done));
            }
        }
    }
}
