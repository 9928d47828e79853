package dev.metaforge.cli;

import java.util.Map;

/**
 * The environment variables a command reads (provider keys and base URLs, the archive location):
 * the process's own, or those {@link Metaforge#execute(Map, java.io.PrintWriter, java.io.PrintWriter, String...)}
 * was given, so that a program embedding the command line can run it against another endpoint
 * without starting a process.
 */
public final class Environment {
    private static final ThreadLocal<Map<String, String>> GIVEN = new ThreadLocal<>();

    private Environment() {
    }

    /** The variables in force for the command running on this thread. */
    public static Map<String, String> variables() {
        Map<String, String> given = GIVEN.get();
        return given != null ? given : System.getenv();
    }

    /** Runs {@code command} on this thread with {@code variables} in force, then puts back what was before. */
    static <T> T with(Map<String, String> variables, java.util.function.Supplier<T> command) {
        Map<String, String> before = GIVEN.get();
        GIVEN.set(Map.copyOf(variables));
        try {
            return command.get();
        } finally {
            GIVEN.set(before);
        }
    }
}
