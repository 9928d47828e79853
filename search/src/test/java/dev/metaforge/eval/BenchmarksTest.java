package dev.metaforge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarksTest {
    private static final String SAMPLES = "../samples/bench/";

    @TempDir
    Path dir;

    @Test
    void theArithmeticSidecarPartitionsIntoDisjointSeededSplits() throws Exception {
        Benchmark bench = Benchmarks.load(SAMPLES + "arith");
        assertThat(bench.name()).isEqualTo("arith");
        assertThat(bench.scorer()).isEqualTo("numeric");
        List<GoldTask> val = bench.split("val").tasks();
        List<GoldTask> test = bench.split("test").tasks();
        assertThat(val).hasSize(100);
        assertThat(test).hasSize(200);
        Set<String> ids = new HashSet<>();
        val.forEach(t -> ids.add(t.task().getId()));
        test.forEach(t -> assertThat(ids.add(t.task().getId())).isTrue());
        assertThat(Benchmarks.load(SAMPLES + "arith").split("val").tasks()).isEqualTo(val);
        assertThat(bench.split("val").hash()).isNotEqualTo(bench.split("test").hash());
        assertThatThrownBy(() -> bench.split("train")).hasMessageContaining("has no split 'train'; it has test, val");
    }

    @Test
    void mgsmTsvReadsQuestionsAndAnswers() throws Exception {
        Benchmark bench = Benchmarks.load(SAMPLES + "mgsm-sample.tsv");
        List<GoldTask> tasks = bench.split("all").tasks();
        assertThat(tasks).hasSize(10);
        assertThat(tasks.get(0).task().getQuestion()).startsWith("Mia has 12 apples.");
        assertThat(tasks.get(0).gold()).isEqualTo("19");
        Path broken = dir.resolve("broken.tsv");
        Files.writeString(broken, "What is 2+2?\t4\nno answer column here\n");
        assertThatThrownBy(() -> TsvTasks.read(broken)).hasMessage(broken + ":2: expected two tab-separated columns, "
                + "question and answer; found 1 column(s)");
    }

    @Test
    void gpqaCsvShufflesChoicesWithAFixedSeedAndKeepsTheGoldLetter() throws Exception {
        List<GoldTask> tasks = Benchmarks.load(SAMPLES + "gpqa-sample.csv").split("all").tasks();
        assertThat(tasks).hasSize(5);
        for (GoldTask t : tasks) {
            assertThat(t.task().getChoices()).hasSize(4);
            String gold = t.task().getChoices().get(t.gold().charAt(0) - 'A');
            assertThat(gold).isIn("A) Photon", "B) Photon", "C) Photon", "D) Photon", "A) +7", "B) +7", "C) +7",
                    "D) +7", "A) Mitochondrion", "B) Mitochondrion", "C) Mitochondrion", "D) Mitochondrion", "A) 19.6 m",
                    "B) 19.6 m", "C) 19.6 m", "D) 19.6 m", "A) Thymine", "B) Thymine", "C) Thymine", "D) Thymine");
            assertThat(t.task().getQuestion()).contains("\nA) ").contains("\nD) ");
        }
        assertThat(Benchmarks.load(SAMPLES + "gpqa-sample.csv").split("all").tasks()).isEqualTo(tasks);
        assertThat(tasks.stream().map(GoldTask::gold).distinct().count()).isGreaterThan(1);
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "Question,Correct Answer,Incorrect Answer 1,Incorrect Answer 2\nq,a,b,c\n");
        assertThatThrownBy(() -> CsvChoiceTasks.read(broken, 0)).hasMessage(broken + ":1: missing column "
                + "\"Incorrect Answer 3\"; a GPQA-layout file has Question, Correct Answer, Incorrect Answer 1, "
                + "Incorrect Answer 2, Incorrect Answer 3");
    }

    @Test
    void dropJsonlPutsThePassageInTheTaskAndAllAnswersInTheGold() throws Exception {
        Benchmark bench = Benchmarks.load(SAMPLES + "drop-sample");
        assertThat(bench.scorer()).isEqualTo("f1");
        GoldTask first = bench.split("all").tasks().get(0);
        assertThat(first.gold()).isEqualTo("2|two");
        assertThat(first.task().getInputs()).containsKeys("passage", "question");
        assertThat(first.task().getQuestion()).endsWith("Question: How many field goals did the Steelers kick before halftime?");
        Path broken = dir.resolve("drop.jsonl");
        Files.writeString(broken, "{\"passage\": \"p\", \"question\": \"q\", \"answers\": [\"a\"]}\n"
                + "{\"passage\": \"p\", \"question\": \"q\", \"answers\": []}\n");
        assertThatThrownBy(() -> DropTasks.read(broken)).hasMessage(broken + ":2: \"answers\" must be a non-empty list "
                + "of acceptable answers");
    }

    @Test
    void aMissingBenchmarkOrABadSidecarIsExplained() throws Exception {
        assertThatThrownBy(() -> Benchmarks.load(dir.resolve("nothing").toString()))
                .hasMessageContaining("no such task file, and no nothing.bench.json beside it");
        Path sidecar = dir.resolve("odd.bench.json");
        Files.writeString(sidecar, "{\"format\": \"jsonl\"}");
        assertThatThrownBy(() -> Benchmarks.load(dir.resolve("odd").toString()))
                .hasMessageContaining("name the tasks with \"splits\"");
    }
}
