package dev.metaforge.eval;

import dev.metaforge.dsl.Task;

/** A task with its gold answer, kept apart so that only the scorer ever sees the gold. */
public record GoldTask(Task task, String gold) {
}
