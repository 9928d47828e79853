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

    private static final String[] COLOURS = {"#3f6fd8", "#d84f3f", "#2e9d4f", "#9a3fd8", "#d8a03f", "#3fb8d8"};

    /** Several runs' best score so far against calls, on one chart; labels are escaped into the legend. */
    static String curves(java.util.Map<String, List<EvaluationRecord>> runs) {
        long maxCalls = 1;
        for (List<EvaluationRecord> evaluations : runs.values()) {
            maxCalls = Math.max(maxCalls, evaluations.stream().mapToLong(EvaluationRecord::calls).sum());
        }
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\">", W + 220, H));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"%d\" height=\"%d\" fill=\"#fff\" "
                + "stroke=\"#ccc\"/>", PAD, W - PAD - 8, H - PAD - 8));
        for (int pct = 0; pct <= 100; pct += 25) {
            svg.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%.1f\" font-size=\"10\">%d%%</text>",
                    y(pct / 100.0) + 3, pct));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%d calls"
                + "</text>", W - 8, H - 12, maxCalls));
        int i = 0;
        for (java.util.Map.Entry<String, List<EvaluationRecord>> run : runs.entrySet()) {
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder points = new StringBuilder();
            long calls = 0;
            double best = 0;
            for (EvaluationRecord e : run.getValue()) {
                calls += e.calls();
                best = Math.max(best, e.score());
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(calls, maxCalls), y(best)));
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                    .append(points.toString().strip()).append("\"/>");
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"11\">", W + 10, 12 + 16 * i, colour, W + 26, 21 + 16 * i))
                    .append(Html.escape(run.getKey())).append("</text>");
            i++;
        }
        return svg.append("</svg>").toString();
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
