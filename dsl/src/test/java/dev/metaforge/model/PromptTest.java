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
}
