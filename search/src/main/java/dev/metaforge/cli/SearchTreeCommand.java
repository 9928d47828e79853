package dev.metaforge.cli;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignRecord;
import dev.metaforge.archive.EvaluationRecord;
import dev.metaforge.archive.RunRecord;
import dev.metaforge.archive.SearchNodeRecord;
import dev.metaforge.search.ParetoFront;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code metaforge search tree RUN}: the run's tree of designs, each with its score, visits, value and critique. */
@Command(name = "tree", mixinStandardHelpOptions = true,
        description = "Print a search run's tree: each design under the one it was made from, with its validation "
                + "score and calls per task ('(front)': no design of the run measured on every validation task beats "
                + "it on both), visits N, mean value W/N, best value M (by the run's objective), the value agent's "
                + "estimate and its critique.",
        footer = {"", "Example:", "  metaforge search tree 1"})
final class SearchTreeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", description = "The run's id (see metaforge archive runs).")
    long run;

    @Option(names = "--archive", paramLabel = "PATH|JDBC-URL", description = "The archive (default: $METAFORGE_ARCHIVE, "
            + "else .metaforge/archive).")
    String archive;

    @Option(names = "--json", description = "Print the nodes as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Archive a = EvaluationRecorder.openForReading(archive)) {
            RunRecord r = a.runs().find(run).orElse(null);
            if (r == null) {
                spec.commandLine().getErr().println("metaforge: no run " + run + " in the archive (see metaforge archive runs)");
                return 1;
            }
            List<SearchNodeRecord> nodes = a.searchNodes().forRun(run);
            Map<Long, String> scores = new HashMap<>();
            List<EvaluationRecord> val = a.evaluations().forRun(run).stream().filter(e -> e.split().equals("val")).toList();
            int all = val.stream().mapToInt(EvaluationRecord::n).max().orElse(0);
            Map<Long, EvaluationRecord> full = new HashMap<>();
            val.stream().filter(e -> e.n() == all).forEach(e -> full.put(e.designId(), e));
            java.util.Set<Long> front = new java.util.HashSet<>(ParetoFront.of(full.values().stream()
                    .map(e -> new ParetoFront.Point(e.designId(), e.score(), e.calls() / (double) e.n())).toList())
                    .stream().map(ParetoFront.Point::id).toList());
            for (EvaluationRecord e : val) {
                scores.merge(e.designId(), String.format(Locale.ROOT, "%.1f%% n=%d %.1f calls/task%s", 100 * e.score(),
                        e.n(), e.calls() / (double) Math.max(1, e.n()), front.contains(e.designId()) ? " (front)" : ""),
                        (x, y) -> y);
            }
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (SearchNodeRecord n : nodes) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("node", n.id());
                    m.put("design", n.designId());
                    m.put("name", a.designs().get(n.designId()).name());
                    m.put("parent", n.parentNode());
                    m.put("visits", n.visits());
                    m.put("valueSum", n.valueSum());
                    m.put("valueMax", n.valueMax());
                    m.put("estimate", n.estimate());
                    m.put("confidence", n.confidence());
                    m.put("critique", n.critique());
                    m.put("state", n.state().label());
                    m.put("front", front.contains(n.designId()));
                    rows.add(m);
                }
                out.println(Json.write(Map.of("run", run, "strategy", r.strategy(), "nodes", rows)));
                return 0;
            }
            out.printf("run %d (%s, seed %d, %s): %d nodes%n", run, r.strategy(), r.seed(), r.status(), nodes.size());
            Map<Long, List<SearchNodeRecord>> children = new LinkedHashMap<>();
            nodes.forEach(n -> children.computeIfAbsent(n.parentNode() == null ? 0L : n.parentNode(),
                    k -> new ArrayList<>()).add(n));
            print(out, a, children, scores, 0L, "");
            return 0;
        }
    }

    private static void print(PrintWriter out, Archive a, Map<Long, List<SearchNodeRecord>> children,
                              Map<Long, String> scores, long parent, String indent) {
        for (SearchNodeRecord n : children.getOrDefault(parent, List.of())) {
            DesignRecord d = a.designs().get(n.designId());
            String stats = n.visits() == 0 ? "" : String.format(Locale.ROOT, "  N=%d W/N=%.3f M=%.3f", n.visits(),
                    n.valueSum() / n.visits(), n.valueMax());
            String estimate = n.estimate() == null ? "" : String.format(Locale.ROOT, "  v=%.2f c=%.2f", n.estimate(),
                    n.confidence());
            out.printf("%s#%d %s  [%s] %s%s%s%n", indent, d.id(), d.name(), n.state(),
                    scores.getOrDefault(d.id(), "-"), stats, estimate);
            if (n.critique() != null && !n.critique().isBlank()) {
                String line = n.critique().replace('\n', ' ');
                out.printf("%s    %s%n", indent, line.length() > 140 ? line.substring(0, 139) + "…" : line);
            }
            print(out, a, children, scores, n.id(), indent + "  ");
        }
    }
}
