package dev.metaforge.dsl;

/**
 * A run limit was hit: time, model calls or output size. It is an {@link Error} on purpose:
 * a script may catch exceptions, but it must not be able to catch this and carry on.
 */
public final class LimitExceeded extends Error {
    private static final long serialVersionUID = 1L;
    private final FailureKind kind;

    public LimitExceeded(FailureKind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public FailureKind kind() {
        return kind;
    }
}
