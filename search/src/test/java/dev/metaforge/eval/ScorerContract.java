package dev.metaforge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Scorer} promises, run against each one by a subclass: a right answer scores
 * 1 and a wrong one 0, any answer at all — empty, huge, control characters, not a number —
 * scores within [0, 1] without an exception, the same answer always scores the same, and many
 * threads may score at once.
 */
public abstract class ScorerContract {
    protected abstract Scorer scorer();

    /** An answer and its gold that this scorer marks right. */
    protected abstract String[] right();

    /** An answer and its gold that this scorer marks wrong. */
    protected abstract String[] wrong();

    private static final List<String> ANYTHING = List.of("", " ", "\u001b[2J\u001b]0;owned\u0007", "NaN", "-Infinity",
            "1e999999", "٣", "a".repeat(200_000), "1,2,3,4,5", "{\"answer\": 4}", "\u202e12", "null", "\n\n\n");

    @Test
    void aRightAnswerScoresOneAndAWrongOneZero() {
        assertThat(scorer().score(right()[0], right()[1])).isEqualTo(1.0);
        assertThat(scorer().score(wrong()[0], wrong()[1])).isEqualTo(0.0);
        assertThat(scorer().name()).isNotBlank();
    }

    @Test
    void anyAnswerScoresWithinZeroAndOneWithoutAnException() {
        Scorer s = scorer();
        for (String answer : ANYTHING) {
            for (String gold : List.of(right()[1], wrong()[1], "")) {
                assertThat(s.score(answer, gold)).as("%.40s against %s", answer, gold).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void theSameAnswerAlwaysScoresTheSameAlsoFromManyThreads() {
        Scorer s = scorer();
        List<String> answers = IntStream.range(0, 400).mapToObj(i -> i % 2 == 0 ? right()[0] + (i % 3 == 0 ? "" : " ")
                : wrong()[0]).toList();
        List<Double> alone = answers.stream().map(a -> s.score(a, right()[1])).toList();
        List<Double> together = answers.parallelStream().map(a -> s.score(a, right()[1])).toList();
        assertThat(together).isEqualTo(alone);
    }
}
