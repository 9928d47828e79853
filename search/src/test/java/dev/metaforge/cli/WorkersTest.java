package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.metaforge.archive.PostgresServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code metaforge worker} processes on loopback meeting through a PostgreSQL archive, and
 * {@code eval} and {@code search --executor workers} handing them their tasks: the same evaluation
 * and the same search as in-process; a worker killed with SIGKILL mid-run loses nothing — its tasks
 * go to the other worker, none is counted twice; a worker whose model is out of reach fails its
 * tasks as model failures.
 */
class WorkersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Two workers without added latency, shared by the tests that only compare results with in-process ones. */
    private static final List<Process> SHARED_WORKERS = new ArrayList<>();
    private static String sharedArchive;
    private final List<Process> workers = new ArrayList<>();

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @org.junit.jupiter.api.BeforeAll
    static void startSharedWorkers() throws Exception {
        sharedArchive = PostgresServer.sharedDatabase();
        Process one = launch(java.util.Map.of(), sharedArchive);
        Process two = launch(java.util.Map.of(), sharedArchive); // both start at once; then each is waited for
        SHARED_WORKERS.add(one);
        SHARED_WORKERS.add(two);
        ready(one);
        ready(two);
    }

    @org.junit.jupiter.api.AfterAll
    static void stopSharedWorkers() throws Exception {
        stop(SHARED_WORKERS);
    }

    private Process worker(String archive, String... more) throws Exception {
        return worker(java.util.Map.of(), archive, more);
    }

    private Process worker(java.util.Map<String, String> environment, String archive, String... more) throws Exception {
        Process p = ready(launch(environment, archive, more));
        workers.add(p);
        return p;
    }

    private static Process launch(java.util.Map<String, String> environment, String archive, String... more)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("worker", "--archive", archive, "--concurrency", "3"));
        args.addAll(List.of(more));
        ProcessBuilder pb = new ProcessBuilder(CliTest.newProcess(args.toArray(String[]::new))).redirectErrorStream(true);
        pb.environment().putAll(environment);
        return pb.start();
    }

    /** {@code p} once it says it listens, its further output drained. */
    private static Process ready(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertThat(first).as("the worker's first line").startsWith("worker listening on 127.0.0.1:")
                .contains("3 task(s) at a time, model ");
        CompletableFuture.runAsync(() -> out.lines().forEach(line -> { })); // keeps its pipe from filling
        return p;
    }

    @AfterEach
    void stopWorkers() throws Exception {
        stop(workers);
    }

    private static void stop(List<Process> processes) throws Exception {
        for (Process p : processes) {
            p.destroyForcibly();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static JsonNode design(CliTest.Result r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out()).get("designs").get(0);
    }

    private static String summary(JsonNode design) {
        return design.get("score") + " n=" + design.get("n") + " calls=" + design.get("calls") + " tokens="
                + design.get("tokens") + " failures=" + design.get("failures");
    }

    @Test
    void twoWorkersGiveTheEvaluationOfThisProcess() throws Exception {
        String archive = sharedArchive;
        String[] eval = {"eval", CliTest.SAMPLES + "agents/cot-sc.agent.groovy", "--tasks", CliTest.SAMPLES
                + "tasks/arith-sample.jsonl", "--json", "--no-record"};
        CliTest.Result spread = CliTest.metaforge(SearchCliTest.with(eval, "--executor", "workers", "--archive", archive));
        assertThat(spread.err()).contains("2 in the cluster now").contains("tasks sent again after their worker left: 0");
        assertThat(summary(design(spread))).isEqualTo(summary(design(CliTest.metaforge(eval))));
    }

    @Test
    void aWorkerKilledMidRunLosesNothing() throws Exception {
        String archive = PostgresServer.sharedDatabase();
        Process kept = launch(java.util.Map.of(), archive, "--sim-latency", "100");
        Process doomed = launch(java.util.Map.of(), archive, "--sim-latency", "100");
        workers.add(kept);
        workers.add(doomed);
        ready(kept);
        ready(doomed);
        // 150 tasks of one call each, six at a time, 100 ms a call: at least 2.5 s, killed after 1.5
        java.nio.file.Path tasks = dir.resolve("150.jsonl");
        java.nio.file.Files.write(tasks, java.nio.file.Files.readAllLines(java.nio.file.Path.of(CliTest.SAMPLES
                + "bench/arith.jsonl")).subList(0, 150));
        String[] eval = {"eval", CliTest.SAMPLES + "agents/cot.agent.groovy", "--tasks", tasks.toString(), "--json",
            "--no-record", "--concurrency", "6"};
        CompletableFuture<CliTest.Result> spread = CompletableFuture.supplyAsync(() -> CliTest.metaforge(
                SearchCliTest.with(eval, "--executor", "workers", "--archive", archive)));
        Thread.sleep(1_500);
        assertThat(spread).as("still evaluating when the worker is killed").isNotDone();
        doomed.destroyForcibly();
        CliTest.Result r = spread.get(4, TimeUnit.MINUTES);
        assertThat(r.err()).containsPattern("workers at the end: 1; tasks sent again after their worker left: [1-9]");
        assertThat(summary(design(r))).isEqualTo(summary(design(CliTest.metaforge(eval))));
    }

    @Test
    void aSearchOnTwoWorkersFindsWhatItFindsInProcess() throws Exception {
        String archive = sharedArchive;
        CliTest.Result spread = CliTest.metaforge(SearchCliTest.with(SearchCliTest.SMALL, "--json", "--archive", archive,
                "--executor", "workers"));
        assertThat(spread.code()).as(spread.err()).isZero();
        assertThat(spread.err()).contains("tasks sent again after their worker left: 0");
        CliTest.Result here = CliTest.metaforge(SearchCliTest.with(SearchCliTest.SMALL, "--json", "--archive",
                PostgresServer.sharedDatabase()));
        JsonNode a = JSON.readTree(spread.out());
        JsonNode b = JSON.readTree(here.out());
        for (String field : List.of("calls", "tokens", "proposals", "finalists")) {
            assertThat(a.get(field)).as(field).isEqualTo(b.get(field));
        }
    }

    @Test
    void aWorkerThatCannotReachItsModelFailsItsTasksWithTheReason() throws Exception {
        String archive = PostgresServer.sharedDatabase();
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort(); // nothing listens there once it is closed
        }
        // the model catalog lets the worker give up at the first refused connection rather than after the back-off
        java.nio.file.Path catalog = java.nio.file.Files.writeString(dir.resolve("models.json"),
                "{\"openai:down\": {\"retries\": 0}}");
        worker(java.util.Map.of("OPENAI_BASE_URL", "http://127.0.0.1:" + closed + "/v1", "OPENAI_API_KEY", "k",
                "METAFORGE_MODELS", catalog.toString()), archive, "--model", "openai:down");
        // three tasks, one round of the worker's three slots
        java.nio.file.Path three = dir.resolve("three.jsonl");
        java.nio.file.Files.write(three, java.nio.file.Files.readAllLines(java.nio.file.Path.of(CliTest.SAMPLES
                + "tasks/arith-sample.jsonl")).subList(0, 3));
        CliTest.Result spread = CliTest.metaforge("eval", CliTest.SAMPLES + "agents/cot.agent.groovy", "--tasks",
                three.toString(), "--json", "--no-record", "--executor", "workers", "--archive", archive);
        JsonNode design = design(spread);
        assertThat(design.get("failures").get("MODEL").asInt()).as(spread.out()).isEqualTo(3);
        assertThat(design.get("tokens").asInt()).as("no reply came").isZero();
    }
}
