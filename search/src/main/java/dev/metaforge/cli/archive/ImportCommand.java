package dev.metaforge.cli.archive;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.NewDesign;
import dev.metaforge.archive.Origin;
import dev.metaforge.cli.Json;
import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.model.sim.SimModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code metaforge archive import}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add agent scripts to the archive. Each is checked in the sandbox first; a script that "
                + "is refused is reported and not added.", "A script already in the archive (same source up to "
                + "spacing) keeps its id."})
final class ImportCommand extends ArchiveSubcommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Agent scripts.")
    List<Path> files;

    @Option(names = "--origin", defaultValue = "human", description = "human or seed (default: ${DEFAULT-VALUE}).")
    String origin;

    @Option(names = "--parent", paramLabel = "ID", description = "A design these derive from (repeatable).")
    List<Long> parents = new ArrayList<>();

    @Override
    public Integer call() {
        Origin from = Origin.of(origin.toLowerCase(Locale.ROOT));
        PrintWriter out = out();
        List<Map<String, Object>> results = new ArrayList<>();
        int refused = 0;
        try (Archive store = archive.open(true);
             AgentEngine engine = AgentEngine.builder().model(new SimModel(0)).build()) {
            for (Path file : files) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("file", file.toString());
                try {
                    Agent agent = engine.compile(file);
                    NewDesign.Builder design = NewDesign.builder(agent.name(), agent.source())
                            .description(agent.description()).origin(from);
                    parents.forEach(design::parent);
                    long id = store.designs().add(design.build());
                    result.put("id", id);
                    result.put("name", agent.name());
                    if (!json) {
                        out.println("#" + id + "  " + agent.name() + "  <- " + file);
                    }
                } catch (CompilationFailed e) {
                    refused++;
                    result.put("error", e.getMessage());
                    if (!json) {
                        out.println(e.getMessage());
                    }
                } catch (IOException e) {
                    refused++;
                    result.put("error", file + ": " + Json.reason(e));
                    if (!json) {
                        out.println(file + ": " + Json.reason(e));
                    }
                }
                results.add(result);
            }
        }
        if (json) {
            out.println(Json.write(results));
        } else if (refused > 0) {
            out.println(refused + " of " + files.size() + " file(s) not imported.");
        }
        return refused == 0 ? 0 : 1;
    }
}
