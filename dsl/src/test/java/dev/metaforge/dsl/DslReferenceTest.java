package dev.metaforge.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generated reference covers the language exactly, so a model is never told about calls that do not exist. */
class DslReferenceTest {
    @Test
    void describesEveryCallAndNoOther() {
        assertThat(DslReference.CALLS.keySet()).containsExactlyInAnyOrderElementsOf(Vocabulary.CALLS);
        DslReference.CALLS.forEach((call, text) -> assertThat(text).as(call).contains(call));
    }

    @Test
    void namesTheAskOptionsAndTaskProperties() {
        String text = DslReference.text();
        Vocabulary.ASK_OPTIONS.forEach(o -> assertThat(text).contains(o));
        Vocabulary.TASK_PROPERTIES.forEach(p -> assertThat(text).contains(p));
        assertThat(text).contains("Refused: imports");
    }
}
