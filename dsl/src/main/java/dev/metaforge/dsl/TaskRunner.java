package dev.metaforge.dsl;

import dev.metaforge.model.LanguageModel;

/**
 * Runs whole tasks away from the engine's own threads: in worker processes on this machine
 * ({@code ProcessIsolation}) or on other machines (the workers of a cluster, outside this module).
 * The engine has compiled and checked the script; the runner compiles it again where it runs.
 * A runner never throws for a task: what went wrong is the result's failure and error.
 */
public interface TaskRunner extends AutoCloseable {
    /**
     * Runs {@code task} with the script {@code source}; {@code model} is the engine's, which a runner
     * may call on the worker's behalf or leave for a model of the worker's own.
     */
    TaskResult run(String source, String fileName, Task task, long seed, RunLimits limits, LanguageModel model);

    @Override
    void close();
}
