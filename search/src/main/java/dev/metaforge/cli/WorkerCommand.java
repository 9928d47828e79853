package dev.metaforge.cli;

import dev.metaforge.archive.ArchiveException;
import dev.metaforge.archive.ArchiveLocation;
import dev.metaforge.dsl.TerminalText;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.Models;
import dev.metaforge.workers.Worker;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metaforge worker}: takes tasks from the searches and evaluations that meet in the same archive, until Ctrl-C. */
@Command(name = "worker", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run evaluation tasks for searches and evaluations started with --executor workers on the same "
                + "archive, with this machine's model, until Ctrl-C.",
            "",
            "Workers and searches meet through the archive: each records where it listens, and a new one joins those "
                + "alive. Give every machine the same --archive (a PostgreSQL URL across machines).",
            "",
            "Example:  metaforge worker --archive jdbc:postgresql://db:5432/team --concurrency 8 --model openai:local"})
final class WorkerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--archive", paramLabel = "PATH|JDBC-URL", description = "The archive the searches use "
            + "(default: $METAFORGE_ARCHIVE, else .metaforge/archive).")
    String archive;

    @Option(names = "--concurrency", defaultValue = "4", description = "Tasks run at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--model", defaultValue = "sim", description = "This worker's model: sim, openai:MODEL, "
            + "anthropic:MODEL (keys and base URLs from this machine's environment; default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--sim-latency", defaultValue = "0", paramLabel = "MS",
            description = "Delay added to each sim call, to imitate a real model (default: ${DEFAULT-VALUE}).")
    long simLatency;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "The address the other members reach this "
            + "worker at (default: ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "5701", description = "The first port to try; the next free one is taken "
            + "(default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    VerboseOption verbosity;

    @Override
    public Integer call() throws Exception {
        if (concurrency < 1) {
            throw new UsageException("--concurrency must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        java.util.Map<String, String> environment = Environment.variables();
        LanguageModel probe = Models.resolve(model, 0, Duration.ZERO, environment);
        String location = ArchiveLocation.resolve(archive, environment);
        CountDownLatch stopped = new CountDownLatch(1);
        try (Worker worker = Worker.start(location, host, port, concurrency, model + (probe.simulated() ? " (simulated)" : ""),
                seed -> Models.resolve(model, seed, Duration.ofMillis(simLatency), environment));
             StopSignals signals = new StopSignals(stopped::countDown)) {
            out.println("worker listening on " + worker.address() + ", " + concurrency + " task(s) at a time, model "
                    + TerminalText.inline(model, 200) + (probe.simulated() ? " (simulated)" : "") + ", archive "
                    + TerminalText.inline(ArchiveLocation.shown(location), 300) + "  (Ctrl-C to stop)");
            out.flush();
            long reported = 0;
            while (!stopped.await(10, TimeUnit.SECONDS)) {
                long done = worker.done();
                if (done != reported) {
                    out.println("tasks done: " + done);
                    out.flush();
                    reported = done;
                }
            }
            out.println("stopped after " + worker.done() + " task(s)");
        } catch (ArchiveException e) {
            spec.commandLine().getErr().println("metaforge: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
