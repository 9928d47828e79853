package dev.metaforge.cli;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.ArchiveLocation;
import dev.metaforge.archive.NewDesign;
import dev.metaforge.archive.NewEvaluation;
import dev.metaforge.archive.SourceHash;
import dev.metaforge.archive.TaskRecord;
import dev.metaforge.archive.TaskRecords;
import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.eval.Answers;
import dev.metaforge.eval.GoldTask;
import dev.metaforge.eval.Wilson;
import dev.metaforge.model.LanguageModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Stores what {@code metaforge run --record} did: the design, and an evaluation with every task's result. */
final class RunRecorder {
    private RunRecorder() {
    }

    /** Returns {design id, evaluation id}. */
    static long[] record(String archiveOption, Agent agent, Path tasksFile, List<GoldTask> tasks, List<TaskResult> results,
                         LanguageModel model, long seed) throws IOException {
        List<TaskRecord> rows = new ArrayList<>();
        Map<String, Integer> failures = new TreeMap<>();
        int correct = 0;
        long calls = 0;
        long tokens = 0;
        double cost = 0;
        for (int i = 0; i < tasks.size(); i++) {
            TaskResult r = results.get(i);
            boolean right = r.ok() && Answers.matches(r.answer(), tasks.get(i).gold());
            correct += right ? 1 : 0;
            calls += r.calls();
            tokens += r.usage().totalTokens();
            cost += r.usage().cost();
            if (!r.ok()) {
                failures.merge(r.failure().name(), 1, Integer::sum);
            }
            rows.add(TaskRecords.of(r, right, right ? 1 : 0));
        }
        double[] ci = Wilson.interval95(correct, tasks.size());
        String benchmark = tasksFile.getFileName().toString().replaceFirst("\\.jsonl$", "");
        String benchHash = SourceHash.of(Files.readString(tasksFile));
        try (Archive archive = Archive.open(ArchiveLocation.resolve(archiveOption, System.getenv()))) {
            long design = archive.designs().add(NewDesign.builder(agent.name(), agent.source())
                    .description(agent.description()).build());
            long evaluation = archive.evaluations().save(new NewEvaluation(design, null, benchmark, "all", benchHash,
                    model.name(), model.simulated(), seed, correct / (double) tasks.size(), ci[0], ci[1], calls, tokens,
                    cost, failures, rows));
            return new long[] {design, evaluation};
        }
    }
}
