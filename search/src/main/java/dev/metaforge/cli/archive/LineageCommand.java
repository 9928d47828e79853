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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code metaforge archive lineage}. */
@Command(name = "lineage", mixinStandardHelpOptions = true,
        description = "Show a design's ancestors and descendants as a tree, or as Graphviz DOT.")
final class LineageCommand implements Callable<Integer> {
    @ParentCommand
    ArchiveCommand archive;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The design's id.")
    long id;

    @Option(names = "--dot", description = "Print Graphviz DOT (pipe into: dot -Tsvg > lineage.svg).")
    boolean dot;

    @Option(names = "--json", description = "Print the designs and edges as JSON.")
    boolean json;

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
                spec.commandLine().getOut().println(Json.write(out));
            } else {
                spec.commandLine().getOut().print(dot ? lineage.dot() : lineage.tree());
            }
        }
        return 0;
    }
}
