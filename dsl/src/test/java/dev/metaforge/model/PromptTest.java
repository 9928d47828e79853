package dev.metaforge.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptTest {
    @Test
    void theRoleReadsAsASentence() {
        assertThat(Prompt.builder("q").role("agent designer").build().systemLine()).isEqualTo("You are an agent designer.");
        assertThat(Prompt.builder("q").role("critic").build().systemLine()).isEqualTo("You are a critic.");
        assertThat(Prompt.builder("q").role("Expert reviewer").build().systemLine()).isEqualTo("You are an Expert reviewer.");
    }

    @Test
    void buildingLeavesTheBuilderAsItWasAndTheBuiltPromptCannotChange() {
        Prompt.Builder b = Prompt.builder("q");
        Prompt plain = b.build();
        assertThat(plain.fields()).containsOnlyKeys("answer");
        Prompt withVerdict = b.field("verdict", "True or False.").build();
        assertThat(withVerdict.fields()).as("the default answer field was not left in the builder").containsOnlyKeys("verdict");
        assertThat(plain.fields()).containsOnlyKeys("answer");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withVerdict.fields().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
