package dev.metaforge.cli;

/** The command line was used wrongly (an option's value, a missing argument): exit code 2, with this message. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
