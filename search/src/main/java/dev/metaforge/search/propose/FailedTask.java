package dev.metaforge.search.propose;

import java.util.List;

/**
 * A validation task a design got wrong: the question, what it answered, its error if it failed
 * outright, and what each of its model calls replied (one short line per call, in order), so a
 * reviewer can see how it went wrong — samples that disagreed, a critic that accepted.
 */
public record FailedTask(String question, String answer, String error, List<String> calls) {
    public FailedTask {
        calls = List.copyOf(calls);
    }

    public FailedTask(String question, String answer, String error) {
        this(question, answer, error, List.of());
    }
}
