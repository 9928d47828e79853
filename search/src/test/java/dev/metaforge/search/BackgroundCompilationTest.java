package dev.metaforge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.model.sim.SimModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundCompilationTest {
    private static final String GOOD = "agent('Direct') { solve { task -> ask(task.question).answer } }\n";
    private static final String BROKEN = "agent('Typo') { solve { task -> majorty([ask(task.question).answer]) } }\n";

    private final AgentEngine engine = AgentEngine.builder().model(new SimModel(1)).build();
    private final BackgroundCompilation compilation = new BackgroundCompilation(engine);

    @AfterEach
    void close() {
        compilation.close();
        engine.close();
    }

    @Test
    void aPreparedDesignIsTheOneCompiledInTheBackground() throws Exception {
        compilation.prepare(GOOD, "a.agent.groovy");
        Agent first = compilation.compile(GOOD, "a.agent.groovy");
        assertThat(first.name()).isEqualTo("Direct");
        assertThat(first.solve("What is 2 + 3?").ok()).isTrue();
        assertThat(compilation.compile(GOOD, "a.agent.groovy")).as("taken once, then compiled by the engine")
                .isNotSameAs(first);
        assertThat(compilation.waitedNanos()).isPositive();
    }

    @Test
    void aFailurePreparedInTheBackgroundIsReportedWithItsPosition() {
        compilation.prepare(BROKEN, "typo.agent.groovy");
        assertThatThrownBy(() -> compilation.compile(BROKEN, "typo.agent.groovy")).isInstanceOf(CompilationFailed.class)
                .hasMessageContaining("typo.agent.groovy:1:").hasMessageContaining("did you mean majority?");
    }

    @Test
    void underAnotherFileNameTheErrorNamesTheFileAskedFor() {
        compilation.prepare(BROKEN, "proposal.agent.groovy");
        assertThatThrownBy(() -> compilation.compile(BROKEN, "design-3.agent.groovy"))
                .isInstanceOf(CompilationFailed.class).hasMessageContaining("design-3.agent.groovy:1:")
                .hasMessageNotContaining("proposal.agent.groovy");
    }
}
