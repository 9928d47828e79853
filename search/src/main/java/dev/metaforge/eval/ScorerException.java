package dev.metaforge.eval;

/** A scorer that cannot be made: an unknown name or an expression that does not compile. */
public final class ScorerException extends Exception {
    public ScorerException(String message) {
        super(message);
    }
}
