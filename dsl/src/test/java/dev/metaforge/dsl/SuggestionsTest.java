package dev.metaforge.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean …?": the closest name within the edits allowed for the word's length, else nothing. */
class SuggestionsTest {
    private static final List<String> CALLS = List.of("ask", "askAll", "branches", "majority", "temperature");

    @Test
    void suggestsTheClosestNameWithinTwoEditsForLongerWords() {
        assertThat(Suggestions.didYouMean("temprature", CALLS)).isEqualTo("; did you mean temperature?");
        assertThat(Suggestions.didYouMean("MAJORTIY", CALLS)).isEqualTo("; did you mean majority?");
        assertThat(Suggestions.didYouMean("brnchs", CALLS)).isEqualTo("; did you mean branches?");
        assertThat(Suggestions.didYouMean("brchs", CALLS)).isEmpty();
    }

    @Test
    void shortWordsGetOneEdit() {
        assertThat(Suggestions.didYouMean("aks", CALLS)).isEqualTo("; did you mean ask?");
        assertThat(Suggestions.didYouMean("ax", CALLS)).isEmpty();
        assertThat(Suggestions.didYouMean("askAl", CALLS)).isEqualTo("; did you mean askAll?");
    }

    @Test
    void aHugeNameGetsNoSuggestion() {
        assertThat(Suggestions.didYouMean("ask".repeat(300_000), CALLS)).isEmpty();
        assertThat(Suggestions.didYouMean("", CALLS)).isEmpty();
    }
}
