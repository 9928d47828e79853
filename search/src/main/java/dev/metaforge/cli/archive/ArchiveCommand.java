package dev.metaforge.cli.archive;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.ArchiveException;
import dev.metaforge.archive.ArchiveLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code metaforge archive}: browse what searches and evaluations stored. */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = {"Browse the archive of designs, lineage, runs and evaluations.",
                "The archive is an H2 file in .metaforge/ of the working directory unless --archive or "
                        + "METAFORGE_ARCHIVE names another file or a JDBC URL."},
        subcommands = {ListCommand.class, ShowCommand.class, LineageCommand.class, DiffCommand.class,
                ExportCommand.class, ImportCommand.class, RunsCommand.class, RunDetailCommand.class, CopyCommand.class},
        footer = {"", "Examples:", "  metaforge archive import samples/agents/*.agent.groovy --origin seed",
                "  metaforge archive list --sort score --limit 20", "  metaforge archive show 3",
                "  metaforge archive lineage 3 --dot | dot -Tsvg > lineage.svg", "  metaforge archive diff 1 3"})
public final class ArchiveCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--archive", paramLabel = "PATH|JDBC-URL", scope = CommandLine.ScopeType.INHERIT,
            description = "The archive to use (default: $METAFORGE_ARCHIVE, else " + ArchiveLocation.DEFAULT + ").")
    String location;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name an archive command: list, show, lineage, diff, export, import, runs, run or copy");
    }

    String location() {
        return ArchiveLocation.resolve(location, dev.metaforge.cli.Environment.variables());
    }

    /** Opens the archive; for reading, one that does not exist yet is an error rather than created, and it is not compacted. */
    Archive open(boolean create) {
        String where = location();
        Path file = ArchiveLocation.h2File(where);
        if (!create && file != null && !Files.exists(file)) {
            throw new ArchiveException("no archive at " + where + " yet; add designs with metaforge archive import, "
                    + "or name one with --archive");
        }
        return create ? Archive.open(where) : Archive.openForReading(where);
    }
}
