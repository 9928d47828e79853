package dev.metaforge.cli;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.ArchiveException;
import dev.metaforge.archive.RunRecord;
import dev.metaforge.eval.ScorerException;
import dev.metaforge.search.Objective;
import dev.metaforge.eval.TaskFileException;
import dev.metaforge.model.Models;
import dev.metaforge.search.Search;
import dev.metaforge.search.SearchOutcome;
import dev.metaforge.search.SearchSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metaforge search}: discovers better agents from seed designs on a benchmark, and archives everything. */
@Command(name = "search", mixinStandardHelpOptions = true, subcommands = SearchTreeCommand.class,
        description = {"Search for a better agent: start from seed designs, propose new ones (a meta-agent or "
                + "structural edits), race each on the validation split, keep every design, score and trace in the "
                + "archive, and measure the finalists once on the test split. The winner is chosen on validation, "
                + "never on test.", ""},
        footer = {"", "Examples:",
                "  metaforge search --bench samples/bench/arith --model sim",
                "  metaforge search --bench samples/bench/arith --strategy adas --proposer operators --max-designs 20",
                "  metaforge search --bench samples/bench/arith --model openai:gpt-4o-mini --budget-cost 2 --dry-run",
                "  metaforge search --resume 3          # continue run 3 after a kill, Ctrl-C or a budget stop",
                "  metaforge search tree 3              # the run's search tree",
                "", "Exit codes: 0 the search ran (or was stopped and can be resumed), 1 failure, 2 usage error."})
final class SearchCommand implements Callable<Integer> {
    /** The options a resumed run may be given anew: how much it may still spend, not what it is. */
    static final List<String> RESUMABLE = List.of("--budget-calls", "--budget-tokens", "--budget-cost", "--budget-time",
            "--max-designs", "--patience", "--concurrency", "--executor", "--cluster-host", "--worker-wait");

    @Spec
    CommandSpec spec;

    @Mixin
    SearchOptions search;

    @Mixin
    ModelOptions options;

    @Mixin
    VerboseOption verbosity;

    @Mixin
    ExecutorOptions executor;

    @Option(names = "--resume", paramLabel = "RUN", description = "Continue a stopped, killed or budget-stopped run with "
            + "its stored settings (options given now override them, e.g. a larger budget); what it had evaluated is "
            + "read back, not repeated.")
    Long resume;

    @Option(names = "--dry-run", description = "Estimate the calls and tokens of the search from a pilot on sim, and stop.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the outcome as JSON.")
    boolean json;

    @Override
    @SuppressWarnings("try") // the signal handlers are held for the try block, not used in it
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (resume != null) {
            return resumed(out, err);
        }
        SearchInputs inputs;
        try {
            inputs = SearchInputs.load(search, options);
        } catch (TaskFileException | IOException | IllegalArgumentException e) {
            err.println("metaforge: " + e.getMessage());
            return e instanceof IllegalArgumentException && !(e instanceof Models.UnknownModelException) ? 2 : 1;
        }
        if (dryRun) {
            try {
                return SearchDryRun.estimate(out, err, inputs, search, options);
            } catch (ScorerException e) {
                err.println("metaforge: " + e.getMessage());
                return 2;
            }
        }
        AtomicReference<SearchSession> session = new AtomicReference<>();
        err.flush();
        try (StopSignals signals = new StopSignals(() -> {
                 SearchSession s = session.get();
                 if (s != null) {
                     s.interrupt();
                 }
             });
             dev.metaforge.workers.ClusterTaskRunner runner = executor.open(options.archive, err);
             SearchRig rig = new SearchRig(search, options, runner)) {
            Search.Builder builder = rig.builder(inputs, search, search.strategy, options.seed)
                    .settingsJson(Json.write(Map.of("args", storedArguments())))
                    .listener(new SearchProgress(err, json)).onSession(session::set);
            if (search.resumeRun != null) {
                builder.resume(search.resumeRun);
            }
            SearchOutcome outcome = builder.build().run();
            SearchReport.print(out, outcome, inputs, rig.solver(), json, Objective.of(search.objective), search.costWeight);
            ExecutorOptions.report(runner, err);
            out.flush();
            return outcome.finalists().isEmpty() && !outcome.interrupted() ? 1 : 0;
        } catch (ScorerException e) {
            err.println("metaforge: " + e.getMessage());
            return 2;
        } catch (ArchiveException | dev.metaforge.search.SearchException e) {
            err.println("metaforge: " + e.getMessage());
            return 1;
        }
    }

    /** Re-reads run {@code resume}'s stored arguments and runs them again as that run. */
    private int resumed(PrintWriter out, PrintWriter err) {
        RunRecord run;
        try (Archive archive = EvaluationRecorder.open(options.archive)) {
            run = archive.runs().find(resume).orElse(null);
        }
        if (run == null) {
            err.println("metaforge: no run " + resume + " in the archive (see metaforge archive runs)");
            return 1;
        }
        if (run.status() == dev.metaforge.archive.RunStatus.DONE) {
            err.println("metaforge: run " + resume + " already ended (" + run.status() + "); see metaforge archive run "
                    + resume);
            return 1;
        }
        List<String> storedArgs = stored(run.settings());
        if (storedArgs == null) {
            err.println("metaforge: run " + resume + " was made by " + run.strategy() + " within compare and cannot be "
                    + "resumed on its own; start a new search");
            return 1;
        }
        List<String> given = storedArguments();
        for (String a : given) {
            if (a.startsWith("--") && RESUMABLE.stream().noneMatch(o -> a.equals(o) || a.startsWith(o + "="))) {
                err.println("metaforge: on --resume only " + String.join(", ", RESUMABLE) + " can change; " + a
                        + " is the run's own");
                return 2;
            }
        }
        List<String> args = new ArrayList<>(storedArgs);
        args.addAll(given); // e.g. a larger --budget-calls for a run the budget stopped
        if (!given.isEmpty()) {
            try (Archive archive = EvaluationRecorder.open(options.archive)) {
                archive.runs().settings(resume, Json.write(Map.of("args", args)));
            }
        }
        if (options.archive != null) {
            args.addAll(List.of("--archive", options.archive));
        }
        SearchCommand again = new SearchCommand();
        CommandLine cli = new CommandLine(again);
        cli.setOverwrittenOptionsAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.parseArgs(args.toArray(String[]::new));
        again.search.resumeRun = resume;
        again.json = json || again.json;
        err.println("resuming run " + resume + " (" + run.strategy() + ", seed " + run.seed() + ")");
        try {
            return again.call();
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** This command's arguments without the archive's location (given again on resume) and --resume. */
    private List<String> storedArguments() {
        List<String> all = spec.commandLine().getParseResult().originalArgs();
        int start = all.indexOf("search") + 1;
        List<String> kept = new ArrayList<>();
        for (int i = start; i < all.size(); i++) {
            String a = all.get(i);
            if (a.equals("--archive") || a.equals("--resume")) {
                i++;
            } else if (!a.startsWith("--archive=") && !a.startsWith("--resume=") && !a.equals("--json")) {
                kept.add(a);
            }
        }
        return kept;
    }

    @SuppressWarnings("unchecked")
    private static List<String> stored(String settings) {
        try {
            return (List<String>) Json.mapper().readValue(settings, Map.class).get("args");
        } catch (IOException e) {
            throw new ArchiveException("the run's settings could not be read: " + e.getMessage(), e);
        }
    }
}
