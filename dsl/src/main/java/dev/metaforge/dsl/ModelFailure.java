package dev.metaforge.dsl;

/** A model call made by a script failed after the provider's own retries. */
public final class ModelFailure extends RuntimeException {
    public ModelFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
