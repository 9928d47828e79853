package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process, as the README's commands do. */
class CliTest {
    static final String SAMPLES = "../samples/";
    /** The arithmetic benchmark's own tasks split 40 / 40: searches that check behaviour rather than figures. */
    static final String SMALL_BENCH = "src/test/resources/bench/arith-small";

    record Result(int code, String out, String err) {
    }

    /**
     * The command to run the command line in a new JVM of this Java with this classpath, with the
     * quick compiler alone as the launcher gives short commands.
     */
    static java.util.List<String> newProcess(String... args) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Metaforge.class.getName()));
        command.addAll(java.util.List.of(args));
        return command;
    }

    /** The command line in this JVM with {@code environment} in place of the process's variables. */
    static Result metaforge(java.util.Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Metaforge.execute(environment, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result metaforge(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Metaforge.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void readmeMainCommandPrintsGradedSimulatedAnswers() {
        Result r = metaforge("run", SAMPLES + "agents/cot-sc.agent.groovy", "--tasks", SAMPLES + "tasks/arith-sample.jsonl",
                "--model", "sim");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("agent: CoT Self-Consistency").contains("sim (simulated")
                .contains("s01      19  right").containsPattern("12 task\\(s\\), 0 failed, \\d+/12 correct \\(simulated\\)");
    }

    @Test
    void runOneQuestionWithTrace() {
        Result r = metaforge("run", SAMPLES + "agents/role-assignment.agent.groovy", "--task",
                "Leo has 40 marbles. He gives away 15. How many marbles does Leo have now?", "--trace");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("25").contains("ask [sim, role Math Professor").contains("log: routed to Math Professor");
    }

    @Test
    void runJsonIsMachineReadable() throws Exception {
        Result r = metaforge("run", SAMPLES + "agents/cot.agent.groovy", "--tasks", SAMPLES + "tasks/arith-sample.jsonl",
                "--json", "--trace");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("simulated").asBoolean()).isTrue();
        assertThat(root.get("results")).hasSize(12);
        assertThat(root.get("results").get(0).get("trace").get(0).get("prompt").asText()).startsWith("Mia has 12 apples");
        assertThat(root.get("summary").get("tasks").asInt()).isEqualTo(12);
    }

    @Test
    void checkAcceptsAllSamples() throws Exception {
        try (var files = Files.list(Path.of(SAMPLES + "agents"))) {
            String[] args = files.map(Path::toString).sorted().toArray(String[]::new);
            String[] all = new String[args.length + 1];
            all[0] = "check";
            System.arraycopy(args, 0, all, 1, args.length);
            Result r = metaforge(all);
            assertThat(r.code()).isZero();
            assertThat(r.out().lines()).hasSize(7).allMatch(l -> l.startsWith("ok "));
        }
    }

    @Test
    void checkReportsPositionAndSuggestionAndExitsOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.agent.groovy");
        Files.writeString(bad, "agent('Bad') {\n  solve { task ->\n    aks(task.question).answer\n  }\n}\n");
        Result r = metaforge("check", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(bad + ":3:8 [type] unknown method 'aks(String)'; did you mean ask?");
        Result json = metaforge("check", "--json", bad.toString());
        JsonNode error = new ObjectMapper().readTree(json.out()).get(0).get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("code").asText()).isEqualTo("type");
    }

    @Test
    void forbiddenCallIsRefusedByRun(@TempDir Path dir) throws Exception {
        Path evil = dir.resolve("evil.agent.groovy");
        Files.writeString(evil, "agent('Evil') {\n  solve { task ->\n    System.exit(3)\n  }\n}\n");
        Result r = metaforge("run", evil.toString(), "--task", "q");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(evil + ":3:").contains("[forbidden]").contains("metaforge check");
    }

    @Test
    void failingTaskIsReportedAndOthersGoOn(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("flaky.agent.groovy");
        Files.writeString(script, "agent('Flaky') {\n  solve { task ->\n    if (task.id == 'b') { throw new "
                + "IllegalStateException('boom') }\n    task.id\n  }\n}\n");
        Path tasks = dir.resolve("t.jsonl");
        Files.writeString(tasks, "{\"id\":\"a\",\"question\":\"x\"}\n{\"id\":\"b\",\"question\":\"y\"}\n{\"id\":\"c\",\"question\":\"z\"}\n");
        Result r = metaforge("run", script.toString(), "--tasks", tasks.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("b        FAILED [RUNTIME] IllegalStateException: boom (script line 3)")
                .contains("c        c").contains("3 task(s), 1 failed");
    }

    @Test
    void badInputGetsOneLineMessagesAndTheRightExitCodes(@TempDir Path dir) throws Exception {
        assertThat(metaforge("run", "missing.agent.groovy", "--task", "q").err())
                .isEqualTo("metaforge: missing.agent.groovy: no such file" + System.lineSeparator());
        Result unknownModel = metaforge("run", SAMPLES + "agents/cot.agent.groovy", "--task", "q", "--model", "gpt-9");
        assertThat(unknownModel.code()).isEqualTo(1);
        assertThat(unknownModel.err()).contains("unknown model 'gpt-9'");
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"question\": \"ok\"}\n{\"question\": oops}\n");
        Result badTasks = metaforge("run", SAMPLES + "agents/cot.agent.groovy", "--tasks", broken.toString());
        assertThat(badTasks.code()).isEqualTo(1);
        assertThat(badTasks.err()).contains(broken + ":2: not valid JSON");
        assertThat(metaforge("run", SAMPLES + "agents/cot.agent.groovy").code()).isEqualTo(2);
        assertThat(metaforge().code()).isEqualTo(2);
        assertThat(metaforge("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void isolatedRunGivesTheSameAnswers() {
        String[] args = {"run", SAMPLES + "agents/cot-sc.agent.groovy", "--tasks", SAMPLES + "tasks/arith-sample.jsonl"};
        Result inProcess = metaforge(args);
        String[] isolated = java.util.Arrays.copyOf(args, args.length + 2);
        isolated[args.length] = "--isolate";
        isolated[args.length + 1] = "process";
        Result r = metaforge(isolated);
        assertThat(r.code()).isZero();
        assertThat(answersOf(r.out())).isEqualTo(answersOf(inProcess.out()));
    }

    private static java.util.List<String> answersOf(String out) {
        return out.lines().filter(l -> l.startsWith("s")).map(l -> l.replaceAll("\\s+\\d+ ms$", "")).toList();
    }

    @Test
    void parseReplyPrintsFieldsOrTheReasonItCannot(@TempDir Path dir) throws Exception {
        Result ok = metaforge("parse-reply", "--fields", "thinking,answer", "--file", SAMPLES + "replies/messy.txt");
        assertThat(ok.code()).isZero();
        JsonNode fields = new ObjectMapper().readTree(ok.out());
        assertThat(fields.get("answer").asText()).isEqualTo("19");
        assertThat(fields.get("thinking").asText()).isEqualTo("Start with 12, buy 7 more: 19.");
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("{\"thinking\": \"a\"}".getBytes()));
            Result missing = metaforge("parse-reply", "--fields", "thinking,answer");
            assertThat(missing.code()).isEqualTo(1);
            assertThat(missing.err()).contains("has no field \"answer\"");
        } finally {
            System.setIn(stdin);
        }
        assertThat(metaforge("parse-reply").code()).isEqualTo(2);
    }

    @Test
    void timeLimitIsReportedAsATimeout(@TempDir Path dir) throws Exception {
        Path spin = dir.resolve("spin.agent.groovy");
        Files.writeString(spin, "agent('Spin') {\n  solve { task ->\n    while (true) { }\n  }\n}\n");
        Result r = metaforge("run", spin.toString(), "--task", "q", "--time-limit", "0.3");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("FAILED [TIMEOUT] time limit of 300 ms reached");
    }
}
