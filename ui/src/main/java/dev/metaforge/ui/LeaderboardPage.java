package dev.metaforge.ui;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignQuery;
import dev.metaforge.archive.DesignSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The best designs per benchmark and split, with their intervals, and score against calls per task. */
final class LeaderboardPage {
    private static final int TOP = 20;
    private final Archive archive;

    LeaderboardPage(Archive archive) {
        this.archive = archive;
    }

    Response render(Request request) {
        List<DesignSummary> designs = archive.designs().list(new DesignQuery(null, null, false, DesignQuery.Sort.SCORE,
                2_000));
        Map<String, List<Object[]>> boards = new TreeMap<>();
        for (DesignSummary d : designs) {
            for (DesignSummary.Score s : d.scores()) {
                boards.computeIfAbsent(s.benchmark() + " / " + s.split(), k -> new ArrayList<>()).add(new Object[] {d, s});
            }
        }
        Html html = new Html();
        if (boards.isEmpty()) {
            html.tag("p", "Nothing evaluated yet.");
        }
        for (Map.Entry<String, List<Object[]>> board : boards.entrySet()) {
            List<Object[]> rows = board.getValue();
            rows.sort(Comparator.comparingDouble(r -> -((DesignSummary.Score) r[1]).ciLow()));
            html.raw("<h2>").text(board.getKey()).raw("</h2>");
            html.raw(scatter(rows));
            html.raw("<table><tr><th>design</th><th>score</th><th>95% interval</th><th>n</th><th>calls per task</th></tr>");
            for (Object[] r : rows.subList(0, Math.min(TOP, rows.size()))) {
                DesignSummary d = (DesignSummary) r[0];
                DesignSummary.Score s = (DesignSummary.Score) r[1];
                html.raw("<tr><td>").link("/designs/" + d.id(), "#" + d.id() + " " + d.name()).raw("</td>")
                        .tag("td", Pages.percent(s.score()) + (s.simulated() ? " (sim)" : ""))
                        .tag("td", "[" + Pages.percent(s.ciLow()) + ", " + Pages.percent(s.ciHigh()) + "]").tag("td", s.n())
                        .tag("td", String.format(Locale.ROOT, "%.1f", perTask(d, s))).raw("</tr>");
            }
            html.raw("</table>");
        }
        return Response.page(Page.of("Leaderboard", html, 0));
    }

    private static double perTask(DesignSummary d, DesignSummary.Score s) {
        return s.n() == 0 ? 0 : (double) d.calls() / Math.max(1, d.scores().stream().mapToInt(DesignSummary.Score::n).sum());
    }

    /** Score against calls per task, one dot a design (the cost frontier is the upper left edge). */
    private static String scatter(List<Object[]> rows) {
        double maxCost = Math.max(1, rows.stream().mapToDouble(r -> perTask((DesignSummary) r[0],
                (DesignSummary.Score) r[1])).max().orElse(1));
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"180\">"
                + "<rect x=\"30\" y=\"5\" width=\"380\" height=\"150\" fill=\"#fff\" stroke=\"#ccc\"/>"
                + "<text x=\"30\" y=\"175\" font-size=\"10\">calls per task →</text>"
                + "<text x=\"2\" y=\"12\" font-size=\"10\">100%</text><text x=\"2\" y=\"155\" font-size=\"10\">0%</text>");
        for (Object[] r : rows) {
            DesignSummary.Score s = (DesignSummary.Score) r[1];
            double x = 30 + 380 * perTask((DesignSummary) r[0], s) / maxCost;
            double y = 5 + 150 * (1 - Math.max(0, Math.min(1, s.score())));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#3f6fd8\"/>", x, y));
        }
        return svg.append("</svg>").toString();
    }
}
