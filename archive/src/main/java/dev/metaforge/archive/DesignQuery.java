package dev.metaforge.archive;

/**
 * Which designs to list and in what order. {@code benchmark} and {@code run} filter when set;
 * {@code failedOnly} keeps proposals that did not compile or run; {@code text} keeps designs whose
 * name or description contains it (any case); {@code origin} keeps one origin; {@code offset} and
 * {@code limit} page through the result in SQL.
 */
public record DesignQuery(String benchmark, Long run, boolean failedOnly, Sort sort, int limit, String text,
                          long offset, Origin origin) {

    /** Orders for a listing. */
    public enum Sort { SCORE, CREATED, NAME, ID }

    public DesignQuery(String benchmark, Long run, boolean failedOnly, Sort sort, int limit) {
        this(benchmark, run, failedOnly, sort, limit, null, 0, null);
    }

    public static DesignQuery all() {
        return new DesignQuery(null, null, false, Sort.SCORE, Integer.MAX_VALUE);
    }

    /** The same query from {@code offset} on. */
    public DesignQuery page(long from, int size) {
        return new DesignQuery(benchmark, run, failedOnly, sort, size, text, from, origin);
    }

    /** The same query, keeping designs whose name or description contains {@code words}. */
    public DesignQuery matching(String words) {
        return new DesignQuery(benchmark, run, failedOnly, sort, limit, words, offset, origin);
    }

    /** The same query, keeping designs of one origin (null: any). */
    public DesignQuery from(Origin kind) {
        return new DesignQuery(benchmark, run, failedOnly, sort, limit, text, offset, kind);
    }
}
