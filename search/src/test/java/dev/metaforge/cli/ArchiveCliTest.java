package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.metaforge.archive.Archive;
import dev.metaforge.archive.NewEvaluation;
import dev.metaforge.archive.TaskRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every archive subcommand, in text and JSON, against a real archive file. */
class ArchiveCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private String archive;

    @BeforeEach
    void importSeeds() {
        archive = dir.resolve("archive").toString();
        CliTest.Result r = CliTest.metaforge("archive", "--archive", archive, "import", "--origin", "seed",
                CliTest.SAMPLES + "agents/cot.agent.groovy", CliTest.SAMPLES + "agents/cot-sc.agent.groovy");
        assertThat(r.code()).as(r.err()).isZero();
        CliTest.Result child = CliTest.metaforge("archive", "--archive", archive, "import", "--parent", "1",
                "--parent", "2", CliTest.SAMPLES + "designs/principled-vote-debate.agent.groovy");
        assertThat(child.out()).startsWith("#3  Principled Vote and Debate");
        try (Archive store = Archive.open(archive)) {
            long run = store.runs().start("mcts", "{\"budget\": 100}", 7, "calls=100");
            store.evaluations().save(new NewEvaluation(3, run, "arith", "val", "0".repeat(64), "sim", true, 7, 0.75, 0.5,
                    1.0, 8, 240, 0, Map.of("RUNTIME", 1), List.of(
                    new TaskRecord("a1", "19", true, 1, null, null, "[]", 4, 120, 0, 5),
                    new TaskRecord("a2", null, false, 0, "RUNTIME", "boom (script line 3)", "[]", 4, 120, 0, 5))));
            store.runs().finish(run, dev.metaforge.archive.RunStatus.DONE, 8, 240, 0, 3L);
        }
    }

    private CliTest.Result archive(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "archive";
        all[1] = "--archive";
        all[2] = archive;
        System.arraycopy(args, 0, all, 3, args.length);
        return CliTest.metaforge(all);
    }

    private JsonNode json(String... args) throws Exception {
        CliTest.Result r = archive(args);
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void listShowsBestScoresFirst() throws Exception {
        CliTest.Result r = archive("list");
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow())
                .contains("3  Principled Vote and Debate").contains("arith/val 75.0% [50.0, 100.0] n=2 (sim)");
        JsonNode listed = json("list", "--json");
        assertThat(listed).hasSize(3);
        assertThat(listed.get(0).get("scores").get(0).get("score").asDouble()).isEqualTo(0.75);
        assertThat(json("list", "--bench", "arith", "--json")).hasSize(1);
        assertThat(json("list", "--run", "1", "--json")).hasSize(1);
        assertThat(json("list", "--failed", "--json")).isEmpty();
        assertThat(json("list", "--sort", "name", "--limit", "1", "--json").get(0).get("name").asText())
                .isEqualTo("Chain-of-Thought");
        assertThat(archive("list", "--sort", "luck").code()).isEqualTo(2);
    }

    @Test
    void showGivesScoresLineageFailuresAndSource() throws Exception {
        String out = archive("show", "3").out();
        assertThat(out).contains("parents: #1 Chain-of-Thought, #2 CoT Self-Consistency")
                .contains("arith/val 75.0% [50.0, 100.0] n=2").contains("failures RUNTIME=1")
                .contains("a2: answer null  [RUNTIME] boom (script line 3)").contains("agent('Principled Vote and Debate')");
        JsonNode node = json("show", "3", "--json");
        assertThat(node.get("parents")).hasSize(2);
        assertThat(node.get("failedTasks").get(0).get("taskId").asText()).isEqualTo("a2");
        CliTest.Result missing = archive("show", "42");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no design 42 in the archive");
    }

    @Test
    void lineageAsTreeDotAndJson() throws Exception {
        assertThat(archive("lineage", "1").out()).isEqualTo("""
                #1 Chain-of-Thought (seed)   <- this design
                  └ #3 Principled Vote and Debate (human)
                """);
        assertThat(archive("lineage", "3", "--dot").out()).startsWith("digraph lineage {").contains("d2 -> d3;");
        assertThat(json("lineage", "3", "--json").get("edges")).hasSize(2);
    }

    @Test
    void diffExportAndImportRoundTrip() throws Exception {
        assertThat(archive("diff", "1", "2").out()).startsWith("--- #1 Chain-of-Thought\n+++ #2 CoT Self-Consistency")
                .contains("-agent('Chain-of-Thought') {").contains("+agent('CoT Self-Consistency') {");
        Path exported = dir.resolve("best.agent.groovy");
        assertThat(archive("export", "3", "-o", exported.toString()).code()).isZero();
        assertThat(Files.readString(exported)).isEqualTo(Files.readString(Path.of(CliTest.SAMPLES
                + "designs/principled-vote-debate.agent.groovy")));
        assertThat(archive("export", "1").out()).startsWith("agent('Chain-of-Thought')");
        JsonNode again = json("import", exported.toString(), "--json");
        assertThat(again.get(0).get("id").asLong()).isEqualTo(3);
    }

    @Test
    void importRefusesAScriptTheSandboxRefuses() throws Exception {
        Path evil = dir.resolve("evil.agent.groovy");
        Files.writeString(evil, "agent('Evil') { solve { task -> 'ls'.execute() } }\n");
        CliTest.Result r = archive("import", evil.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("[forbidden]").contains("1 of 1 file(s) not imported.");
        assertThat(json("list", "--json")).hasSize(3);
    }

    @Test
    void runsAndRun() throws Exception {
        assertThat(archive("runs").out()).contains("mcts").contains("done").contains("#3");
        assertThat(json("runs", "--json").get(0).get("strategy").asText()).isEqualTo("mcts");
        assertThat(archive("run", "1").out()).contains("run 1: mcts, done, seed 7")
                .contains("best design: #3 Principled Vote and Debate").contains("1 evaluation(s):");
        assertThat(json("run", "1", "--json").get("evaluations")).hasSize(1);
        assertThat(archive("run", "9").code()).isEqualTo(1);
    }

    @Test
    void runRecordStoresTheDesignAndItsEvaluation() throws Exception {
        CliTest.Result r = CliTest.metaforge("run", CliTest.SAMPLES + "agents/cot.agent.groovy", "--tasks",
                CliTest.SAMPLES + "tasks/arith-sample.jsonl", "--record", "--archive", archive);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("recorded as design #1, evaluation #2");
        int correct = Integer.parseInt(r.out().replaceAll("(?s).*, (\\d+)/12 correct.*", "$1"));
        JsonNode evaluation = json("show", "1", "--json").get("evaluations").get(0);
        assertThat(evaluation.get("benchmark").asText()).isEqualTo("arith-sample");
        assertThat(evaluation.get("n").asInt()).isEqualTo(12);
        assertThat(evaluation.get("score").asDouble()).isEqualTo(correct / 12.0);
        assertThat(evaluation.get("ciLow").asDouble()).isLessThan(correct / 12.0);
        assertThat(evaluation.get("simulated").asBoolean()).isTrue();
        CliTest.Result noGold = CliTest.metaforge("run", CliTest.SAMPLES + "agents/cot.agent.groovy", "--task", "q",
                "--record", "--archive", archive);
        assertThat(noGold.code()).isEqualTo(2);
        assertThat(noGold.err()).contains("--record needs --tasks with a gold");
    }

    @Test
    void readingAMissingArchiveSaysHowToMakeOne() {
        CliTest.Result r = CliTest.metaforge("archive", "--archive", dir.resolve("nothing").toString(), "list");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no archive at").contains("metaforge archive import");
        assertThat(dir.resolve("nothing.mv.db")).doesNotExist();
    }

    @Test
    void anArchiveIsCopiedIntoANewOneWithEveryRowAndNotIntoOneThatHoldsDesigns() {
        CliTest.Result seeded = CliTest.metaforge("archive", "--archive", dir.resolve("from").toString(), "import",
                CliTest.SAMPLES + "agents/cot.agent.groovy", CliTest.SAMPLES + "agents/cot-sc.agent.groovy");
        assertThat(seeded.code()).as(seeded.err()).isZero();
        CliTest.Result copy = CliTest.metaforge("archive", "--archive", dir.resolve("from").toString(), "copy", "--to",
                dir.resolve("to").toString());
        assertThat(copy.code()).as(copy.err()).isZero();
        assertThat(copy.out()).contains("design").contains("2");
        CliTest.Result listed = CliTest.metaforge("archive", "--archive", dir.resolve("to").toString(), "list");
        assertThat(listed.out()).contains("Chain-of-Thought").contains("CoT Self-Consistency");
        CliTest.Result again = CliTest.metaforge("archive", "--archive", dir.resolve("from").toString(), "copy", "--to",
                dir.resolve("to").toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("is not empty");
    }
}
