package dev.metaforge.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The simulator's quick looks find at least what its case-insensitive expressions would find. */
class WordsTest {
    @Test
    void findsAWordInAnyCaseFromAPosition() {
        assertThat(Words.indexIgnoringCase("The ANSWER is 4; answer 5", "answer", 0)).isEqualTo(4);
        assertThat(Words.indexIgnoringCase("The ANSWER is 4; answer 5", "answer", 5)).isEqualTo(17);
        assertThat(Words.indexIgnoringCase("The ANSWER is 4; answer 5", "answer", 18)).isEqualTo(-1);
        assertThat(Words.containsIgnoringCase("AnSwErS", "answer")).isTrue();
        assertThat(Words.containsIgnoringCase("answe", "answer")).isFalse();
        assertThat(Words.containsIgnoringCase("", "answer")).isFalse();
    }

    @Test
    void charactersBeyondAsciiAreLeftToCaseFolding() {
        // U+017F, the long s, folds to S: more than (?i) finds, never less, which is what a quick look may do
        assertThat(Words.containsIgnoringCase("an\u017Fwer", "answer")).isTrue();
        assertThat(Words.indexIgnoringCase("\u00e9\u00e9 answer", "answer", 0)).isEqualTo(3);
    }

    @Test
    void numbersTooLongForALongBecomeAnEllipsis() {
        assertThat(Words.withoutLongNumbers("a 1234567890123456789 b 12")).isEqualTo("a … b 12");
        String eighteen = "x 123456789012345678 = 1";
        assertThat(Words.withoutLongNumbers(eighteen)).isSameAs(eighteen);
        assertThat(Words.withoutLongNumbers("99999999999999999999999 + 1 = 12345678901234567890"))
                .isEqualTo("… + 1 = …");
    }
}
