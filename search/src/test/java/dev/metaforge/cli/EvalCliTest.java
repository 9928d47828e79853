package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCliTest {
    @TempDir
    Path dir;

    @Test
    void ranksDesignsWithIntervalsAndRecordsThem() throws Exception {
        String archive = dir.resolve("archive").toString();
        CliTest.Result r = CliTest.metaforge("eval", CliTest.SAMPLES + "agents/cot.agent.groovy",
                CliTest.SAMPLES + "agents/cot-sc.agent.groovy", "--tasks", CliTest.SAMPLES + "bench/arith.jsonl",
                "--record", "--archive", archive, "--resamples", "2000");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("arith/all (300 tasks), scorer numeric, model sim (simulated), seed 42");
        assertThat(lines[2]).contains("1  CoT Self-Consistency");
        assertThat(lines[3]).contains("2  Chain-of-Thought");
        assertThat(r.err()).contains("recorded Chain-of-Thought as design #1, evaluation #1");
        JsonNode listed = new ObjectMapper().readTree(CliTest.metaforge("archive", "--archive", archive, "list", "--json").out());
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("name").asText()).isEqualTo("CoT Self-Consistency");
        assertThat(listed.get(0).get("scores").get(0).get("n").asInt()).isEqualTo(300);
    }

    @Test
    void jsonCarriesScoresAndRefusals(@TempDir Path scripts) throws Exception {
        Path evil = scripts.resolve("evil.agent.groovy");
        Files.writeString(evil, "agent('Evil') { solve { task -> System.exit(1) } }\n");
        CliTest.Result r = CliTest.metaforge("eval", CliTest.SAMPLES + "agents/cot.agent.groovy", evil.toString(),
                "--tasks", CliTest.SAMPLES + "tasks/arith-sample.jsonl", "--json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode cot = root.get("designs").get(0);
        assertThat(cot.get("n").asInt()).isEqualTo(12);
        assertThat(cot.get("ciLow").asDouble()).isLessThanOrEqualTo(cot.get("score").asDouble());
        assertThat(root.get("refused").get(evil.toString()).asText()).contains("[forbidden]");
    }

    @Test
    void budgetStopsCleanlyAndDryRunSpendsNothing() throws Exception {
        CliTest.Result r = CliTest.metaforge("eval", CliTest.SAMPLES + "agents/cot.agent.groovy",
                CliTest.SAMPLES + "agents/cot-sc.agent.groovy", "--tasks", CliTest.SAMPLES + "bench/arith.jsonl",
                "--budget-calls", "100", "--concurrency", "1");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("stopped by the budget: calls (100 of 100)")
                .containsPattern("1  Chain-of-Thought +\\d+\\.\\d%  \\[.+] +100 +100 ").contains("cut short by the budget: Chain-of-Thought (100 tasks)")
                .contains("not evaluated, the budget being spent: CoT Self-Consistency");
        CliTest.Result dry = CliTest.metaforge("eval", CliTest.SAMPLES + "agents/cot-sc.agent.groovy", "--tasks",
                CliTest.SAMPLES + "bench/arith.jsonl", "--dry-run");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("CoT Self-Consistency         ~1,500 calls").contains("nothing is spent");
    }

    @Test
    void anExistingArchiveIsRecordedToUnlessToldNot() throws Exception {
        String archive = dir.resolve("auto").toString();
        String[] eval = {"eval", CliTest.SAMPLES + "agents/cot.agent.groovy", "--tasks",
            CliTest.SAMPLES + "tasks/arith-sample.jsonl", "--archive", archive};
        assertThat(CliTest.metaforge(eval).err()).doesNotContain("recorded");
        assertThat(dir.resolve("auto.mv.db")).doesNotExist();
        assertThat(CliTest.metaforge(java.util.stream.Stream.concat(java.util.Arrays.stream(eval),
                java.util.stream.Stream.of("--record")).toArray(String[]::new)).err()).contains("recorded Chain-of-Thought");
        assertThat(CliTest.metaforge(eval).err()).contains("recorded Chain-of-Thought as design #1, evaluation #2");
        assertThat(CliTest.metaforge(java.util.stream.Stream.concat(java.util.Arrays.stream(eval),
                java.util.stream.Stream.of("--no-record")).toArray(String[]::new)).err()).doesNotContain("recorded");
    }

    @Test
    void badScorerAndMissingGoldAreClearErrors(@TempDir Path files) throws Exception {
        CliTest.Result scorer = CliTest.metaforge("eval", CliTest.SAMPLES + "agents/cot.agent.groovy", "--tasks",
                CliTest.SAMPLES + "tasks/arith-sample.jsonl", "--scorer", "answer.equals(gold");
        assertThat(scorer.code()).isEqualTo(2);
        assertThat(scorer.err()).contains("the scorer expression does not compile at column");
        Path noGold = files.resolve("t.jsonl");
        Files.writeString(noGold, "{\"question\": \"q\"}\n");
        CliTest.Result gold = CliTest.metaforge("eval", CliTest.SAMPLES + "agents/cot.agent.groovy", "--tasks", noGold.toString());
        assertThat(gold.code()).isEqualTo(1);
        assertThat(gold.err()).contains("every task needs a gold \"answer\"");
    }
}
