package dev.metaforge.ui;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.EvaluationRecord;
import dev.metaforge.archive.RunRecord;
import dev.metaforge.archive.RunStatus;
import java.util.List;
import java.util.Optional;

/** Every run, newest first: strategy, status, spend and its best design; reloads while one is running. */
final class RunsPage {
    static final int PAGE = 50;
    private final Archive archive;

    RunsPage(Archive archive) {
        this.archive = archive;
    }

    Response render(Request request) {
        long page = Math.max(1, request.number("page", 1));
        List<RunRecord> runs = archive.runs().all();
        List<RunRecord> sorted = new java.util.ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingLong(RunRecord::id).reversed());
        List<RunRecord> newestFirst = sorted.stream().skip((page - 1) * PAGE).limit(PAGE).toList();
        Html html = new Html();
        if (runs.isEmpty()) {
            html.tag("p", "No runs yet. Start one with: ./metaforge search --bench samples/bench/arith --model sim");
        }
        html.raw("<table><tr><th>run</th><th>strategy</th><th>status</th><th>model</th><th>calls</th><th>tokens</th>"
                + "<th>cost</th><th>best design</th><th>started</th></tr>");
        boolean running = false;
        for (RunRecord run : newestFirst) {
            running |= run.status() == RunStatus.RUNNING;
            html.raw("<tr><td>").link("/runs/" + run.id(), "#" + run.id()).raw("</td>").tag("td", run.strategy())
                    .tag("td", run.status().label());
            List<EvaluationRecord> evaluations = archive.evaluations().forRun(run.id());
            html.raw("<td>");
            evaluations.stream().findFirst().ifPresent(e -> {
                html.text(e.model());
                if (e.simulated()) {
                    html.raw(" <span class=\"sim\">simulated</span>");
                }
            });
            html.raw("</td>").tag("td", run.calls()).tag("td", run.tokens())
                    .tag("td", String.format(java.util.Locale.ROOT, "$%.4f", run.cost())).raw("<td>");
            Optional<EvaluationRecord> best = bestOf(evaluations, run.bestDesign());
            if (run.bestDesign() != null) {
                html.link("/designs/" + run.bestDesign(), "#" + run.bestDesign());
                best.ifPresent(e -> html.text(" " + Pages.percent(e.score()) + " [" + Pages.percent(e.ciLow()) + ", "
                        + Pages.percent(e.ciHigh()) + "] " + e.split()));
            }
            html.raw("</td>").tag("td", run.started()).raw("</tr>");
        }
        html.raw("</table>");
        compareLinks(html, newestFirst);
        Pages.pager(html, "/", page, runs.size() > page * PAGE);
        return Response.page(Page.of("Runs", html, running ? 5 : 0));
    }

    /** Runs started by one {@code compare} (the same strategies in their settings) as one link to their curves. */
    private static void compareLinks(Html html, List<RunRecord> runs) {
        java.util.Map<String, List<Long>> groups = new java.util.LinkedHashMap<>();
        for (RunRecord r : runs) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"compare\"\\s*:\\s*(\\[[^\\]]*\\])")
                    .matcher(r.settings() == null ? "" : r.settings());
            if (m.find()) {
                groups.computeIfAbsent(m.group(1), k -> new java.util.ArrayList<>()).add(r.id());
            }
        }
        groups.values().forEach(ids -> ids.sort(null));
        groups.forEach((strategies, ids) -> html.raw("<p>").link("/compare?runs=" + ids.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",")), "compare " + strategies + ": runs " + ids
                + " on one chart").raw("</p>"));
    }

    private static Optional<EvaluationRecord> bestOf(List<EvaluationRecord> evaluations, Long design) {
        return evaluations.stream().filter(e -> design != null && e.designId() == design)
                .max(java.util.Comparator.comparingInt(EvaluationRecord::n));
    }
}
