package dev.metaforge.dsl;

import java.math.BigDecimal;
import java.util.Locale;

/** The normal form of an answer used for voting and grading: lower case, single spaces, numbers by value. */
public final class AnswerText {
    private AnswerText() {
    }

    /** {@code " 14.0. "} and {@code "14"} give the same form; so do {@code "1,234"} and {@code "1234"}. */
    public static String normalise(Object value) {
        String s = String.valueOf(value).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        String numeric = s.replace(",", "").replace("$", "");
        if (numeric.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(numeric).stripTrailingZeros().toPlainString();
        }
        return s;
    }
}
