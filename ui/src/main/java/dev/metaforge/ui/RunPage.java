package dev.metaforge.ui;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignRecord;
import dev.metaforge.archive.EvaluationRecord;
import dev.metaforge.archive.RunRecord;
import dev.metaforge.archive.RunStatus;
import dev.metaforge.archive.SearchNodeRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One run: its settings and spend, the search tree (nested, collapsible, coloured by state, each
 * node's score as a bar with its interval and the MCTS statistics, the critique beside it), the
 * best validation score against calls spent, and every evaluation of the run.
 */
final class RunPage {
    private final Archive archive;

    RunPage(Archive archive) {
        this.archive = archive;
    }

    Response render(long id) {
        Optional<RunRecord> found = archive.runs().find(id);
        if (found.isEmpty()) {
            return Response.notFound("there is no run #" + id);
        }
        RunRecord run = found.get();
        List<EvaluationRecord> evaluations = archive.evaluations().forRun(id);
        Html html = new Html();
        html.raw("<p>").text(run.strategy() + " · " + run.status().label() + " · " + run.calls() + " calls · " + run.tokens()
                + " tokens · " + String.format(Locale.ROOT, "$%.4f", run.cost()) + " · seed " + run.seed());
        if (evaluations.stream().anyMatch(EvaluationRecord::simulated)) {
            html.raw(" · <span class=\"sim\">simulated model: results are about sim, not a language model</span>");
        }
        html.raw("</p><h2>Best validation score against calls spent</h2>")
                .raw(Charts.bestSoFar(evaluations.stream().filter(e -> !e.split().equals("test")).toList()));
        html.raw("<h2>Search tree</h2>");
        tree(html, archive.searchNodes().forRun(id), evaluations);
        html.raw("<h2>Evaluations</h2><table><tr><th>design</th><th>benchmark</th><th>split</th><th>score</th>"
                + "<th>95% interval</th><th>n</th><th>calls</th></tr>");
        List<EvaluationRecord> sorted = new ArrayList<>(evaluations);
        sorted.sort(Comparator.comparing(EvaluationRecord::split).thenComparing(Comparator.comparingDouble(
                EvaluationRecord::score).reversed()));
        for (EvaluationRecord e : sorted) {
            html.raw("<tr><td>").link("/designs/" + e.designId(), "#" + e.designId()).raw("</td>")
                    .tag("td", e.benchmark()).tag("td", e.split()).tag("td", Pages.percent(e.score()))
                    .tag("td", "[" + Pages.percent(e.ciLow()) + ", " + Pages.percent(e.ciHigh()) + "]")
                    .tag("td", e.n()).tag("td", e.calls()).raw("</tr>");
        }
        html.raw("</table>");
        return Response.page(Page.of("Run #" + id, html, run.status() == RunStatus.RUNNING ? 5 : 0));
    }

    private void tree(Html html, List<SearchNodeRecord> nodes, List<EvaluationRecord> evaluations) {
        if (nodes.isEmpty()) {
            html.tag("p", "This run has no search tree (an evaluation, or a strategy without one).");
            return;
        }
        Map<Long, List<SearchNodeRecord>> children = new HashMap<>();
        List<SearchNodeRecord> roots = new ArrayList<>();
        for (SearchNodeRecord n : nodes) {
            if (n.parentNode() == null) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentNode(), k -> new ArrayList<>()).add(n);
            }
        }
        Map<Long, EvaluationRecord> validation = new HashMap<>();
        for (EvaluationRecord e : evaluations) {
            if (!e.split().equals("test")) {
                validation.merge(e.designId(), e, (a, b) -> a.n() >= b.n() ? a : b);
            }
        }
        for (SearchNodeRecord root : roots) {
            node(html, root, children, validation, 0);
        }
    }

    private void node(Html html, SearchNodeRecord n, Map<Long, List<SearchNodeRecord>> children,
                      Map<Long, EvaluationRecord> validation, int depth) {
        String name = archive.designs().find(n.designId()).map(DesignRecord::name).orElse("?");
        html.raw("<details open class=\"state-" + n.state().label() + "\"><summary>")
                .link("/designs/" + n.designId(), "#" + n.designId() + " " + name).raw(" ").text("[" + n.state().label() + "] ");
        EvaluationRecord e = validation.get(n.designId());
        if (e != null) {
            html.raw(Charts.bar(e.score(), e.ciLow(), e.ciHigh())).text(" " + Pages.percent(e.score()) + " n=" + e.n());
        }
        html.text(String.format(Locale.ROOT, "  N=%d W/N=%.3f M=%.3f", n.visits(),
                n.visits() == 0 ? 0 : n.valueSum() / n.visits(), n.valueMax()));
        if (n.estimate() != null) {
            html.text(String.format(Locale.ROOT, " v=%.2f c=%.2f", n.estimate(), n.confidence() == null ? 0 : n.confidence()));
        }
        html.raw("</summary>");
        if (n.critique() != null && !n.critique().isBlank()) {
            html.raw("<div class=\"critique\">").text(n.critique()).raw("</div>");
        }
        if (depth < 64) {
            for (SearchNodeRecord child : children.getOrDefault(n.id(), List.of())) {
                node(html, child, children, validation, depth + 1);
            }
        }
        html.raw("</details>");
    }
}
