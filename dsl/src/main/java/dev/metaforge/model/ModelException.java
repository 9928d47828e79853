package dev.metaforge.model;

/** A model call that failed; {@link #retryable()} tells whether trying again could help. */
public class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    public ModelException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public ModelException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
