package dev.metaforge.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small builders for archive tests. */
final class Fixtures {
    private Fixtures() {
    }

    static String script(String name) {
        return "agent('" + name + "') {\n    solve { task -> ask(task.question).answer }\n}\n";
    }

    static NewEvaluation evaluation(long designId, Long runId, String benchmark, double score, int tasks) {
        List<TaskRecord> rows = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            boolean correct = i < Math.round(score * tasks);
            rows.add(new TaskRecord("t" + i, String.valueOf(i), correct, correct ? 1 : 0, correct ? null : "RUNTIME",
                    correct ? null : "boom", "[{\"kind\":\"ask\",\"prompt\":\"q" + i + "\"}]", 1, 30, 0.0, 3));
        }
        return new NewEvaluation(designId, runId, benchmark, "val", "h".repeat(64), "sim", true, 42, score,
                Math.max(0, score - 0.1), Math.min(1, score + 0.1), tasks, 30L * tasks, 0.0,
                Map.of("RUNTIME", tasks - (int) Math.round(score * tasks)), rows);
    }
}
