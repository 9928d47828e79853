package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.eval.TaskFileException;
import org.junit.jupiter.api.Test;

class ExitCodesTest {
    @Test
    void usageErrorsAreTwoFailuresOneAndTheUnexpectedIsCalledInternal() {
        assertThat(ExitCodes.of(new UsageException("--x takes a number"))).isEqualTo(ExitCodes.USAGE);
        assertThat(ExitCodes.of(new TaskFileException("tasks.jsonl:3: not JSON"))).isEqualTo(ExitCodes.FAILURE);
        assertThat(ExitCodes.of(new IllegalStateException("bug"))).isEqualTo(ExitCodes.FAILURE);
        assertThat(ExitCodes.expected(new TaskFileException("x"))).isTrue();
        assertThat(ExitCodes.expected(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aBadCacheModeIsAUsageErrorNamingWhatWasGivenAndAnotherBadValueIsNotMistakenForIt() {
        CliTest.Result cache = CliTest.metaforge("run", CliTest.SAMPLES + "agents/cot.agent.groovy", "--task", "q",
                "--cache", "sometimes");
        assertThat(cache.code()).isEqualTo(2);
        assertThat(cache.err()).contains("--cache takes off, read, write or readwrite, not sometimes");
        CliTest.Result budget = CliTest.metaforge("eval", CliTest.SAMPLES + "agents/cot.agent.groovy", "--tasks",
                CliTest.SAMPLES + "tasks/arith-sample.jsonl", "--budget-calls", "-5");
        assertThat(budget.code()).isEqualTo(2);
        assertThat(budget.err()).contains("--budget-calls").doesNotContain("--cache");
    }
}
