package dev.metaforge.cli.archive;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignQuery;
import dev.metaforge.archive.DesignSummary;
import dev.metaforge.cli.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code metaforge archive list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List designs with their best score per benchmark.")
final class ListCommand extends ArchiveSubcommand implements Callable<Integer> {
    @Option(names = "--bench", description = "Only designs evaluated on this benchmark; sort by its score.")
    String bench;

    @Option(names = "--run", description = "Only designs evaluated in this run.")
    Long run;

    @Option(names = "--sort", defaultValue = "score", description = "score, created, name or id (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--failed", description = "Only proposals that failed to compile or run.")
    boolean failed;

    @Override
    public Integer call() {
        DesignQuery.Sort order;
        try {
            order = DesignQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--sort takes score, created, name or id, not '" + sort + "'");
        }
        PrintWriter out = out();
        try (Archive store = archive.open(false)) {
            List<DesignSummary> designs = store.designs().list(new DesignQuery(bench, run, failed, order, limit));
            if (json) {
                out.println(Json.write(designs));
                return 0;
            }
            if (designs.isEmpty()) {
                out.println("no designs match in " + store.location());
                return 0;
            }
            out.printf("%5s  %-28s %-11s %7s %8s  %-16s  %s%n", "ID", "NAME", "ORIGIN", "CALLS", "COST", "CREATED", "BEST");
            for (DesignSummary d : designs) {
                String best = d.failed() ? "failed" : d.scores().isEmpty() ? "not evaluated"
                        : d.scores().stream().map(Format::score).collect(Collectors.joining("; "));
                out.printf("%5d  %-28s %-11s %7d %8s  %-16s  %s%n", d.id(), Format.cut(d.name(), 28), d.origin().label(),
                        d.calls(), Format.money(d.cost()), Format.time(d.created()), best);
            }
        }
        return 0;
    }
}
