package dev.metaforge.search;

/** A search that cannot go on as asked, e.g. a run resumed on a benchmark that changed since it started. */
public final class SearchException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public SearchException(String message) {
        super(message);
    }
}
