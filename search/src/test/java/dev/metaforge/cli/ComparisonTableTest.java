package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.search.SearchOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {
    private static CompareCommand.Trial trial(String strategy, List<Long> calls, List<Double> best) {
        return trial(strategy, 1, calls, best);
    }

    private static CompareCommand.Trial trial(String strategy, long seed, List<Long> calls, List<Double> best) {
        SearchOutcome o = new SearchOutcome(1, strategy, dev.metaforge.search.StopReason.designs(1, 1), false, List.of(), List.of(), best.size(), 0,
                calls.get(calls.size() - 1) + 500, 0, 0, 0, 0, 0, calls.get(calls.size() - 1));
        return new CompareCommand.Trial(strategy, seed, o, calls, best);
    }

    @Test
    void strategiesArePairedByTheSeedsTheyShareAndRunsWithoutAPartnerAreLeftOut() {
        List<CompareCommand.Trial> trials = List.of(
                trial("mcts", 1, List.of(100L), List.of(0.9)), trial("mcts", 2, List.of(100L), List.of(0.9)),
                trial("adas", 2, List.of(100L), List.of(0.9)), trial("adas", 3, List.of(100L), List.of(0.9)),
                trial("random", 1, List.of(100L), List.of(0.9)));
        List<ComparisonTable.Pair> pairs = ComparisonTable.pairs(trials);
        assertThat(pairs).extracting(p -> p.first() + "-" + p.second() + ":" + p.d().n())
                .containsExactly("mcts-adas:1", "mcts-random:1");
    }

    @Test
    void theSearchCallsAreTheOnesTheBudgetLimitsAndAllCallsIncludeTheFinalists() {
        List<ComparisonTable.Row> rows = ComparisonTable.rows(List.of(trial("mcts", List.of(100L, 4_000L),
                List.of(0.8, 0.9))), 0.9);
        assertThat(rows.get(0).searchCalls()).isEqualTo(4_000);
        assertThat(rows.get(0).calls()).isEqualTo(4_500);
    }

    @Test
    void aRunThatNeverReachesTheTargetCountsWithAllItSpentAndMakesTheMeanALowerBound() {
        List<CompareCommand.Trial> trials = List.of(
                trial("mcts", List.of(100L, 300L, 600L), List.of(0.80, 0.96, 0.97)),
                trial("mcts", List.of(100L, 200L, 900L), List.of(0.80, 0.90, 0.98)),
                trial("adas", List.of(100L, 200L, 400L), List.of(0.85, 0.97, 0.97)),
                trial("adas", List.of(100L, 500L, 2000L), List.of(0.80, 0.90, 0.95)));
        double target = ComparisonTable.target(trials);
        assertThat(target).isEqualTo(0.96, org.assertj.core.data.Offset.offset(1e-12));
        List<ComparisonTable.Row> rows = ComparisonTable.rows(trials, target);
        ComparisonTable.Row mcts = rows.get(0);
        ComparisonTable.Row adas = rows.get(1);
        assertThat(mcts.reached()).isEqualTo(2);
        assertThat(mcts.callsToTarget()).isEqualTo((300 + 900) / 2.0);
        assertThat(mcts.lowerBound()).isFalse();
        assertThat(adas.reached()).isEqualTo(1);
        assertThat(adas.callsToTargetReached()).isEqualTo(200);
        assertThat(adas.callsToTarget()).as("the run that never got there counts all 2,000 calls").isEqualTo(1100);
        assertThat(adas.lowerBound()).isTrue();
    }
}
