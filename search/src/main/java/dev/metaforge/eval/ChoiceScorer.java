package dev.metaforge.eval;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multiple choice: 1 when the answer names the gold letter, read as a lone letter A–J, "(B)",
 * "B)", "answer: B" or "Answer is B." — the last such letter in the answer counts.
 */
public final class ChoiceScorer implements Scorer {
    private static final Pattern LETTER = Pattern.compile("(?<![A-Za-z])\\(?([A-Ja-j])\\)?(?![A-Za-z])");

    @Override
    public double score(String answer, String gold) {
        if (answer == null || gold == null) {
            return 0;
        }
        String a = letter(answer);
        return a != null && a.equals(gold.trim().toUpperCase(Locale.ROOT)) ? 1 : 0;
    }

    static String letter(String text) {
        Matcher m = LETTER.matcher(text.trim());
        String last = null;
        while (m.find()) {
            last = m.group(1).toUpperCase(Locale.ROOT);
        }
        return last;
    }

    @Override
    public String name() {
        return "choice";
    }
}
