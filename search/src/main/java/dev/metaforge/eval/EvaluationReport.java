package dev.metaforge.eval;

import dev.metaforge.dsl.TaskResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One design's results on a list of tasks: mean score with a seeded bootstrap 95 % interval,
 * spend, failures by kind, and every task's result and score.
 */
public record EvaluationReport(String agent, int n, double mean, double ciLow, double ciHigh, long calls, long tokens,
                               double cost, long millis, Map<String, Integer> failures, List<Scored> tasks,
                               BudgetLimit stoppedBy) {

    /** The same report, marked as cut short by the budget limit reached. */
    public EvaluationReport stopped(BudgetLimit limit) {
        return new EvaluationReport(agent, n, mean, ciLow, ciHigh, calls, tokens, cost, millis, failures, tasks, limit);
    }

    /**
     * The same report with the seeded bootstrap interval of its task scores: what {@link #of} gives
     * with these {@code resamples} and {@code seed}, for a report first made without one.
     */
    public EvaluationReport withInterval(int resamples, long seed) {
        double[] ci = Bootstrap.interval95(tasks.stream().mapToDouble(Scored::score).toArray(), resamples, seed);
        return new EvaluationReport(agent, n, mean, ci[0], ci[1], calls, tokens, cost, millis, failures, tasks, stoppedBy);
    }

    /** A task, what the agent did with it, and its score. */
    public record Scored(GoldTask task, TaskResult result, double score) {
    }

    /** The report of {@code results}; {@code resamples} 0 leaves the interval at 0 to 0. */
    public static EvaluationReport of(String agent, List<GoldTask> tasks, List<TaskResult> results, Scorer scorer,
                                      int resamples, long seed, long millis) {
        List<Scored> scored = new ArrayList<>();
        double[] scores = new double[tasks.size()];
        Map<String, Integer> failures = new TreeMap<>();
        long calls = 0;
        long tokens = 0;
        double cost = 0;
        double sum = 0;
        for (int i = 0; i < tasks.size(); i++) {
            TaskResult r = results.get(i);
            double score = r.ok() ? scorer.score(r.answerText(), tasks.get(i).gold()) : 0;
            scores[i] = score;
            sum += score;
            calls += r.calls();
            tokens += r.usage().totalTokens();
            cost += r.usage().cost();
            if (!r.ok()) {
                failures.merge(r.failure().name(), 1, Integer::sum);
            }
            scored.add(new Scored(tasks.get(i), r, score));
        }
        double[] ci = Bootstrap.interval95(scores, resamples, seed);
        return new EvaluationReport(agent, tasks.size(), tasks.isEmpty() ? 0 : sum / tasks.size(), ci[0], ci[1], calls,
                tokens, cost, millis, failures, scored, null);
    }
}
