package dev.metaforge.ui;

import dev.metaforge.archive.EvaluationRecord;
import java.util.List;
import java.util.Locale;

/** Charts drawn on the server as SVG: no script, numbers only (never text from the archive). */
final class Charts {
    private static final int W = 640;
    private static final int H = 220;
    private static final int PAD = 36;

    private Charts() {
    }

    /** The best score so far against calls spent, in the order the evaluations were stored. */
    static String bestSoFar(List<EvaluationRecord> evaluations) {
        if (evaluations.isEmpty()) {
            return "<p>No evaluations yet.</p>";
        }
        long totalCalls = Math.max(1, evaluations.stream().mapToLong(EvaluationRecord::calls).sum());
        StringBuilder points = new StringBuilder();
        long calls = 0;
        double best = 0;
        for (EvaluationRecord e : evaluations) {
            calls += e.calls();
            best = Math.max(best, e.score());
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(calls, totalCalls), y(best)));
        }
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" "
                        + "aria-label=\"best score against calls\">", W, H));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fff\" "
                + "stroke=\"#ccc\"/>", PAD, 8, W - PAD - 8, H - PAD - 8));
        for (int pct = 0; pct <= 100; pct += 25) {
            svg.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%.1f\" font-size=\"10\">%d%%</text>",
                    y(pct / 100.0) + 3, pct));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\">0</text>", PAD, H - 12));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%d calls"
                + "</text>", W - 8, H - 12, totalCalls));
        svg.append("<polyline fill=\"none\" stroke=\"#3f6fd8\" stroke-width=\"2\" points=\"").append(points.toString().strip())
                .append("\"/></svg>");
        return svg.toString();
    }

    /** A score as a bar, its interval as a bracket (SVG attributes, so no inline style is needed). */
    static String bar(double score, double low, double high) {
        return String.format(Locale.ROOT, "<svg class=\"bar\" xmlns=\"http://www.w3.org/2000/svg\" width=\"160\" "
                + "height=\"12\"><rect width=\"160\" height=\"12\" fill=\"#e3e6ec\"/><rect y=\"2\" width=\"%.1f\" "
                + "height=\"8\" fill=\"#3f6fd8\"/><rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"12\" fill=\"none\" "
                + "stroke=\"#1d2330\"/></svg>", 160 * clamp(score), 160 * clamp(low),
                160 * Math.max(0, clamp(high) - clamp(low)));
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static double x(long calls, long total) {
        return PAD + (W - PAD - 8) * (double) calls / total;
    }

    private static double y(double score) {
        return 8 + (H - PAD - 8) * (1 - clamp(score));
    }
}
