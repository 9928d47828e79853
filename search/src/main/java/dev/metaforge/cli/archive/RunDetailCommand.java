package dev.metaforge.cli.archive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.metaforge.archive.Archive;
import dev.metaforge.archive.ArchiveException;
import dev.metaforge.archive.EvaluationRecord;
import dev.metaforge.archive.RunRecord;
import dev.metaforge.cli.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code metaforge archive run}. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Show one run: settings, spend, and its evaluations.")
final class RunDetailCommand extends ArchiveSubcommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The run's id (see archive runs).")
    long id;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Archive store = archive.open(false)) {
            RunRecord r = store.runs().find(id).orElseThrow(() -> new ArchiveException("no run " + id + " in the "
                    + "archive at " + store.location() + " (see metaforge archive runs)"));
            List<EvaluationRecord> evaluations = store.evaluations().forRun(id);
            if (json) {
                ObjectNode node = Json.mapper().valueToTree(r);
                node.putPOJO("evaluations", evaluations);
                out.println(Json.write(node));
                return 0;
            }
            out.println("run " + r.id() + ": " + r.strategy() + ", " + r.status() + ", seed " + r.seed());
            out.println("started " + Format.time(r.started()) + ", finished " + Format.time(r.finished()));
            out.println("budget " + r.budget() + "; spent " + r.calls() + " calls, " + r.tokens() + " tokens, "
                    + Format.money(r.cost()));
            out.println("best design: " + (r.bestDesign() == null ? "none" : "#" + r.bestDesign() + " "
                    + store.designs().get(r.bestDesign()).name()));
            out.println("settings: " + r.settings());
            out.println(evaluations.size() + " evaluation(s):");
            evaluations.forEach(e -> out.println("  #" + e.designId() + "  " + Format.score(e)));
        }
        return 0;
    }
}
