package dev.metaforge.model.sim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's signature on the principles it writes for a problem. A later prompt earns the
 * benefit of principles only when it carries the mark of this simulator (its seed) for this very
 * problem — text a script makes up, the word "principle", or principles written for another
 * problem give nothing, as they would give a real model nothing. The mark is a keyed hash, so it
 * cannot be written without having been read.
 */
final class Marks {
    private static final Pattern PRINCIPLES = Pattern.compile("\\[sim principles ([0-9a-f]{12})]");
    private final long seed;

    Marks(long seed) {
        this.seed = seed;
    }

    /** The mark closing principles written for {@code problem}. */
    String principles(WordProblem problem) {
        return "[sim principles " + code("principles", problem, 0) + "]";
    }

    /** Whether {@code text} carries principles this simulator wrote for {@code problem}. */
    boolean hasPrinciples(String text, WordProblem problem) {
        String expected = code("principles", problem, 0);
        Matcher m = PRINCIPLES.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(expected)) {
                return true;
            }
        }
        return false;
    }

    private String code(String kind, WordProblem problem, long answer) {
        long h = Seeds.mix(seed, 0x5EA1_0F_5141L, Seeds.hash(kind), Seeds.hash(problem.canonical()), answer);
        return String.format(Locale.ROOT, "%012x", h >>> 16);
    }
}
