package dev.metaforge.dsl;

import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/** Runs a {@link TeamSpec} as a directed acyclic graph, layer by layer, each layer's roles in parallel. */
final class Teams {
    private Teams() {
    }

    static Map<String, Object> run(TaskContext context, TeamSpec team) {
        Graph<String, DefaultEdge> graph = graphOf(team);
        Map<String, Object> results = new LinkedHashMap<>();
        List<List<String>> layers = layers(context, graph, team.nodes().keySet());
        String parent = context.branch();
        for (int layer = 0; layer < layers.size(); layer++) {
            List<Future<Object>> futures = new ArrayList<>();
            for (String role : layers.get(layer)) {
                context.checkpoint();
                Map<String, Object> inputs = new LinkedHashMap<>();
                for (DefaultEdge e : graph.incomingEdgesOf(role)) {
                    String from = graph.getEdgeSource(e);
                    inputs.put(from, results.get(from));
                }
                @SuppressWarnings("unchecked")
                Closure<Object> body = (Closure<Object>) team.nodes().get(role);
                String path = parent + "/" + role;
                futures.add(context.branches.submit(() -> context.inBranch(path, () -> body.call(inputs))));
            }
            List<Object> done = Branches.collect(context, futures);
            for (int i = 0; i < done.size(); i++) {
                results.put(layers.get(layer).get(i), done.get(i));
            }
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        team.nodes().keySet().forEach(role -> ordered.put(role, results.get(role)));
        return ordered;
    }

    private static Graph<String, DefaultEdge> graphOf(TeamSpec team) {
        if (team.nodes().isEmpty()) {
            throw new ScriptFailure("team { } declares no roles; add node('name') { inputs -> … }");
        }
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        team.nodes().keySet().forEach(graph::addVertex);
        for (String[] edge : team.edges()) {
            for (String end : edge) {
                if (!graph.containsVertex(end)) {
                    throw new ScriptFailure("team edge names unknown role '" + end + "'"
                            + Suggestions.didYouMean(end, graph.vertexSet()) + "; roles are "
                            + String.join(", ", team.nodes().keySet()));
                }
            }
            if (edge[0].equals(edge[1])) {
                throw new ScriptFailure("team has a cycle through roles: " + edge[0]);
            }
            graph.addEdge(edge[0], edge[1]);
        }
        CycleDetector<String, DefaultEdge> cycles = new CycleDetector<>(graph);
        if (cycles.detectCycles()) {
            Set<String> inCycle = new TreeSet<>(cycles.findCycles());
            throw new ScriptFailure("team has a cycle through roles: " + String.join(", ", inCycle));
        }
        return graph;
    }

    /** Roles grouped by their longest distance from a role with no predecessors, declaration order within. */
    private static List<List<String>> layers(TaskContext context, Graph<String, DefaultEdge> graph,
                                             Set<String> declared) {
        Map<String, Integer> depth = new LinkedHashMap<>();
        int remaining = declared.size();
        while (remaining > 0) {
            for (String role : declared) {
                context.checkpoint();
                if (depth.containsKey(role)) {
                    continue;
                }
                int d = 0;
                boolean ready = true;
                for (DefaultEdge e : graph.incomingEdgesOf(role)) {
                    Integer before = depth.get(graph.getEdgeSource(e));
                    if (before == null) {
                        ready = false;
                        break;
                    }
                    d = Math.max(d, before + 1);
                }
                if (ready) {
                    depth.put(role, d);
                    remaining--;
                }
            }
        }
        List<List<String>> layers = new ArrayList<>();
        for (String role : declared) {
            int d = depth.get(role);
            while (layers.size() <= d) {
                layers.add(new ArrayList<>());
            }
            layers.get(d).add(role);
        }
        return layers;
    }
}
