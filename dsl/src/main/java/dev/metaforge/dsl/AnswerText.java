package dev.metaforge.dsl;

import java.math.BigDecimal;
import java.util.Locale;

/** The normal form of an answer used for voting and grading: lower case, single spaces, numbers by value. */
public final class AnswerText {
    private AnswerText() {
    }

    /**
     * {@code " 14.0. "}, {@code "+14"} and {@code "14"} give the same form; so do {@code "1,234"} and
     * {@code "1234"}, and {@code "1.0E20"} and {@code "100000000000000000000"}. {@code "1,5"} is not a number.
     */
    public static String normalise(Object value) {
        String s = String.valueOf(value).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        String numeric = s.replace("$", "");
        if (numeric.startsWith("+")) {
            numeric = numeric.substring(1);
        }
        if (numeric.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            numeric = numeric.replace(",", "");
        }
        if (numeric.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d{1,4})?")) {
            return new BigDecimal(numeric).stripTrailingZeros().toPlainString();
        }
        return s;
    }
}
