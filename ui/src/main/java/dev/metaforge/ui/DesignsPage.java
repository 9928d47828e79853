package dev.metaforge.ui;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignQuery;
import dev.metaforge.archive.DesignSummary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Designs, best first, searched by name and description and filtered by run and state; paged in SQL. */
final class DesignsPage {
    static final int PAGE = 50;
    private final Archive archive;

    DesignsPage(Archive archive) {
        this.archive = archive;
    }

    private static java.util.Optional<dev.metaforge.archive.Origin> origin(String label) {
        try {
            return java.util.Optional.of(dev.metaforge.archive.Origin.of(label));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    Response render(Request request) {
        long page = Math.max(1, request.number("page", 1));
        String q = request.param("q").orElse(null);
        Long run = request.param("run").map(r -> request.number("run", -1)).filter(r -> r >= 0).orElse(null);
        boolean failed = request.param("state").map("failed"::equals).orElse(false);
        String bench = request.param("benchmark").orElse(null);
        dev.metaforge.archive.Origin origin = request.param("origin").flatMap(DesignsPage::origin).orElse(null);
        DesignQuery query = new DesignQuery(bench, run, failed, DesignQuery.Sort.SCORE, PAGE + 1).matching(q)
                .from(origin).page((page - 1) * PAGE, PAGE + 1);
        List<DesignSummary> rows = archive.designs().list(query);
        Html html = new Html();
        if (q != null) {
            html.tag("p", "matching “" + q + "”");
        }
        html.raw("<p>filter: ").link("/designs?state=failed", "failed").raw(" · ");
        for (dev.metaforge.archive.Origin o : dev.metaforge.archive.Origin.values()) {
            html.link("/designs?origin=" + o.label(), o.label()).raw(" · ");
        }
        html.raw("add run=ID or benchmark=NAME to the address</p>");
        html.raw("<table><tr><th>design</th><th>origin</th><th>state</th><th>best scores</th><th>calls</th>"
                + "<th>created</th></tr>");
        for (DesignSummary d : rows.subList(0, Math.min(PAGE, rows.size()))) {
            html.raw("<tr><td>").link("/designs/" + d.id(), "#" + d.id() + " " + d.name()).raw("</td>")
                    .tag("td", d.origin().name().toLowerCase(java.util.Locale.ROOT))
                    .tag("td", d.failed() ? "failed" : "ok").raw("<td>");
            for (DesignSummary.Score s : d.scores()) {
                html.text(s.benchmark() + "/" + s.split() + " " + Pages.percent(s.score()) + " ["
                        + Pages.percent(s.ciLow()) + ", " + Pages.percent(s.ciHigh()) + "] n=" + s.n()
                        + (s.simulated() ? " (sim)" : "")).raw("<br>");
            }
            html.raw("</td>").tag("td", d.calls()).tag("td", d.created()).raw("</tr>");
        }
        html.raw("</table>");
        StringBuilder base = new StringBuilder("/designs?");
        request.params().forEach((k, v) -> {
            if (!k.equals("page")) {
                base.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
            }
        });
        Pages.pager(html, base.substring(0, base.length() - 1), page, rows.size() > PAGE);
        return Response.page(Page.of("Designs", html, 0));
    }
}
