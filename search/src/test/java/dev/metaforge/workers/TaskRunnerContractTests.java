package dev.metaforge.workers;

import dev.metaforge.dsl.TaskRunner;
import dev.metaforge.dsl.isolate.ProcessIsolation;
import dev.metaforge.model.sim.SimModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The task-runner contract run against every runner: worker processes on this machine, workers of a cluster. */
class TaskRunnerContractTests {
    @Nested
    class WorkerProcesses extends TaskRunnerContract {
        @Override
        protected TaskRunner open() {
            return new ProcessIsolation(2, List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        }
    }

    /** A worker member in this JVM beside the runner's own: the same cluster as across machines, without their start-up. */
    @Nested
    class ClusterWorkers extends TaskRunnerContract {
        @TempDir
        Path dir;
        private Worker worker;

        @Override
        protected TaskRunner open() {
            String archive = dir.resolve("archive").toString();
            worker = Worker.start(archive, "127.0.0.1", 5901, 4, "sim", SimModel::new);
            ClusterTaskRunner runner = ClusterTaskRunner.join(archive, "127.0.0.1", Duration.ofSeconds(60));
            return new TaskRunner() {
                @Override
                public dev.metaforge.dsl.TaskResult run(String source, String fileName, dev.metaforge.dsl.Task task,
                                                        long seed, dev.metaforge.dsl.RunLimits limits,
                                                        dev.metaforge.model.LanguageModel model) {
                    return runner.run(source, fileName, task, seed, limits, model);
                }

                @Override
                public void close() {
                    runner.close();
                    worker.close();
                }
            };
        }
    }
}
