package dev.metaforge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.metaforge.archive.Origin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** AFlow's choice of a parent and its stopping rule, on designs of known scores. */
class SelectionAndStoppingTest {
    private static Candidate design(long id, double mean) {
        double[] scores = new double[100];
        for (int i = 0; i < Math.round(mean * 100); i++) {
            scores[i] = 1;
        }
        return new Candidate(id, (int) id, "d" + id, "src", id == 1 ? Origin.SEED : Origin.META_AGENT, List.of(),
                ScoreCard.of("val", scores, 100, 0, 0, List.of(), 200, 1, 0), null);
    }

    @Test
    void aflowDrawsFromTheBestFourAndTheFirstWithTheStatedProbabilities() {
        List<Candidate> ranked = List.of(design(2, 0.90), design(3, 0.85), design(4, 0.80), design(5, 0.70),
                design(6, 0.65), design(1, 0.60));
        Candidate first = ranked.get(5);
        Map<Long, Integer> drawn = new HashMap<>();
        SplittableRandom rng = new SplittableRandom(7);
        int draws = 40_000;
        for (int i = 0; i < draws; i++) {
            drawn.merge(AflowSelection.pick(ranked, first, Candidate::mean, rng).designId(), 1, Integer::sum);
        }
        double[] s = {90, 85, 80, 70, 60};
        double total = 0;
        for (double x : s) {
            total += Math.exp(0.2 * (x - 90));
        }
        long[] ids = {2, 3, 4, 5, 1};
        for (int i = 0; i < ids.length; i++) {
            double p = 0.3 / 5 + 0.7 * Math.exp(0.2 * (s[i] - 90)) / total;
            assertThat(drawn.getOrDefault(ids[i], 0) / (double) draws).as("design %d", ids[i]).isCloseTo(p, within(0.01));
        }
        assertThat(drawn).as("the fifth best is not in the pool").doesNotContainKey(6L);
    }

    @Test
    void convergenceStopsAfterThePatienceOfUnchangedTopThreeMeansAndRestartsOnAChange() {
        Convergence rule = new Convergence(3);
        List<Candidate> same = List.of(design(2, 0.9), design(3, 0.8), design(4, 0.7));
        assertThat(rule.converged(same, Candidate::mean)).isFalse();
        assertThat(rule.converged(same, Candidate::mean)).isFalse();
        assertThat(rule.converged(same, Candidate::mean)).isFalse();
        List<Candidate> better = List.of(design(5, 0.95), design(2, 0.9), design(3, 0.8));
        assertThat(rule.converged(better, Candidate::mean)).as("a new top-3 mean starts the count again").isFalse();
        assertThat(rule.converged(better, Candidate::mean)).isFalse();
        assertThat(rule.converged(better, Candidate::mean)).isFalse();
        assertThat(rule.converged(better, Candidate::mean)).isTrue();
        assertThat(rule.converged(same, Candidate::mean)).isFalse();
    }
}
