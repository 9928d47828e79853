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
}
