package dev.metaforge.ui;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignRecord;
import dev.metaforge.archive.EvaluationRecord;
import dev.metaforge.archive.TaskRecord;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One design: what it is, its source highlighted, its parents and children, every evaluation, and
 * the tasks it got wrong with their whole traces, reasoning kept apart from the answer.
 */
final class DesignPage {
    private static final int FAILED_SHOWN = 20;
    private final Archive archive;

    DesignPage(Archive archive) {
        this.archive = archive;
    }

    Response render(long id) {
        Optional<DesignRecord> found = archive.designs().find(id);
        if (found.isEmpty()) {
            return Response.notFound("there is no design #" + id);
        }
        DesignRecord d = found.get();
        Html html = new Html();
        html.raw("<p>").text(d.origin().name().toLowerCase(Locale.ROOT) + " · created " + d.created()).raw("</p>");
        if (!d.description().isBlank()) {
            html.tag("p", d.description());
        }
        if (d.failed()) {
            html.raw("<h2>Refused or failed</h2><pre>").text(d.failure()).raw("</pre>");
        }
        relatives(html, "Parents", archive.designs().parents(id), id);
        relatives(html, "Children", archive.designs().children(id), id);
        html.raw("<p>").link("/designs/" + id + "/source", "download the script").raw(" · run it with <code>")
                .text("./metaforge run design-" + id + ".agent.groovy --task \"…\"").raw("</code> · ")
                .link("/lineage/" + id, "lineage").raw("</p>");
        html.raw("<h2>Source</h2><pre>").raw(GroovyHighlight.of(d.source())).raw("</pre>");
        List<EvaluationRecord> evaluations = archive.evaluations().forDesign(id);
        html.raw("<h2>Evaluations</h2><table><tr><th>run</th><th>benchmark</th><th>split</th><th>score</th>"
                + "<th>95% interval</th><th>n</th><th>calls</th><th>tokens</th><th>cost</th><th>failures</th></tr>");
        for (EvaluationRecord e : evaluations) {
            html.raw("<tr><td>");
            if (e.runId() != null) {
                html.link("/runs/" + e.runId(), "#" + e.runId());
            }
            html.raw("</td>").tag("td", e.benchmark()).tag("td", e.split() + (e.simulated() ? " (simulated)" : ""))
                    .tag("td", Pages.percent(e.score()))
                    .tag("td", "[" + Pages.percent(e.ciLow()) + ", " + Pages.percent(e.ciHigh()) + "]").tag("td", e.n())
                    .tag("td", e.calls()).tag("td", e.tokens()).tag("td", String.format(Locale.ROOT, "$%.4f", e.cost()))
                    .tag("td", e.failures().isEmpty() ? "none" : e.failures().toString()).raw("</tr>");
        }
        html.raw("</table>");
        for (EvaluationRecord e : evaluations) {
            List<TaskRecord> wrong = archive.evaluations().tasks(e.id(), true, FAILED_SHOWN);
            if (!wrong.isEmpty()) {
                html.raw("<h2>").text("Tasks wrong in evaluation #" + e.id() + " (" + e.split() + ", first "
                        + wrong.size() + ")").raw("</h2>");
                wrong.forEach(t -> Traces.task(html, t));
            }
        }
        return Response.page(Page.of("Design #" + id + ": " + d.name(), html, 0));
    }

    private static void relatives(Html html, String label, List<Long> ids, long of) {
        if (ids.isEmpty()) {
            return;
        }
        html.raw("<p>").text(label + ": ");
        for (long id : ids) {
            html.link("/designs/" + id, "#" + id).raw(" (").link("/diff?a=" + Math.min(id, of) + "&b=" + Math.max(id, of),
                    "diff").raw(") ");
        }
        html.raw("</p>");
    }
}
