package dev.metaforge.cli.archive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignRecord;
import dev.metaforge.archive.EvaluationRecord;
import dev.metaforge.archive.TaskRecord;
import dev.metaforge.cli.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code metaforge archive show}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a design: description, scores, parents and children, failures, failed tasks and source.")
final class ShowCommand extends ArchiveSubcommand implements Callable<Integer> {
    private static final int FAILED_SAMPLE = 3;

    @Parameters(paramLabel = "ID", description = "The design's id (see archive list).")
    long id;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Archive store = archive.open(false)) {
            DesignRecord d = store.designs().get(id);
            List<Long> parents = store.designs().parents(id);
            List<Long> children = store.designs().children(id);
            List<EvaluationRecord> evaluations = store.evaluations().forDesign(id);
            if (json) {
                ObjectNode node = Json.mapper().valueToTree(d);
                node.putPOJO("parents", parents).putPOJO("children", children).putPOJO("evaluations", evaluations);
                node.putPOJO("failedTasks", evaluations.isEmpty() ? List.of()
                        : store.evaluations().tasks(evaluations.get(0).id(), true, FAILED_SAMPLE));
                out.println(Json.write(node));
                return 0;
            }
            out.println("#" + d.id() + " " + d.name() + "   (" + d.origin().label() + ", " + Format.time(d.created()) + ")");
            if (!d.description().isEmpty()) {
                out.println(d.description());
            }
            out.println("parents: " + names(store, parents) + "   children: " + names(store, children));
            if (d.failed()) {
                out.println("failed: " + d.failure());
            }
            out.println(evaluations.isEmpty() ? "scores: not evaluated" : "scores:");
            evaluations.forEach(e -> out.println("  " + Format.score(e)));
            if (!evaluations.isEmpty()) {
                List<TaskRecord> wrong = store.evaluations().tasks(evaluations.get(0).id(), true, FAILED_SAMPLE);
                if (!wrong.isEmpty()) {
                    out.println("failed tasks (latest evaluation, first " + FAILED_SAMPLE + "):");
                    for (TaskRecord t : wrong) {
                        out.println("  " + t.taskId() + ": answer " + t.answer() + (t.failure() == null ? ""
                                : "  [" + t.failure() + "] " + t.error()) + "\n    trace " + Format.cut(t.trace(), 200));
                    }
                }
            }
            out.println("source:");
            out.print(d.source().endsWith("\n") ? d.source() : d.source() + "\n");
        }
        return 0;
    }

    private static String names(Archive store, List<Long> ids) {
        return ids.isEmpty() ? "none" : ids.stream().map(i -> "#" + i + " " + store.designs().get(i).name())
                .collect(Collectors.joining(", "));
    }
}
