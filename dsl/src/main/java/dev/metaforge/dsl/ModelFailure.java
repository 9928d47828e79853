package dev.metaforge.dsl;

/** A model call made by a script failed after the provider's own retries. */
public final class ModelFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public ModelFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
