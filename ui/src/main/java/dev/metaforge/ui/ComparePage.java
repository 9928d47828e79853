package dev.metaforge.ui;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.EvaluationRecord;
import dev.metaforge.archive.RunRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs side by side (a {@code compare}'s strategies and repeats): each one's best score against calls, on one chart. */
final class ComparePage {
    private static final int MAX_RUNS = 30;
    private final Archive archive;

    ComparePage(Archive archive) {
        this.archive = archive;
    }

    Response render(Request request) {
        Map<String, List<EvaluationRecord>> curves = new LinkedHashMap<>();
        Html table = new Html().raw("<table><tr><th>run</th><th>strategy</th><th>seed</th><th>calls</th>"
                + "<th>best validation</th></tr>");
        for (String id : request.param("runs").orElse("").split(",")) {
            if (curves.size() >= MAX_RUNS || !id.strip().matches("\\d{1,18}")) {
                continue;
            }
            Optional<RunRecord> run = archive.runs().find(Long.parseLong(id.strip()));
            if (run.isEmpty()) {
                continue;
            }
            RunRecord r = run.get();
            List<EvaluationRecord> validation = archive.evaluations().forRun(r.id()).stream()
                    .filter(e -> !e.split().equals("test")).toList();
            curves.put("#" + r.id() + " " + r.strategy() + " seed " + r.seed(), validation);
            table.raw("<tr><td>").link("/runs/" + r.id(), "#" + r.id()).raw("</td>").tag("td", r.strategy())
                    .tag("td", r.seed()).tag("td", r.calls())
                    .tag("td", validation.stream().mapToDouble(EvaluationRecord::score).max().stream()
                            .mapToObj(Pages::percent).findFirst().orElse("—")).raw("</tr>");
        }
        if (curves.isEmpty()) {
            return Response.notFound("name runs that exist: /compare?runs=1,2,3");
        }
        Html html = new Html().raw(Charts.curves(curves)).raw(table.toString()).raw("</table>");
        return Response.page(Page.of("Runs compared", html, 0));
    }
}
