package dev.metaforge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    @Test
    void agreesWithTheNormalApproximationOnALargeSample() {
        SplittableRandom random = new SplittableRandom(1);
        double[] scores = new double[4_000];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextDouble() < 0.7 ? 1 : 0;
            sum += scores[i];
        }
        double p = sum / scores.length;
        double half = 1.959964 * Math.sqrt(p * (1 - p) / scores.length);
        double[] ci = Bootstrap.interval95(scores, 10_000, 7);
        assertThat(ci[0]).isCloseTo(p - half, within(0.15 * half));
        assertThat(ci[1]).isCloseTo(p + half, within(0.15 * half));
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        double[] scores = {1, 0, 1, 1, 0, 1, 1, 1, 0, 1};
        assertThat(Bootstrap.interval95(scores, 2_000, 3)).containsExactly(Bootstrap.interval95(scores, 2_000, 3));
        assertThat(Bootstrap.interval95(new double[] {1, 1, 1}, 100, 3)).containsExactly(1, 1);
    }

    /** The resample means as SplittableRandom itself draws them: the intervals must stay those of earlier runs. */
    private static double[] sortedMeansOfSplittableRandom(double[] scores, int resamples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < scores.length; i++) {
                sum += scores[random.nextInt(scores.length)];
            }
            means[r] = sum / scores.length;
        }
        java.util.Arrays.sort(means);
        return means;
    }

    @Test
    void drawsExactlyWhatSplittableRandomDraws() {
        SplittableRandom values = new SplittableRandom(11);
        // sizes of every kind: one, powers of two, and bounds whose last block is rejected often
        for (int n : new int[] {1, 2, 3, 7, 64, 200, 777, 3_000, 65_537, 1_000_003}) {
            double[] scores = new double[n];
            for (int i = 0; i < n; i++) {
                scores[i] = values.nextInt(5) / 4.0;
            }
            for (long seed : new long[] {0, 42, -5, Long.MIN_VALUE}) {
                int resamples = n > 10_000 ? 5 : 401; // the large sizes check the draws, not the quantiles
                double[] expected = sortedMeansOfSplittableRandom(scores, resamples, seed);
                assertThat(Bootstrap.interval95(scores, resamples, seed)).as("n=%d seed=%d", n, seed)
                        .containsExactly(expected[(int) Math.floor(0.025 * (resamples - 1))],
                                expected[(int) Math.ceil(0.975 * (resamples - 1))]);
                assertThat(Bootstrap.lowerBound(scores, resamples, seed, 0.1))
                        .isEqualTo(expected[(int) Math.floor(0.1 * (resamples - 1))]);
            }
        }
    }
}
