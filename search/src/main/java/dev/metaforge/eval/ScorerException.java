package dev.metaforge.eval;

/** A scorer that cannot be made: an unknown name or an expression that does not compile. */
public final class ScorerException extends Exception {
    private static final long serialVersionUID = 1L;
    public ScorerException(String message) {
        super(message);
    }
}
