package dev.metaforge.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.Task;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.dsl.TerminalText;
import dev.metaforge.dsl.TraceEvent;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.archive.Archive;
import dev.metaforge.archive.SourceHash;
import dev.metaforge.eval.Answers;
import dev.metaforge.eval.Bootstrap;
import dev.metaforge.eval.EvaluationReport;
import dev.metaforge.eval.ExactScorer;
import dev.metaforge.eval.GoldTask;
import dev.metaforge.eval.JsonlTasks;
import dev.metaforge.eval.TaskFileException;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.Models;
import dev.metaforge.model.Usage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code metaforge run}: runs one agent script on a question or a file of tasks. */
@Command(name = "run", mixinStandardHelpOptions = true, description = {"Run an agent script on one question (--task) or a JSONL file of tasks (--tasks).",
        "Where the file has gold answers, each answer is marked right or wrong; the agent never sees them."},
        footer = {"", "Examples:",
                "  metaforge run samples/agents/cot.agent.groovy --task \"Mia has 12 apples. She buys 7 more. How many apples does Mia have now?\"",
                "  metaforge run samples/agents/cot-sc.agent.groovy --tasks samples/tasks/arith-sample.jsonl --trace",
                "  metaforge run samples/agents/debate.agent.groovy --tasks samples/tasks/arith-sample.jsonl --json"})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The agent script.")
    Path script;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--task", paramLabel = "TEXT", description = "One question.")
        String task;

        @Option(names = "--tasks", paramLabel = "FILE", description = "JSONL: {\"id\", \"question\", \"answer\"?} per line.")
        Path tasks;
    }



    @Option(names = "--trace", description = "Print every model call and log line of each task.")
    boolean trace;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;


    @Option(names = "--max-calls", defaultValue = "100", description = "Model calls per task (default: ${DEFAULT-VALUE}).")
    int maxCalls;


    @Option(names = "--isolate", defaultValue = "none", paramLabel = "none|process",
            description = "process: run scripts in separate worker JVMs that are killed when a task overruns "
                    + "(contains code stuck inside library calls and memory exhaustion); default: ${DEFAULT-VALUE}.")
    Isolation isolate;

    @Option(names = "--workers", defaultValue = "2", description = "Worker processes with --isolate process "
            + "(default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--record", description = "Store the design and this evaluation (score, bootstrap interval, every task's "
            + "result and trace) in the archive; needs --tasks with gold answers.")
    boolean record;


    @picocli.CommandLine.Mixin
    ModelOptions options;


    @Mixin
    VerboseOption verbosity;

    enum Isolation { none, process }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldTask> tasks;
        try {
            tasks = input.task != null ? List.of(new GoldTask(Task.of("task", input.task), null))
                    : JsonlTasks.read(input.tasks);
        } catch (TaskFileException e) {
            err.println("metaforge: " + e.getMessage());
            return 1;
        }
        if (record && (input.tasks == null || tasks.stream().anyMatch(t -> t.gold() == null))) {
            err.println("metaforge: --record needs --tasks with a gold \"answer\" on every line");
            return 2;
        }
        ModelChoice choice;
        try {
            choice = options.open();
        } catch (Models.UnknownModelException e) {
            err.println("metaforge: " + e.getMessage());
            return 1;
        }
        LanguageModel languageModel = choice.model;
        RunLimits limits = RunLimits.DEFAULT.withTimePerTask(options.timePerTask())
                .withCallsPerTask(maxCalls);
        AgentEngine.Builder builder = ScriptCache.keep(AgentEngine.builder().model(languageModel).seed(options.seed)
                .limits(limits));
        if (isolate == Isolation.process) {
            builder.isolateInProcesses(workers);
        }
        try (choice; AgentEngine engine = builder.build()) {
            Agent agent;
            try {
                agent = engine.compile(script);
            } catch (NoSuchFileException e) {
                err.println("metaforge: " + script + ": no such file");
                return 1;
            } catch (IOException e) {
                err.println("metaforge: " + script + ": " + Json.reason(e));
                return 1;
            } catch (CompilationFailed e) {
                err.println(e.getMessage());
                err.println("metaforge: the script was refused; fix the errors above (metaforge check " + script + ")");
                return 1;
            }
            List<TaskResult> results = new ArrayList<>();
            int code = report(agent, languageModel, tasks, out, results);
            if (record) {
                EvaluationReport report = EvaluationReport.of(agent.name(), tasks, results, new ExactScorer(),
                        Bootstrap.DEFAULT_RESAMPLES, options.seed, results.stream().mapToLong(TaskResult::millis).sum());
                long[] ids;
                try (Archive store = EvaluationRecorder.open(options.archive)) {
                    ids = EvaluationRecorder.record(store, agent, EvaluationRecorder.benchmark(input.tasks), "all",
                            SourceHash.of(Files.readString(input.tasks)), report, languageModel, options.seed);
                }
                (json ? err : out).println("recorded as design #" + ids[0] + ", evaluation #" + ids[1]
                        + " (see metaforge archive show " + ids[0] + ")");
            }
            return code;
        }
    }

    private int report(Agent agent, LanguageModel languageModel, List<GoldTask> tasks, PrintWriter out,
                       List<TaskResult> results) {
        String label = languageModel.name() + (languageModel.simulated()
                ? " (simulated: answers come from the offline simulator, not a language model)" : "");
        if (!json) {
            out.println("agent: " + TerminalText.inline(agent.name(), 200) + (agent.description().isEmpty() ? ""
                    : " — " + TerminalText.inline(agent.description(), 500)));
            out.println("model: " + label + ", seed " + options.seed);
        }
        ObjectNode root = Json.object().put("agent", agent.name()).put("model", languageModel.name())
                .put("simulated", languageModel.simulated()).put("seed", options.seed);
        ArrayNode rows = root.putArray("results");
        int failed = 0;
        int graded = 0;
        int correct = 0;
        Usage spent = Usage.NONE;
        for (GoldTask gold : tasks) {
            TaskResult r = agent.solve(gold.task());
            results.add(r);
            spent = spent.plus(r.usage());
            Boolean right = gold.gold() == null ? null : Boolean.valueOf(r.ok() && Answers.matches(r.answer(), gold.gold()));
            failed += r.ok() ? 0 : 1;
            graded += gold.gold() == null ? 0 : 1;
            correct += Boolean.TRUE.equals(right) ? 1 : 0;
            ObjectNode node = rows.addObject().put("id", r.taskId());
            node.putPOJO("answer", r.answer());
            if (right != null) {
                node.put("gold", gold.gold()).put("correct", right);
            }
            node.put("failure", r.failure() == null ? null : r.failure().name()).put("error", r.error())
                    .put("calls", r.calls()).put("tokens", r.usage().totalTokens())
                    .put("cachedTokens", r.usage().cachedTokens()).put("reasoningTokens", r.usage().reasoningTokens())
                    .put("cost", r.usage().cost()).put("millis", r.millis());
            if (trace && json) {
                node.set("trace", Json.mapper().valueToTree(r.trace()));
            }
            if (!json) {
                printTask(out, r, gold, right);
            }
        }
        ObjectNode summary = root.putObject("summary").put("tasks", tasks.size()).put("failed", failed)
                .put("tokens", spent.totalTokens()).put("cachedTokens", spent.cachedTokens())
                .put("reasoningTokens", spent.reasoningTokens()).put("cost", spent.cost());
        if (graded > 0) {
            summary.put("graded", graded).put("correct", correct);
        }
        if (json) {
            out.println(Json.write(root));
        } else {
            out.println(tasks.size() + " task(s), " + failed + " failed" + (graded > 0 ? ", " + correct + "/" + graded
                    + " correct" : "") + (languageModel.simulated() ? " (simulated)" : ""));
            out.println(spending(spent));
        }
        return failed == 0 ? 0 : 1;
    }

    private void printTask(PrintWriter out, TaskResult r, GoldTask gold, Boolean right) {
        String mark = right == null ? "" : right ? "  right" : "  wrong (gold " + gold.gold() + ")";
        String answer = TerminalText.inline(r.ok() ? String.valueOf(r.answer()) : "FAILED [" + r.failure() + "] " + r.error(),
                2_000);
        out.printf("%-8s %s%s   %d call(s), %d ms%n", r.taskId(), answer, mark, r.calls(), r.millis());
        if (trace) {
            for (TraceEvent e : r.trace()) {
                if (e.isCall()) {
                    out.printf("    ask%s [%s, role %s, t=%.1f%s] %s%n        -> %s%n", e.branch().isEmpty() ? ""
                                    : " " + e.branch(), e.model(), e.role(), e.temperature(), e.simulated() ? ", simulated" : "",
                            oneLine(e.prompt()), TerminalText.inline(String.valueOf(e.reply()), 2_000));
                    if (!e.reasoning().isEmpty()) {
                        out.println("        reasoning: " + oneLine(e.reasoning()));
                    }
                } else {
                    out.println("    log" + (e.branch().isEmpty() ? "" : " " + e.branch()) + ": "
                            + TerminalText.inline(e.prompt(), 2_000));
                }
            }
        }
    }

    /** Tokens and dollars, with the cached and reasoning parts when the provider reported any. */
    static String spending(Usage u) {
        StringBuilder parts = new StringBuilder();
        if (u.cachedTokens() > 0) {
            parts.append(String.format("%,d cached", u.cachedTokens()));
        }
        if (u.reasoningTokens() > 0) {
            parts.append(parts.length() > 0 ? ", " : "").append(String.format("%,d reasoning", u.reasoningTokens()));
        }
        return String.format("spent: %,d tokens%s, $%.6f", u.totalTokens(), parts.length() > 0 ? " (" + parts + ")" : "",
                u.cost());
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return TerminalText.inline(flat, 160);
    }
}
