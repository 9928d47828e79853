package dev.metaforge.search.propose;

import java.util.Optional;

/**
 * What is wrong with a design before it is evaluated: the compiler's {@code file:line:col}
 * errors, or the first run-time errors on a few tasks. Empty when it compiles and runs.
 */
@FunctionalInterface
public interface DesignCheck {
    Optional<String> problem(String source);

    /** {@code source} may be checked soon: a check may start work on it in the background. */
    default void prepare(String source) {
    }
}
