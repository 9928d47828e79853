package dev.metaforge.search.propose;

import java.util.Locale;

/**
 * A design as a proposer sees it: its archive id (for lineage), its number within the run (what
 * prompts show, so that a run's prompts do not depend on what else the archive holds), name,
 * source and measured score (n = 0 before any).
 */
public record ArchivedDesign(long id, int label, String name, String source, double score, double ciLow, double ciHigh, int n) {

    /** ADAS's fitness line, e.g. {@code 85.0% [80.7, 89.0] n=100}, or "not evaluated". */
    public String fitness() {
        return n == 0 ? "not evaluated" : String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f] n=%d", 100 * score,
                100 * ciLow, 100 * ciHigh, n);
    }
}
