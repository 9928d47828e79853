package dev.metaforge.cli.archive;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.Lineage;
import dev.metaforge.cli.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code metaforge archive lineage}. */
@Command(name = "lineage", mixinStandardHelpOptions = true,
        description = "Show a design's ancestors and descendants as a tree, or as Graphviz DOT.")
final class LineageCommand extends ArchiveSubcommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The design's id.")
    long id;

    @Option(names = "--dot", description = "Print Graphviz DOT (pipe into: dot -Tsvg > lineage.svg).")
    boolean dot;

    @Override
    public Integer call() {
        try (Archive store = archive.open(false)) {
            Lineage lineage = Lineage.of(store.designs(), id);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("design", id);
                out.put("designs", lineage.designs().values().stream()
                        .map(d -> Map.of("id", d.id(), "name", d.name(), "origin", d.origin().label())).toList());
                out.put("edges", lineage.graph().edgeSet().stream().map(e -> List.of(
                        lineage.graph().getEdgeSource(e), lineage.graph().getEdgeTarget(e))).toList());
                out().println(Json.write(out));
            } else {
                out().print(dot ? lineage.dot() : lineage.tree());
            }
        }
        return 0;
    }
}
