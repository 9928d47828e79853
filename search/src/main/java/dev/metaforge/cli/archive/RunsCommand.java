package dev.metaforge.cli.archive;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.RunRecord;
import dev.metaforge.cli.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code metaforge archive runs}. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List runs with status, strategy, spend and best design.")
final class RunsCommand extends ArchiveSubcommand implements Callable<Integer> {

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Archive store = archive.open(false)) {
            List<RunRecord> runs = store.runs().all();
            if (json) {
                out.println(Json.write(runs));
            } else if (runs.isEmpty()) {
                out.println("no runs in " + store.location());
            } else {
                out.printf("%5s  %-10s %-9s %8s %10s %8s  %-6s  %-16s  %s%n", "ID", "STRATEGY", "STATUS", "CALLS",
                        "TOKENS", "COST", "BEST", "STARTED", "FINISHED");
                for (RunRecord r : runs) {
                    out.printf("%5d  %-10s %-9s %8d %10d %8s  %-6s  %-16s  %s%n", r.id(), r.strategy(), r.status(),
                            r.calls(), r.tokens(), Format.money(r.cost()), r.bestDesign() == null ? "-" : "#" + r.bestDesign(),
                            Format.time(r.started()), Format.time(r.finished()));
                }
            }
        }
        return 0;
    }
}
