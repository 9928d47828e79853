package dev.metaforge.search;

import dev.metaforge.eval.Bootstrap;
import dev.metaforge.search.propose.FailedTask;
import java.util.List;
import java.util.Locale;

/**
 * A design's measured results on the first {@code n} tasks of a split (in the run's seeded
 * order): each task's score, the mean with a bootstrap 95 % interval, what it spent, and the
 * tasks it got wrong. Immutable.
 */
public record ScoreCard(String split, double[] scores, double mean, double ciLow, double ciHigh, long calls,
                        long tokens, double cost, List<FailedTask> failures, long evaluationId) {
    public ScoreCard {
        scores = scores.clone();
        failures = List.copyOf(failures);
    }

    public static ScoreCard of(String split, double[] scores, long calls, long tokens, double cost,
                               List<FailedTask> failures, int resamples, long seed, long evaluationId) {
        double sum = 0;
        for (double s : scores) {
            sum += s;
        }
        double[] ci = Bootstrap.interval95(scores, resamples, seed);
        return new ScoreCard(split, scores, scores.length == 0 ? 0 : sum / scores.length, ci[0], ci[1], calls, tokens,
                cost, failures, evaluationId);
    }

    public int n() {
        return scores.length;
    }

    /** Half the interval's width: the uncertainty a selection rule adds as a bonus. */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }

    public double[] scores() {
        return scores.clone();
    }

    double score(int task) {
        return scores[task];
    }

    public String describe() {
        return String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f] n=%d", 100 * mean, 100 * ciLow, 100 * ciHigh, n());
    }
}
