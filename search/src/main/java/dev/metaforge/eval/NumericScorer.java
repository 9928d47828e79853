package dev.metaforge.eval;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 1 when the answer's number equals the gold's within a relative tolerance. The number is the
 * last one in the text, so "$1,234.50", "12 apples" and "so the answer is 42" all read.
 */
public final class NumericScorer implements Scorer {
    private static final Pattern NUMBER = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private final double tolerance;

    public NumericScorer(double tolerance) {
        this.tolerance = tolerance;
    }

    public static Optional<BigDecimal> lastNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last == null ? Optional.empty() : Optional.of(new BigDecimal(last.replace(",", "")));
    }

    @Override
    public double score(String answer, String gold) {
        Optional<BigDecimal> a = lastNumber(answer);
        Optional<BigDecimal> g = lastNumber(gold);
        if (a.isEmpty() || g.isEmpty()) {
            return 0;
        }
        double difference = a.get().subtract(g.get()).abs().doubleValue();
        double scale = Math.max(1e-12, g.get().abs().doubleValue());
        return difference <= tolerance * scale || difference == 0 ? 1 : 0;
    }

    @Override
    public String name() {
        return "numeric";
    }
}
