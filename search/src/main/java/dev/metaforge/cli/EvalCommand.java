package dev.metaforge.cli;

import dev.metaforge.archive.Archive;
import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.eval.Benchmark;
import dev.metaforge.eval.Benchmarks;
import dev.metaforge.eval.Bootstrap;
import dev.metaforge.eval.Budget;
import dev.metaforge.eval.BudgetLimit;
import dev.metaforge.eval.EvaluationReport;
import dev.metaforge.eval.Evaluator;
import dev.metaforge.eval.GoldTask;
import dev.metaforge.eval.Racing;
import dev.metaforge.eval.ScorerException;
import dev.metaforge.eval.Scorers;
import dev.metaforge.eval.TaskFileException;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.Models;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code metaforge eval}: scores one or more agent scripts on a task file and ranks them. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate agent scripts on a JSONL task file with gold answers: mean score with a seeded",
                "bootstrap 95 %% interval, calls, tokens, cost and failures by kind, ranked best first."},
        footer = {"", "Examples:",
                "  metaforge eval samples/agents/*.agent.groovy --tasks samples/bench/arith.jsonl",
                "  metaforge eval samples/agents/cot.agent.groovy --tasks t.jsonl --scorer 'answer.trim().equalsIgnoreCase(gold)'",
                "  metaforge eval samples/designs/*.agent.groovy --tasks samples/bench/arith.jsonl --record --json"})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Agent scripts.")
    List<Path> scripts;

    @Option(names = {"--bench", "--tasks"}, required = true, paramLabel = "BENCH",
            description = "A task file (.jsonl, MGSM .tsv, GPQA .csv) or a benchmark with a NAME.bench.json beside it "
                    + "(e.g. samples/bench/arith).")
    String bench;

    @Option(names = "--split", description = "Which split to evaluate (default: val when the benchmark has one, else all).")
    String split;

    @Option(names = "--scorer", description = "exact, numeric, f1, choice, or a Java expression over answer and gold "
            + "(default: the benchmark's, else numeric).")
    String scorer;



    @Option(names = "--concurrency", defaultValue = "8", description = "Tasks run at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--resamples", defaultValue = "10000", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;



    @Option(names = "--race", description = "Race the designs: growing batches, dropping each as soon as its interval "
            + "is clearly below the best; reports the calls saved against a full evaluation.")
    boolean race;

    @Option(names = "--first-batch", defaultValue = "20", description = "Tasks in a race's first batch; each next "
            + "batch is half as large again (default: ${DEFAULT-VALUE}).")
    int firstBatch;

    @Mixin
    BudgetOptions budgets;

    @Option(names = "--dry-run", description = "Estimate calls and tokens from a pilot of 5 tasks per design on sim, "
            + "spending nothing, and stop.")
    boolean dryRun;

    @Option(names = "--record", negatable = true, description = "Store each design and its evaluation in the archive "
            + "(default: on when the archive already exists, off otherwise).")
    Boolean record;


    @Mixin
    ModelOptions options;

    @Mixin
    VerboseOption verbosity;

    @Mixin
    ExecutorOptions executor;


    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldTask> tasks;
        LanguageModel languageModel;
        ModelChoice choice;
        Benchmark benchmark;
        Benchmark.Split chosen;
        try {
            benchmark = Benchmarks.load(bench);
            split = split != null ? split : benchmark.splitNames().contains("val") ? "val" : "all";
            chosen = benchmark.split(split);
            tasks = chosen.tasks();
            scorer = scorer != null ? scorer : benchmark.scorer();
            if (tasks.stream().anyMatch(t -> t.gold() == null)) {
                err.println("metaforge: " + bench + ": every task needs a gold \"answer\" to be evaluated");
                return 1;
            }
            choice = options.open();
            languageModel = choice.model;
        } catch (TaskFileException | Models.UnknownModelException e) {
            err.println("metaforge: " + e.getMessage());
            return 1;
        }
        try (choice) {
            return evaluate(out, err, tasks, languageModel, benchmark, chosen);
        }
    }

    private int evaluate(PrintWriter out, PrintWriter err, List<GoldTask> tasks, LanguageModel languageModel,
                         Benchmark benchmark, Benchmark.Split chosen) throws Exception {
        if (dryRun) {
            return DryRun.estimate(out, scripts, tasks, languageModel, options.seed);
        }
        budgets.validate();
        Budget budget = budgets.budget(0);
        Evaluator evaluator;
        try {
            evaluator = new Evaluator(Scorers.of(scorer), concurrency, resamples, options.seed, budget);
        } catch (ScorerException e) {
            err.println("metaforge: " + e.getMessage());
            return 2;
        }
        List<EvaluationReport> reports = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        RunLimits limits = RunLimits.DEFAULT.withTimePerTask(options.timePerTask());
        try (evaluator; dev.metaforge.workers.ClusterTaskRunner runner = executor.open(options.archive, err);
             AgentEngine engine = ScriptCache.keep(AgentEngine.builder().model(languageModel).seed(options.seed)
                     .limits(limits).runTasksWith(runner)).build();
             Archive store = recording() ? EvaluationRecorder.open(options.archive) : null) {
            List<Agent> agents = new ArrayList<>();
            for (Path script : scripts) {
                try {
                    agents.add(engine.compile(script));
                } catch (CompilationFailed | IOException e) {
                    refused.put(script.toString(), e instanceof IOException io ? Json.reason(io) : e.getMessage());
                }
            }
            if (race) {
                Racing racing = new Racing(evaluator, Scorers.of(scorer), firstBatch, resamples, options.seed);
                List<Racing.Entrant> entrants = racing.race(agents, tasks);
                RaceTable.print(out, json, entrants, tasks.size(), refused);
                return refused.isEmpty() ? 0 : 1;
            }
            for (Agent agent : agents) {
                if (budget.exhausted().isPresent()) {
                    skipped.add(agent.name());
                    continue;
                }
                Progress progress = new Progress(err, agent.name(), tasks.size());
                EvaluationReport report = evaluator.evaluate(agent, tasks, progress::update);
                progress.finish();
                reports.add(report);
                if (store != null) {
                    long[] ids = EvaluationRecorder.record(store, agent, benchmark.name(), split, chosen.hash(), report,
                            languageModel, options.seed);
                    err.println("recorded " + agent.name() + " as design #" + ids[0] + ", evaluation #" + ids[1]);
                }
            }
            ExecutorOptions.report(runner, err);
        }
        reports.sort(Comparator.comparingDouble(EvaluationReport::mean).reversed());
        if (json) {
            out.println(Json.write(Map.of("benchmark", benchmark.name(), "split", split, "scorer", scorer,
                    "model", languageModel.name(), "simulated", languageModel.simulated(), "seed", options.seed,
                    "designs", reports.stream().map(EvalCommand::summary).toList(), "refused", refused,
                    "skipped", skipped, "budget", Map.of("stoppedBy", budget.exhausted().map(BudgetLimit::describe).orElse(""),
                            "calls", budget.spentCalls(), "tokens", budget.spentTokens(), "cost", budget.spentCost()))));
        } else {
            table(out, reports, languageModel, benchmark.name(), tasks.size());
            budget.exhausted().ifPresent(limit -> out.printf(Locale.ROOT, "stopped by the budget: %s; spent %d calls, "
                    + "%d tokens, $%.4f%n", limit, budget.spentCalls(), budget.spentTokens(), budget.spentCost()));
            reports.stream().filter(r -> r.stoppedBy() != null)
                    .forEach(r -> out.println("cut short by the budget: " + r.agent() + " (" + r.n() + " tasks)"));
            if (!skipped.isEmpty()) {
                out.println("not evaluated, the budget being spent: " + String.join(", ", skipped));
            }
            refused.forEach((file, why) -> out.println("refused " + file + ":\n" + why));
        }
        return refused.isEmpty() ? 0 : 1;
    }

    private boolean recording() {
        if (record != null) {
            return record;
        }
        Path file = dev.metaforge.archive.ArchiveLocation.h2File(
                dev.metaforge.archive.ArchiveLocation.resolve(options.archive, Environment.variables()));
        return file == null || java.nio.file.Files.exists(file);
    }

    private void table(PrintWriter out, List<EvaluationReport> reports, LanguageModel languageModel, String benchmark,
                       int n) {
        out.printf("%s/%s (%d tasks), scorer %s, model %s%s, seed %d%n", benchmark, split, n, scorer,
                languageModel.name(), languageModel.simulated() ? " (simulated)" : "", options.seed);
        out.printf("%4s  %-28s %7s  %-15s %5s %7s %9s %8s  %s%n", "RANK", "AGENT", "SCORE", "95% CI", "N", "CALLS",
                "TOKENS", "COST", "FAILURES");
        int rank = 1;
        for (EvaluationReport r : reports) {
            out.printf(Locale.ROOT, "%4d  %-28s %6.1f%%  [%5.1f, %5.1f] %5d %7d %9d %8s  %s%n", rank++,
                    r.agent().length() > 28 ? r.agent().substring(0, 27) + "…" : r.agent(), 100 * r.mean(),
                    100 * r.ciLow(), 100 * r.ciHigh(), r.n(), r.calls(), r.tokens(),
                    String.format(Locale.ROOT, "$%.2f", r.cost()), r.failures().isEmpty() ? "-" : r.failures());
        }
    }

    private static Map<String, Object> summary(EvaluationReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agent", r.agent());
        m.put("n", r.n());
        m.put("score", r.mean());
        m.put("ciLow", r.ciLow());
        m.put("ciHigh", r.ciHigh());
        m.put("calls", r.calls());
        m.put("tokens", r.tokens());
        m.put("cost", r.cost());
        m.put("millis", r.millis());
        m.put("failures", r.failures());
        m.put("stoppedBy", r.stoppedBy() == null ? null : r.stoppedBy().describe());
        return m;
    }
}
