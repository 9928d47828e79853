package dev.metaforge.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded percentile bootstrap of a mean: the same scores, resamples and seed give the same interval. */
public final class Bootstrap {
    public static final int DEFAULT_RESAMPLES = 10_000;

    private Bootstrap() {
    }

    /** {low, high} of the 95 % interval of the mean of {@code scores}. */
    public static double[] interval95(double[] scores, int resamples, long seed) {
        double[] means = means(scores, resamples, seed);
        if (means.length == 0) {
            return new double[] {0, 0};
        }
        return new double[] {means[(int) Math.floor(0.025 * (resamples - 1))],
            means[(int) Math.ceil(0.975 * (resamples - 1))]};
    }

    /** The one-sided lower bound of the mean at confidence {@code 1 - alpha} (e.g. 0.05 for 95 %). */
    public static double lowerBound(double[] scores, int resamples, long seed, double alpha) {
        double[] means = means(scores, resamples, seed);
        return means.length == 0 ? 0 : means[(int) Math.floor(alpha * (resamples - 1))];
    }

    private static double[] means(double[] scores, int resamples, long seed) {
        int n = scores.length;
        if (n == 0) {
            return new double[0];
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += scores[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        return means;
    }
}
