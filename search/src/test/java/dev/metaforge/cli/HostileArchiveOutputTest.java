package dev.metaforge.cli;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text that was stored reaches no terminal raw either: scripts whose names, descriptions,
 * answers, errors and logs carry escape sequences are evaluated into an archive, then every
 * command that reads the archive back prints them inert and bounded.
 */
class HostileArchiveOutputTest {
    private static final Path CORPUS = Path.of("../dsl/src/test/resources/hostile-output");
    private static final List<String> SCRIPTS = List.of("01-answer-csi-clear-title.agent.groovy",
            "09-error-csi-clear-title.agent.groovy", "22-describe-csi-forged.agent.groovy",
            "26-log-csi-osc.agent.groovy", "06-answer-forged-summary-lines.agent.groovy");

    @TempDir
    Path dir;

    @Test
    void evalAndEveryArchiveCommandPrintHostileTextInert() throws Exception {
        String archive = dir.resolve("archive").toString();
        Path tasks = dir.resolve("tasks.jsonl");
        Files.writeString(tasks, "{\"id\": \"t1\", \"question\": \"What is 2+3?\", \"answer\": \"5\"}\n"
                + "{\"id\": \"t2\", \"question\": \"What is 4+4?\", \"answer\": \"8\"}\n");
        for (String script : SCRIPTS) {
            CliTest.Result eval = CliTest.metaforge("eval", CORPUS.resolve(script).toString(), "--tasks", tasks.toString(),
                    "--record", "--archive", archive, "--time-limit", "3");
            HostileOutputTest.assertContained(script, "eval --record", eval);
        }
        HostileOutputTest.assertContained("all", "eval table", CliTest.metaforge(
                SCRIPTS.stream().map(s -> CORPUS.resolve(s).toString())
                        .collect(java.util.stream.Collectors.toCollection(() -> new java.util.ArrayList<>(
                                List.of("eval")))).toArray(String[]::new)));
        CliTest.Result list = CliTest.metaforge("archive", "--archive", archive, "list");
        HostileOutputTest.assertContained("archive", "list", list);
        HostileOutputTest.assertContained("archive", "list --json", CliTest.metaforge("archive", "--archive", archive,
                "list", "--json"));
        HostileOutputTest.assertContained("archive", "runs", CliTest.metaforge("archive", "--archive", archive, "runs"));
        for (int id = 1; id <= SCRIPTS.size(); id++) {
            String n = String.valueOf(id);
            HostileOutputTest.assertContained("archive", "show " + n, CliTest.metaforge("archive", "--archive", archive,
                    "show", n));
            HostileOutputTest.assertContained("archive", "lineage " + n, CliTest.metaforge("archive", "--archive",
                    archive, "lineage", n));
            HostileOutputTest.assertContained("archive", "export " + n, CliTest.metaforge("archive", "--archive",
                    archive, "export", n));
        }
        HostileOutputTest.assertContained("archive", "diff", CliTest.metaforge("archive", "--archive", archive,
                "diff", "1", "2"));
    }
}
