package dev.metaforge.dsl;

import java.util.Collection;

/** "Did you mean …?" by edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /** {@code "; did you mean X?"} for the closest candidate within two edits, else the empty string. */
    public static String didYouMean(String word, Collection<String> candidates) {
        int allowed = word.length() <= 4 ? 1 : 2;
        String lower = word.toLowerCase();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String other = c.toLowerCase();
            if (Math.abs(other.length() - lower.length()) > allowed) {
                continue; // more edits than allowed by the lengths alone: and a hostile name can be megabytes long
            }
            int d = distance(lower, other);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= allowed ? "; did you mean " + best + "?" : "";
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
