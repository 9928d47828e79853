package dev.metaforge.eval;

/** Scores one answer against its gold answer, from 0 (wrong) to 1 (right). Implementations are thread-safe. */
public interface Scorer {
    double score(String answer, String gold);

    /** A short name for tables and the archive. */
    String name();
}
