package dev.metaforge.cli;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.ArchiveLocation;
import dev.metaforge.archive.NewDesign;
import dev.metaforge.archive.NewEvaluation;
import dev.metaforge.archive.TaskRecord;
import dev.metaforge.archive.TaskRecords;
import dev.metaforge.dsl.Agent;
import dev.metaforge.eval.EvaluationReport;
import dev.metaforge.model.LanguageModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Stores a design and an evaluation of it (with every task's result and trace) in the archive. */
final class EvaluationRecorder {
    private EvaluationRecorder() {
    }

    /** The benchmark's name in the archive: the task file's name without {@code .jsonl}. */
    static String benchmark(Path tasksFile) {
        return tasksFile.getFileName().toString().replaceFirst("\\.jsonl$", "");
    }

    /** Returns {design id, evaluation id}. */
    static long[] record(Archive archive, Agent agent, String benchmark, String split, String benchHash,
                         EvaluationReport report, LanguageModel model, long seed) {
        List<TaskRecord> rows = new ArrayList<>();
        for (EvaluationReport.Scored t : report.tasks()) {
            rows.add(TaskRecords.of(t.result(), t.score() >= 1, t.score()));
        }
        long design = archive.designs().add(NewDesign.builder(agent.name(), agent.source())
                .description(agent.description()).build());
        long evaluation = archive.evaluations().save(new NewEvaluation(design, null, benchmark, split, benchHash,
                model.name(), model.simulated(), seed, report.mean(),
                report.ciLow(), report.ciHigh(), report.calls(), report.tokens(), report.cost(), report.failures(), rows));
        return new long[] {design, evaluation};
    }

    static Archive open(String archiveOption) {
        return Archive.open(ArchiveLocation.resolve(archiveOption, Environment.variables()));
    }

    /** The archive a command only looks at (see {@link Archive#openForReading}). */
    static Archive openForReading(String archiveOption) {
        return Archive.openForReading(ArchiveLocation.resolve(archiveOption, Environment.variables()));
    }
}
