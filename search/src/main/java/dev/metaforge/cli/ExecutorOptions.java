package dev.metaforge.cli;

import dev.metaforge.archive.ArchiveLocation;
import dev.metaforge.dsl.TaskRunner;
import dev.metaforge.workers.ClusterTaskRunner;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where tasks run: in this process, or on the workers that meet in the archive ({@code metaforge worker}). */
final class ExecutorOptions {
    @Option(names = "--executor", defaultValue = "in-process", paramLabel = "in-process|workers",
            description = "Run tasks here, or hand them to the workers of the archive's cluster (metaforge worker "
                    + "--archive, the same archive); each worker answers with its own model (default: ${DEFAULT-VALUE}).")
    String executor;

    @Option(names = "--cluster-host", defaultValue = "127.0.0.1", description = "With --executor workers: the address "
            + "the workers reach this process at (default: ${DEFAULT-VALUE}).")
    String clusterHost;

    @Option(names = "--worker-wait", defaultValue = "60", paramLabel = "SECONDS", description = "With --executor "
            + "workers: how long a task waits for a worker to join before it fails (default: ${DEFAULT-VALUE}).")
    long workerWait;

    /** The runner for {@code --executor}, or null to run tasks in this process. */
    ClusterTaskRunner open(String archiveOption, PrintWriter err) {
        switch (executor) {
            case "in-process":
                return null;
            case "workers":
                String location = ArchiveLocation.resolve(archiveOption, Environment.variables());
                ClusterTaskRunner runner = ClusterTaskRunner.join(location, clusterHost, Duration.ofSeconds(workerWait));
                err.println("handing tasks to the workers of " + dev.metaforge.dsl.TerminalText.inline(
                        ArchiveLocation.shown(location), 300) + ": " + runner.workers().size() + " in the cluster now");
                return runner;
            default:
                throw new UsageException("--executor takes in-process or workers, not " + executor);
        }
    }

    /** What the workers did, for the end of a command. */
    static void report(TaskRunner runner, PrintWriter err) {
        if (runner instanceof ClusterTaskRunner cluster) {
            err.println("workers at the end: " + cluster.workers().size() + "; tasks sent again after their worker left: "
                    + cluster.retried());
        }
    }
}
