package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.metaforge.archive.Archive;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code metaforge search} and {@code search tree} as a user runs them. */
class SearchCliTest {
    static final String[] SMALL = {"search", "--bench", CliTest.SMALL_BENCH, "--seeds", CliTest.SAMPLES
            + "agents/cot.agent.groovy", CliTest.SAMPLES + "agents/cot-sc.agent.groovy", "--max-designs", "4",
        "--first-batch", "10", "--batch", "10", "--resamples", "500"};

    @TempDir
    Path dir;

    private String archive() {
        return dir.resolve("archive").toString();
    }

    static String[] with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void theMainJobBeatsEveryAndTheBestSeedWithIntervalsApartOnTest() {
        CliTest.Result r = CliTest.metaforge("search", "--bench", CliTest.SAMPLES + "bench/arith", "--model", "sim",
                "--seeds", CliTest.SAMPLES + "agents", "--archive", archive());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("search mcts on arith (val 100 / test 200 tasks), model sim (simulated)")
                .contains("<- winner").contains("best seed")
                .contains("On test the winner beats the best seed with intervals apart")
                .contains("metaforge search tree 1").contains("agent('");
        assertThat(r.err()).contains("[seed   ]").contains("best ");
        try (Archive a = Archive.open(archive())) {
            assertThat(a.runs().find(1).orElseThrow().status()).isIn(dev.metaforge.archive.RunStatus.DONE, dev.metaforge.archive.RunStatus.BUDGET);
        }
    }

    @Test
    void jsonNamesTheWinnerWithValidationAndTestScores() throws Exception {
        CliTest.Result r = CliTest.metaforge(with(SMALL, "--archive", archive(), "--json", "--strategy", "adas"));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("strategy").asText()).isEqualTo("adas");
        assertThat(root.get("simulated").asBoolean()).isTrue();
        assertThat(root.get("proposals").asInt()).isEqualTo(4);
        JsonNode winner = root.get("finalists").get(0);
        assertThat(winner.get("design").asLong()).isEqualTo(root.get("winner").asLong());
        assertThat(winner.get("val").get("n").asInt()).isEqualTo(40);
        assertThat(winner.get("test").get("n").asInt()).isEqualTo(40);
    }

    @Test
    void theTreeShowsEveryNodeWithItsScoreAndCritique() throws Exception {
        assertThat(CliTest.metaforge(with(SMALL, "--archive", archive(), "--proposer", "meta-agent")).code()).isZero();
        CliTest.Result tree = CliTest.metaforge("search", "tree", "1", "--archive", archive());
        assertThat(tree.code()).as(tree.err()).isZero();
        assertThat(tree.out()).startsWith("run 1 (mcts, seed 42, done): 6 nodes").contains("#1 Chain-of-Thought  [")
                .contains("N=").contains("v=").containsPattern("\n  #\\d+ ");
        JsonNode nodes = new ObjectMapper().readTree(CliTest.metaforge("search", "tree", "1", "--archive", archive(),
                "--json").out()).get("nodes");
        assertThat(nodes).hasSize(6);
        assertThat(CliTest.metaforge("search", "tree", "9", "--archive", archive()).code()).isEqualTo(1);
    }

    @Test
    void aDryRunSpendsNothingAndOnSimItsEstimateIsTheRunItself() {
        CliTest.Result r = CliTest.metaforge(with(SMALL, "--archive", archive(), "--dry-run"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("dry run: the search rehearsed 3 times on sim").doesNotContain("at most");
        assertThat(dir.resolve("archive.mv.db")).doesNotExist();
        java.util.regex.Matcher about = java.util.regex.Pattern.compile("about ([\\d,]+) calls \\(([\\d,]+) to ([\\d,]+)")
                .matcher(r.out());
        assertThat(about.find()).as(r.out()).isTrue();
        CliTest.Result run = CliTest.metaforge(with(SMALL, "--archive", archive()));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("; " + about.group(1) + " calls, ");
        long low = Long.parseLong(about.group(2).replace(",", ""));
        long high = Long.parseLong(about.group(3).replace(",", ""));
        assertThat(Long.parseLong(about.group(1).replace(",", ""))).isBetween(low, high);
    }

    @Test
    void badInputGetsAClearErrorAndTheRightExitCode() {
        CliTest.Result strategy = CliTest.metaforge(with(SMALL, "--archive", archive(), "--strategy", "greedy"));
        assertThat(strategy.code()).isEqualTo(2);
        assertThat(strategy.err()).contains("--strategy takes mcts, adas or random, not greedy");
        CliTest.Result noBench = CliTest.metaforge("search", "--archive", archive());
        assertThat(noBench.code()).isEqualTo(2);
        assertThat(noBench.err()).contains("name a benchmark with --bench");
        CliTest.Result missing = CliTest.metaforge("search", "--bench", "nowhere/none.jsonl", "--archive", archive());
        assertThat(missing.code()).isEqualTo(1);
        CliTest.Result seeds = CliTest.metaforge("search", "--bench", CliTest.SAMPLES + "bench/arith", "--seeds", "nowhere",
                "--archive", archive());
        assertThat(seeds.code()).isEqualTo(1);
        assertThat(seeds.err()).contains("no seed designs at nowhere");
        CliTest.Result batch = CliTest.metaforge(with(SMALL, "--archive", archive(), "--batch", "0"));
        assertThat(batch.code()).isEqualTo(2);
        assertThat(batch.err()).contains("--batch");
        CliTest.Result resume = CliTest.metaforge("search", "--resume", "5", "--archive", archive());
        assertThat(resume.code()).isEqualTo(1);
        assertThat(resume.err()).contains("no run 5 in the archive");
    }

    @Test
    void compareRunsEachStrategyWithEachSeedAndTabulates() throws Exception {
        String[] args = {"compare", "--strategies", "mcts,random", "--repeats", "2", "--bench", CliTest.SMALL_BENCH, "--seeds", CliTest.SAMPLES + "agents/cot.agent.groovy", CliTest.SAMPLES
                + "agents/cot-sc.agent.groovy", "--max-designs", "3", "--first-batch", "10", "--batch", "10",
            "--resamples", "300", "--archive", archive()};
        CliTest.Result r = CliTest.metaforge(args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("compare on arith-small (val 40 / test 40 tasks), model sim (simulated)")
                .contains("2 repeat(s) each").containsPattern("\\nmcts +\\d+\\.\\d% ± \\d+\\.\\d +\\d/2")
                .containsPattern("\\nrandom +\\d+\\.\\d%");
        assertThat(r.err()).contains("mcts    seed 42").contains("mcts    seed 43").contains("random  seed 43");
        String[] once = with(args, "--json");
        once[java.util.Arrays.asList(once).indexOf("--repeats") + 1] = "1";
        JsonNode root = new ObjectMapper().readTree(CliTest.metaforge(once).out());
        assertThat(root.get("runs")).hasSize(2);
        assertThat(root.get("strategies").get(0).get("runs").asInt()).isEqualTo(1);
        assertThat(root.get("runs").get(0).get("pathCalls").size()).isEqualTo(root.get("runs").get(0).get("pathBest").size());
        try (Archive a = Archive.open(archive())) {
            assertThat(a.runs().all()).hasSize(6);
        }
        CliTest.Result resumeCompare = CliTest.metaforge("search", "--resume", "1", "--archive", archive());
        assertThat(resumeCompare.err()).contains("already ended");
        assertThat(CliTest.metaforge("compare", "--strategies", "mcts,greedy", "--bench", CliTest.SAMPLES + "bench/arith",
                "--archive", archive()).code()).isEqualTo(2);
    }

    @Test
    void aRunTheBudgetStoppedResumesWithALargerBudgetButNotWithOtherSettings() throws Exception {
        CliTest.Result cut = CliTest.metaforge(with(SMALL, "--archive", archive(), "--budget-calls", "700", "--json"));
        assertThat(cut.code()).as(cut.err()).isZero();
        JsonNode first = new ObjectMapper().readTree(cut.out());
        assertThat(first.get("stoppedBy").asText()).startsWith("calls (");
        CliTest.Result other = CliTest.metaforge("search", "--resume", "1", "--seed", "3", "--archive", archive());
        assertThat(other.code()).isEqualTo(2);
        assertThat(other.err()).contains("on --resume only --budget-calls").contains("--seed is the run's own");
        CliTest.Result more = CliTest.metaforge("search", "--resume", "1", "--budget-calls", "0", "--archive", archive(),
                "--json");
        assertThat(more.code()).as(more.err()).isZero();
        JsonNode resumed = new ObjectMapper().readTree(more.out());
        assertThat(resumed.get("run").asLong()).isEqualTo(1);
        assertThat(resumed.get("stoppedBy").asText()).startsWith("designs (4 of 4)");
        assertThat(resumed.get("proposals").asInt()).isGreaterThan(first.get("proposals").asInt());
        try (Archive a = Archive.open(archive())) {
            assertThat(a.runs().find(1).orElseThrow().settings()).containsPattern("\"--budget-calls\",\\s*\"0\"");
        }
    }

    @Test
    void aFinishedRunIsNotResumedAndHelpTeaches() {
        assertThat(CliTest.metaforge(with(SMALL, "--archive", archive())).code()).isZero();
        CliTest.Result again = CliTest.metaforge("search", "--resume", "1", "--archive", archive());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("run 1 already ended (done)");
        CliTest.Result equals = CliTest.metaforge("search", "--resume=1", "--archive", archive());
        assertThat(equals.code()).isEqualTo(1);
        assertThat(equals.err()).contains("run 1 already ended (done)");
        CliTest.Result help = CliTest.metaforge("search", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--strategy").contains("--resume").contains("Examples:").contains("search tree 3");
    }
}
