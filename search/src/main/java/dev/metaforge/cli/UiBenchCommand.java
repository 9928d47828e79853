package dev.metaforge.cli;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.NewDesign;
import dev.metaforge.archive.NewEvaluation;
import dev.metaforge.archive.Origin;
import dev.metaforge.archive.TaskRecord;
import dev.metaforge.ui.ArchiveServer;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metaforge bench ui}: each page's time to answer over loopback on a large archive. */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = {"Make an archive of many designs with task results and a search tree in a temporary directory,",
                "serve it as `metaforge ui` does, and print each page's median time to answer over loopback",
                "(after a warm-up of each page), with its size."})
final class UiBenchCommand implements Callable<Integer> {
    private static final String TRACE = "[{\"kind\":\"ask\",\"branch\":\"\",\"prompt\":\"Mia has 12 apples. She buys 7 "
            + "more.\",\"role\":\"helpful assistant\",\"reply\":{\"answer\":\"19\"},\"model\":\"sim\",\"temperature\":0.8,"
            + "\"promptTokens\":42,\"completionTokens\":22,\"micros\":35,\"simulated\":true}]";

    @Spec
    CommandSpec spec;

    @Option(names = "--designs", defaultValue = "10000", description = "Designs (default: ${DEFAULT-VALUE}).")
    int designs;

    @Option(names = "--results", defaultValue = "1000000", description = "Task results in all (default: ${DEFAULT-VALUE}).")
    int results;

    @Option(names = "--nodes", defaultValue = "200", description = "Nodes of the one search tree (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (TempDirectory dir = new TempDirectory("metaforge-bench-ui");
             Archive archive = Archive.open(dir.resolve("archive").toString())) {
            long start = System.nanoTime();
            long run = archive.runs().start("mcts", "{}", 42, "{}");
            int perDesign = Math.max(1, results / Math.max(1, designs));
            long root = -1;
            for (int i = 0; i < designs; i++) {
                long id = archive.designs().add(NewDesign.builder("Design " + i, "agent('Design " + i + "') {\n"
                        + "    solve { task -> ask(task.question, temperature: 0." + (i % 9) + ").answer }\n}\n")
                        .description("a design with " + (i % 7) + " samples").origin(i == 0 ? Origin.SEED : Origin.META_AGENT)
                        .parents(i == 0 ? List.of() : List.of((long) Math.max(1, (i + 1) / 2))).build());
                archive.evaluations().save(evaluation(id, i < nodes ? run : null, perDesign, i));
                if (i < nodes) {
                    long node = archive.searchNodes().add(run, id, root < 0 ? null : root + (i - 1) / 3, 0.5, 0.5,
                            "critique " + i, dev.metaforge.archive.NodeState.EVALUATED);
                    root = root < 0 ? node : root;
                }
                if (i > 0 && i % 1000 == 0) {
                    spec.commandLine().getErr().printf("  %,d designs written%n", i);
                }
            }
            archive.runs().finish(run, dev.metaforge.archive.RunStatus.DONE, nodes * perDesign, 0, 0, 1L);
            out.printf("archive: %,d designs, %,d task results, a run of %,d nodes, made in %.0f s%n", designs,
                    (long) perDesign * designs, Math.min(nodes, designs), (System.nanoTime() - start) / 1e9);
            try (ArchiveServer server = ArchiveServer.start(archive, "127.0.0.1", 0, null)) {
                String base = "http://127.0.0.1:" + server.port();
                long middle = designs / 2;
                for (String page : List.of("/", "/runs/" + run, "/designs", "/designs?q=design%2042&page=2",
                        "/designs/" + middle, "/lineage/" + middle, "/diff?a=1&b=" + middle, "/leaderboard")) {
                    out.println(time(base + page, page));
                }
            }
        }
        return 0;
    }

    private static String time(String url, String page) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        long[] millis = new long[7];
        long size = 0;
        for (int i = -3; i < millis.length; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            size = r.body().length();
        }
        Arrays.sort(millis);
        return String.format("%-36s median %4d ms, max %4d ms, %,8d characters (target <= 200 ms)", page, millis[3],
                millis[millis.length - 1], size);
    }

    private static NewEvaluation evaluation(long design, Long run, int tasks, int i) {
        List<TaskRecord> rows = new ArrayList<>(tasks);
        for (int t = 0; t < tasks; t++) {
            rows.add(new TaskRecord("t" + t, "19", t % 4 != 0, t % 4 != 0 ? 1 : 0, null, null, TRACE, 1, 64, 0, 1));
        }
        double score = 0.5 + (i % 50) / 100.0;
        return new NewEvaluation(design, run, "arith", "val", "0".repeat(64), "sim", true, 42, score, score - 0.05,
                score + 0.05, tasks, 64L * tasks, 0, Map.of(), rows);
    }
}
