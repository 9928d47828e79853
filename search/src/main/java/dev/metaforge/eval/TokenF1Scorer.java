package dev.metaforge.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Token F1 with DROP's normalisation: lower case, punctuation and the articles a/an/the removed,
 * spaces collapsed. The gold may hold several acceptable answers separated by {@code |}; the best
 * F1 over them counts.
 */
public final class TokenF1Scorer implements Scorer {
    private static final Pattern PUNCTUATION = Pattern.compile("\\p{Punct}");
    private static final Pattern ARTICLES = Pattern.compile("\\b(a|an|the)\\b");

    @Override
    public double score(String answer, String gold) {
        if (answer == null || gold == null) {
            return 0;
        }
        double best = 0;
        for (String acceptable : gold.split("\\|")) {
            best = Math.max(best, f1(tokens(answer), tokens(acceptable)));
        }
        return best;
    }

    static List<String> tokens(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        s = ARTICLES.matcher(s).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String t : s.trim().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static double f1(List<String> predicted, List<String> gold) {
        if (predicted.isEmpty() || gold.isEmpty()) {
            return predicted.equals(gold) ? 1 : 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        gold.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : predicted) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                common++;
                counts.put(t, c - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = common / (double) predicted.size();
        double recall = common / (double) gold.size();
        return 2 * precision * recall / (precision + recall);
    }

    @Override
    public String name() {
        return "f1";
    }
}
