package dev.metaforge.archive;

/**
 * Which designs to list and in what order. {@code benchmark} and {@code run} filter when set;
 * {@code failedOnly} keeps proposals that did not compile or run.
 */
public record DesignQuery(String benchmark, Long run, boolean failedOnly, Sort sort, int limit) {

    /** Orders for a listing. */
    public enum Sort { SCORE, CREATED, NAME, ID }

    public static DesignQuery all() {
        return new DesignQuery(null, null, false, Sort.SCORE, Integer.MAX_VALUE);
    }
}
