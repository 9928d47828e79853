package dev.metaforge.search.propose;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A validation task a design got wrong: the question, what it answered, its error if it failed
 * outright, and what each of its model calls replied (one short line per call, in order), so a
 * reviewer can see how it went wrong — samples that disagreed, a critic that accepted. The calls
 * are read from the stored trace only when a prompt shows them: score cards are made after every
 * batch, prompts far less often. Immutable.
 */
public final class FailedTask {
    private final String question;
    private final String answer;
    private final String error;
    private final Supplier<List<String>> calls;
    private volatile List<String> read;

    private FailedTask(String question, String answer, String error, Supplier<List<String>> calls) {
        this.question = Objects.requireNonNull(question, "question");
        this.answer = answer;
        this.error = error;
        this.calls = calls;
    }

    public FailedTask(String question, String answer, String error, List<String> calls) {
        this(question, answer, error, () -> calls);
        this.read = List.copyOf(calls);
    }

    public FailedTask(String question, String answer, String error) {
        this(question, answer, error, List.of());
    }

    /** A failed task whose calls are read from {@code traceJson} when first asked for. */
    public static FailedTask fromTrace(String question, String answer, String error, String traceJson) {
        return new FailedTask(question, answer, error, () -> CallDigest.of(traceJson));
    }

    public String question() {
        return question;
    }

    public String answer() {
        return answer;
    }

    public String error() {
        return error;
    }

    public List<String> calls() {
        List<String> r = read;
        if (r == null) {
            r = List.copyOf(calls.get());
            read = r;
        }
        return r;
    }
}
