package dev.metaforge.dsl.isolate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.Task;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.model.Usage;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tasks and results as text for workers on other machines: carried exactly, and what comes back is untrusted. */
class TaskMessagesTest {
    @Test
    void aRequestIsReadBackAsSent() {
        Task task = Task.of("t1", "Mia has 12 apples.\u001b[2J", Map.of("k", "v"), List.of("a", "b"));
        RunLimits limits = RunLimits.DEFAULT.withTimePerTask(Duration.ofMillis(1_500)).withCallsPerTask(7);
        TaskMessages.Request r = TaskMessages.request(TaskMessages.request("agent('A') {}", "a.groovy", task, 42, limits));
        assertThat(r.source()).isEqualTo("agent('A') {}");
        assertThat(r.file()).isEqualTo("a.groovy");
        assertThat(r.seed()).isEqualTo(42);
        assertThat(r.limits()).isEqualTo(limits);
        assertThat(r.task().getQuestion()).isEqualTo(task.getQuestion());
        assertThat(r.task().getChoices()).containsExactly("a", "b");
    }

    @Test
    void aResultCarriesValuesJsonCannotHoldAlone() {
        Map<String, Object> answer = Map.of("nan", Double.NaN, "big", new BigInteger("1".repeat(40)));
        TaskResult sent = new TaskResult("t1", answer, null, null, List.of(), 3, Usage.NONE, 12);
        TaskResult back = TaskMessages.result(TaskMessages.result(sent));
        assertThat(back.answer()).isEqualTo(answer);
        assertThat(back.calls()).isEqualTo(3);
        assertThat(back.millis()).isEqualTo(12);
    }

    @Test
    void whatAWorkerSendsBackIsReadOrRefusedNeverTrusted() {
        for (String hostile : List.of("", "not json", "[1, 2]", "{\"type\": \"result\"}",
                "{\"type\": \"result\", \"id\": \"t\", \"failure\": \"EXPLODED\", \"trace\": [], \"calls\": 1, \"usage\": {}, "
                        + "\"millis\": 1}",
                "{\"type\": \"result\", \"id\": \"t\", \"trace\": [5], \"calls\": 1, \"usage\": {}, \"millis\": 1}")) {
            assertThatThrownBy(() -> TaskMessages.result(hostile)).as(hostile).isInstanceOf(IllegalArgumentException.class);
        }
        TaskResult failed = TaskMessages.result(TaskMessages.result(new TaskResult("t", null, FailureKind.MODEL,
                "model down\u001b[31m", List.of(), 0, Usage.NONE, 0)));
        assertThat(failed.failure()).isEqualTo(FailureKind.MODEL);
        assertThat(failed.error()).isEqualTo("model down\u001b[31m"); // kept as sent; escaped where it is shown
    }
}
