package dev.metaforge.archive;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * The ancestry and descendants of one design as a graph (edges point from parent to child),
 * with renderings as an indented tree and as Graphviz DOT.
 */
public final class Lineage {
    private final long focus;
    private final DirectedAcyclicGraph<Long, DefaultEdge> graph = new DirectedAcyclicGraph<>(DefaultEdge.class);
    private final Map<Long, DesignRecord> designs = new TreeMap<>();

    private Lineage(long focus) {
        this.focus = focus;
    }

    /** Walks parents and children from {@code id} as far as they go. */
    public static Lineage of(Designs store, long id) {
        Lineage lineage = new Lineage(id);
        lineage.add(store, id);
        walk(store, lineage, id, true);
        walk(store, lineage, id, false);
        return lineage;
    }

    private static void walk(Designs store, Lineage lineage, long start, boolean up) {
        Deque<Long> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            long id = todo.pop();
            for (long next : up ? store.parents(id) : store.children(id)) {
                boolean seen = lineage.designs.containsKey(next);
                lineage.add(store, next);
                lineage.graph.addEdge(up ? next : id, up ? id : next);
                if (!seen) {
                    todo.push(next);
                }
            }
        }
    }

    private void add(Designs store, long id) {
        if (!designs.containsKey(id)) {
            designs.put(id, store.get(id));
            graph.addVertex(id);
        }
    }

    public DirectedAcyclicGraph<Long, DefaultEdge> graph() {
        return graph;
    }

    public Map<Long, DesignRecord> designs() {
        return designs;
    }

    /** Ancestors above the design (each line one generation further back), then its descendants below. */
    public String tree() {
        StringBuilder out = new StringBuilder();
        ancestors(focus, 0, out);
        out.append(label(focus)).append("   <- this design\n");
        descendants(focus, 1, out);
        return out.toString();
    }

    private void ancestors(long id, int depth, StringBuilder out) {
        List<Long> parents = graph.incomingEdgesOf(id).stream().map(graph::getEdgeSource).sorted().toList();
        for (long parent : parents) {
            ancestors(parent, depth + 1, out);
            out.append("  ".repeat(depth)).append("^ ").append(label(parent)).append('\n');
        }
    }

    private void descendants(long id, int depth, StringBuilder out) {
        List<Long> children = graph.outgoingEdgesOf(id).stream().map(graph::getEdgeTarget).sorted().toList();
        for (long child : children) {
            out.append("  ".repeat(depth)).append("└ ").append(label(child)).append('\n');
            descendants(child, depth + 1, out);
        }
    }

    private String label(long id) {
        DesignRecord d = designs.get(id);
        return "#" + id + " " + d.name() + " (" + d.origin().label() + (d.failed() ? ", failed" : "") + ")";
    }

    /** Graphviz DOT: {@code metaforge archive lineage ID --dot | dot -Tsvg > lineage.svg}. */
    public String dot() {
        StringBuilder out = new StringBuilder("digraph lineage {\n  rankdir=TB;\n  node [shape=box];\n");
        for (Map.Entry<Long, DesignRecord> e : designs.entrySet()) {
            out.append("  d").append(e.getKey()).append(" [label=\"#").append(e.getKey()).append(' ')
                    .append(e.getValue().name().replace("\"", "'")).append('"')
                    .append(e.getKey() == focus ? ", style=bold" : "").append("];\n");
        }
        for (DefaultEdge edge : graph.edgeSet()) {
            out.append("  d").append(graph.getEdgeSource(edge)).append(" -> d").append(graph.getEdgeTarget(edge)).append(";\n");
        }
        return out.append("}\n").toString();
    }
}
