package dev.metaforge.archive;

/** One task's stored result; {@code trace} is the task's trace as JSON. */
public record TaskRecord(String taskId, String answer, boolean correct, double score, String failure, String error,
                         String trace, int calls, long tokens, double cost, long millis) {
}
