package dev.metaforge.search.mcts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.archive.Origin;
import dev.metaforge.search.Candidate;
import dev.metaforge.search.Estimate;
import dev.metaforge.search.ScoreCard;
import dev.metaforge.search.SearchSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MASTER's gate: a child's first batch and the value agent's estimate together must reach the incumbent, less 2 points. */
class ValueGateTest {
    private static final SearchSettings S = SearchSettings.builder().build();

    private static ScoreCard card(int right, int n) {
        double[] scores = new double[n];
        for (int i = 0; i < right; i++) {
            scores[i] = 1;
        }
        return ScoreCard.of("val", scores, n, 0, 0, List.of(), 500, 1, 0);
    }

    private static Candidate child(int right, int n) {
        return new Candidate(9, 9, "child", "src", Origin.META_AGENT, List.of(1L), card(right, n), null);
    }

    @Test
    void aConfidentHighEstimateCarriesAFirstBatchBelowTheIncumbentThrough() {
        ScoreCard incumbent = card(85, 100);
        assertThat(MctsStrategy.passesGate(child(16, 20), new Estimate(0.95, 1.0, ""), incumbent, S))
                .as("V = (8·0.95 + 20·0.80) / 28 = 0.843 against 0.85 − 0.02").isTrue();
        assertThat(MctsStrategy.passesGate(child(16, 20), new Estimate(0.5, 1.0, ""), incumbent, S))
                .as("V = 0.714").isFalse();
        assertThat(MctsStrategy.passesGate(child(16, 20), null, incumbent, S)).as("measurement alone: 0.80").isFalse();
        assertThat(MctsStrategy.passesGate(child(16, 20), new Estimate(0.95, 0.0, ""), incumbent, S))
                .as("an estimate without confidence counts for nothing").isFalse();
    }

    @Test
    void theMarginIsTwoPoints() {
        assertThat(MctsStrategy.passesGate(child(16, 20), null, card(82, 100), S)).isTrue();
        assertThat(MctsStrategy.passesGate(child(16, 20), null, card(83, 100), S)).isFalse();
    }
}
