package dev.metaforge.cli.archive;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignRecord;
import dev.metaforge.cli.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code metaforge archive export}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a design's script to standard output or to a file, ready for metaforge run.")
final class ExportCommand extends ArchiveSubcommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The design's id.")
    long id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (e.g. best.agent.groovy).")
    Path output;

    @Override
    public Integer call() throws Exception {
        try (Archive store = archive.open(false)) {
            DesignRecord design = store.designs().get(id);
            String source = design.source();
            if (json) {
                out().println(Json.write(Map.of("id", id, "name",
                        design.name(), "description", design.description(), "source", source)));
            } else if (output == null) {
                out().print(source);
            } else {
                Files.writeString(output, source, StandardCharsets.UTF_8);
                spec.commandLine().getErr().println("wrote #" + id + " to " + output);
            }
        }
        return 0;
    }
}
