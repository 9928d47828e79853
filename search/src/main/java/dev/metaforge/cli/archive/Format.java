package dev.metaforge.cli.archive;

import dev.metaforge.archive.DesignSummary;
import dev.metaforge.archive.EvaluationRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Text forms shared by the archive commands. */
final class Format {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Format() {
    }

    static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    static String score(DesignSummary.Score s) {
        return String.format(Locale.ROOT, "%s/%s %.1f%% [%.1f, %.1f] n=%d%s", s.benchmark(), s.split(), 100 * s.score(),
                100 * s.ciLow(), 100 * s.ciHigh(), s.n(), s.simulated() ? " (sim)" : "");
    }

    static String score(EvaluationRecord e) {
        return String.format(Locale.ROOT, "%s/%s %.1f%% [%.1f, %.1f] n=%d  calls %d  tokens %d  cost $%.4f  model %s%s%s",
                e.benchmark(), e.split(), 100 * e.score(), 100 * e.ciLow(), 100 * e.ciHigh(), e.n(), e.calls(), e.tokens(),
                e.cost(), e.model(), e.simulated() ? " (simulated)" : "", failures(e.failures()));
    }

    static String failures(Map<String, Integer> failures) {
        return failures.isEmpty() ? "" : "  failures " + failures.entrySet().stream()
                .map(f -> f.getKey() + "=" + f.getValue()).collect(Collectors.joining(", "));
    }

    static String money(double cost) {
        return String.format(Locale.ROOT, "$%.2f", cost);
    }

    static String cut(String text, int width) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
