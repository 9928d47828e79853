package dev.metaforge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"$1,234.50|1234.5|1", "12 apples|12|1", "so the answer is 42.|42|1",
        "41|42|0", "-3|-3|1", "no number here|5|0", "0.1|0.10000000001|1"})
    void numeric(String answer, String gold, double expected) throws Exception {
        assertThat(Scorers.of("numeric").score(answer, gold)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Paris.|paris|1", "' Paris  '|Paris|1", "14.0|14|1", "Lyon|Paris|0"})
    void exact(String answer, String gold, double expected) throws Exception {
        assertThat(Scorers.of("exact").score(answer, gold)).isEqualTo(expected);
    }

    @Test
    void tokenF1FollowsDropNormalisation() throws Exception {
        Scorer f1 = Scorers.of("f1");
        assertThat(f1.score("the Eiffel Tower", "Eiffel tower")).isEqualTo(1.0);
        assertThat(f1.score("Eiffel", "Eiffel Tower")).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-9));
        assertThat(f1.score("in 1889, the tower", "1889|1890")).isCloseTo(2 * (1 / 3.0) * 1.0 / (1 / 3.0 + 1.0), within(1e-9));
        assertThat(f1.score("Berlin", "Paris")).isZero();
        assertThat(f1.score("", "")).isEqualTo(1.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"B|B|1", "(c)|C|1", "The answer is D.|D|1", "A) first|A|1", "B|C|0",
        "Between A and C, I pick C|C|1"})
    void choice(String answer, String gold, double expected) throws Exception {
        assertThat(Scorers.of("choice").score(answer, gold)).isEqualTo(expected);
    }

    @Test
    void expressionScorersCompileOnceAndScore() throws Exception {
        Scorer ignoringCase = Scorers.of("answer.trim().equalsIgnoreCase(gold)");
        assertThat(ignoringCase.score(" PARIS ", "paris")).isEqualTo(1.0);
        assertThat(ignoringCase.score("Lyon", "paris")).isZero();
        Scorer partial = Scorers.of("answer.length() == 0 ? 0.0 : Math.min(1.0, (double) gold.length() / answer.length())");
        assertThat(partial.score("abcd", "ab")).isEqualTo(0.5);
    }

    @Test
    void aBadExpressionSaysWhereAndUnknownNamesAreRefused() {
        assertThatThrownBy(() -> Scorers.of("answer.trim().equalsIgnoreCase(gold"))
                .isInstanceOf(ScorerException.class).hasMessageContaining("does not compile at column");
        assertThatThrownBy(() -> Scorers.of("fuzzy")).isInstanceOf(ScorerException.class)
                .hasMessageStartingWith("unknown scorer 'fuzzy'");
    }
}
