package dev.metaforge.dsl;

import dev.metaforge.model.Usage;
import java.util.List;

/**
 * The outcome of one task: the answer as a plain value (String, Number, Boolean, List or Map of
 * those) or the failure, with the trace, the model calls made, the usage and the wall time.
 */
public record TaskResult(String taskId, Object answer, FailureKind failure, String error, List<TraceEvent> trace,
                         int calls, Usage usage, long millis) {
    public TaskResult {
        trace = List.copyOf(trace);
    }

    public boolean ok() {
        return failure == null;
    }

    /** The answer as text, or null when the task failed. */
    public String answerText() {
        return answer == null ? null : String.valueOf(answer);
    }
}
