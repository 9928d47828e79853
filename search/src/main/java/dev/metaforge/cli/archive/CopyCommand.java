package dev.metaforge.cli.archive;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.ArchiveCopy;
import dev.metaforge.archive.ArchiveLocation;
import dev.metaforge.cli.Json;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code metaforge archive copy}: moves an archive between H2 and PostgreSQL (or to another file). */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copy every design, lineage edge, run, evaluation, task result, search tree and cached reply "
                + "of one archive into a new, empty one, ids kept: from an H2 file to a team's PostgreSQL database "
                + "or back. The password of a PostgreSQL archive may come from METAFORGE_ARCHIVE_PASSWORD.",
        footer = {"", "Example:",
                "  metaforge archive copy --to 'jdbc:postgresql://db.example:5432/metaforge?user=alice'"})
final class CopyCommand extends ArchiveSubcommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "PATH|JDBC-URL", description = "The archive to copy (default: the --archive "
            + "in force).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "PATH|JDBC-URL", description = "A new, empty archive.")
    String to;

    @Override
    public Integer call() {
        PrintWriter out = out();
        String source = from != null ? ArchiveLocation.resolve(from, dev.metaforge.cli.Environment.variables()) : archive.location();
        try (Archive a = Archive.openForReading(source); Archive b = Archive.open(to)) {
            Map<String, Long> rows = ArchiveCopy.copy(a, b);
            if (json) {
                out.println(Json.write(Map.of("from", a.location(), "to", b.location(), "rows", rows)));
            } else {
                out.println("copied " + a.location() + " to " + b.location() + ":");
                rows.forEach((table, n) -> out.printf("  %-20s %,d%n", table, n));
            }
        }
        return 0;
    }
}
