package dev.metaforge.dsl;

import dev.metaforge.dsl.isolate.ProcessIsolation;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.dsl.sandbox.CompiledScript;
import dev.metaforge.dsl.sandbox.ScriptCompiler;
import dev.metaforge.dsl.sandbox.VerifiedScriptFiles;
import dev.metaforge.model.LanguageModel;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Compiles agent scripts and runs them on tasks with a model, under run limits. Owns the
 * threads that tasks and their parallel branches run on; close it when done.
 *
 * <pre>{@code
 * try (AgentEngine engine = AgentEngine.builder().model(new SimModel(42)).build()) {
 *     Agent agent = engine.compile(Path.of("samples/agents/cot.agent.groovy"));
 *     TaskResult result = agent.solve("Mia has 12 apples. She buys 7 more. How many apples does Mia have now?");
 * }
 * }</pre>
 */
public final class AgentEngine implements AutoCloseable {
    /** How long a timed-out task's threads get to reach a checkpoint before they are stopped. */
    private static final Duration RUNAWAY_GRACE = Duration.ofMillis(500);
    private final java.util.concurrent.atomic.AtomicInteger unstopped = new java.util.concurrent.atomic.AtomicInteger();

    /** How many timed-out scripts are still running because this Java cannot stop a thread. */
    public int unstoppedScripts() {
        return unstopped.get();
    }

    /** Thread.stop works up to Java 19; from Java 20 on it always throws. */
    private static final boolean CAN_STOP_THREADS = Runtime.version().feature() < 20;

    private final LanguageModel model;
    private final Function<String, LanguageModel> models;
    private final long seed;
    private final RunLimits limits;
    private final ScriptCompiler compiler;
    private final Calculator calculator = new Calculator();
    private final ExecutorService tasks;
    private final ThreadPoolExecutor branches;
    private final ScheduledExecutorService watchdog;
    private final TaskRunner isolation;
    private final boolean ownsRunner;

    private AgentEngine(Builder b) {
        this.model = Objects.requireNonNull(b.model, "a model is required: builder().model(...)");
        this.models = b.models != null ? b.models : name -> {
            if (name.equals(model.name())) {
                return model;
            }
            throw new ScriptFailure("unknown model '" + name + "'; this run has only '" + model.name() + "'");
        };
        this.seed = b.seed;
        this.limits = b.limits;
        this.compiler = new ScriptCompiler(b.compileCacheSize, b.scriptFiles);
        this.tasks = Executors.newCachedThreadPool(daemon("metaforge-task"));
        this.branches = new ThreadPoolExecutor(0, b.branchThreads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemon("metaforge-branch"), new ThreadPoolExecutor.CallerRunsPolicy());
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("metaforge-watchdog"));
        this.isolation = b.runner != null ? b.runner
                : b.workers > 0 ? new ProcessIsolation(b.workers, b.workerJvmOptions) : null;
        this.ownsRunner = b.runner == null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Compiles a script file in the sandbox. */
    public Agent compile(Path file) throws CompilationFailed, IOException {
        return compile(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Compiles script text in the sandbox; {@code fileName} appears in error messages. */
    public Agent compile(String source, String fileName) throws CompilationFailed {
        return new Agent(this, compiler.compile(source, fileName), source, fileName);
    }

    public LanguageModel model() {
        return model;
    }

    public RunLimits limits() {
        return limits;
    }

    TaskResult run(CompiledScript compiled, String source, String fileName, Task task) {
        if (isolation != null) {
            return isolation.run(source, fileName, task, seed, limits, model);
        }
        TaskContext context = new TaskContext(task, model, models, seed, limits, branches, calculator);
        long start = System.nanoTime();
        Future<Object> future = tasks.submit(() -> context.working(() -> solve(compiled, task, context)));
        Object answer = null;
        FailureKind failure = null;
        String error = null;
        try {
            answer = future.get(limits.timePerTask().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            failure = FailureKind.TIMEOUT;
            error = "time limit of " + limits.timePerTask().toMillis() + " ms reached";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof InvocationTargetException ite ? ite.getCause() : e.getCause();
            failure = kindOf(cause);
            error = describe(cause, compiled);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            failure = FailureKind.TIMEOUT;
            error = "interrupted";
        } finally {
            context.cancel();
            if (context.hasWorkers() && CAN_STOP_THREADS) {
                watchdog.schedule(context::stopRunaways, RUNAWAY_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } else if (failure == FailureKind.TIMEOUT && stillRunningAfterGrace(context)) {
                unstopped.incrementAndGet();
                error += "; the script is stuck in library code that this Java (" + Runtime.version().feature()
                        + ") cannot stop: it runs on until it ends or its process does (a worker process of "
                        + "--isolate process is replaced)";
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new TaskResult(task.getId(), answer, failure, error, context.trace(), context.calls(), context.usage(),
                millis);
    }

    /**
     * Java 20 and later cannot stop a thread. A cancelled script in its own code stops at its next
     * checkpoint; one stuck inside the JDK or the Groovy library cannot be stopped, and is said so.
     */
    private static boolean stillRunningAfterGrace(TaskContext context) {
        long until = System.nanoTime() + RUNAWAY_GRACE.toNanos();
        while (context.hasWorkers() && System.nanoTime() < until) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return context.hasWorkers();
    }

    private Object solve(CompiledScript compiled, Task task, TaskContext context) throws Exception {
        AgentScript script = (AgentScript) compiled.scriptClass().getDeclaredConstructor().newInstance();
        script.bind(context);
        script.run();
        AgentSpec spec = script.spec();
        if (spec == null || spec.solveBody() == null) {
            throw new ScriptFailure("the script did not declare agent(...) { solve { … } } when run");
        }
        return PlainValues.of(spec.solveBody().call(task), limits.outputChars());
    }

    private static FailureKind kindOf(Throwable cause) {
        if (cause instanceof LimitExceeded limit) {
            return limit.kind();
        }
        return cause instanceof ModelFailure ? FailureKind.MODEL : FailureKind.RUNTIME;
    }

    private static String describe(Throwable cause, CompiledScript compiled) {
        if (cause instanceof StackOverflowError) {
            return "stack overflow: recursion too deep" + scriptLine(cause, compiled);
        }
        if (cause instanceof OutOfMemoryError) {
            return "out of memory" + scriptLine(cause, compiled);
        }
        if (cause instanceof LimitExceeded || cause instanceof ScriptFailure || cause instanceof ModelFailure) {
            return Limits.bounded(cause.getMessage()) + scriptLine(cause, compiled);
        }
        return cause.getClass().getSimpleName() + ": " + Limits.bounded(cause.getMessage()) + scriptLine(cause, compiled);
    }

    private static String scriptLine(Throwable cause, CompiledScript compiled) {
        String prefix = compiled.scriptClass().getName();
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (frame.getClassName().startsWith(prefix) && frame.getLineNumber() > 0) {
                return " (script line " + frame.getLineNumber() + ")";
            }
        }
        return "";
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        tasks.shutdownNow();
        branches.shutdownNow();
        watchdog.shutdown();
        if (isolation != null && ownsRunner) {
            isolation.close();
        }
    }

    /** Settings for an engine; {@link #model(LanguageModel)} is required. */
    public static final class Builder {
        private LanguageModel model;
        private Function<String, LanguageModel> models;
        private long seed;
        private RunLimits limits = RunLimits.DEFAULT;
        private int branchThreads = 256;
        private int compileCacheSize = 256;
        private VerifiedScriptFiles scriptFiles;
        private int workers;
        private TaskRunner runner;
        // a worker is replaced whenever a task overruns: the quick compiler alone starts it in less CPU
        private List<String> workerJvmOptions = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

        public Builder model(LanguageModel model) {
            this.model = model;
            return this;
        }

        /** Resolves {@code ask(model: 'name')}; by default only the engine's model is known. */
        public Builder models(Function<String, LanguageModel> models) {
            this.models = models;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder limits(RunLimits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        public Builder branchThreads(int threads) {
            this.branchThreads = threads;
            return this;
        }

        public Builder compileCacheSize(int size) {
            this.compileCacheSize = size;
            return this;
        }

        /**
         * Keeps verified bytecode under {@code directory} between runs, so that an unchanged
         * script is not compiled again by the next process (see {@link VerifiedScriptFiles}). Not
         * kept when this engine's classes come from a directory rather than a jar.
         */
        public Builder keepCompiledScriptsIn(Path directory) {
            this.scriptFiles = VerifiedScriptFiles.under(directory).orElse(null);
            return this;
        }

        /**
         * Runs every task in a pool of {@code workers} separate JVMs ({@code --isolate process}):
         * a script stuck in library code or out of memory costs a worker process, which is killed
         * and replaced. Model calls still go through this engine's model. 0 (the default) runs
         * tasks in this JVM.
         */
        public Builder isolateInProcesses(int workers) {
            this.workers = workers;
            return this;
        }

        /**
         * Runs every task with {@code runner} (workers on other machines, say) instead of in this
         * JVM; the runner stays the caller's to close.
         */
        public Builder runTasksWith(TaskRunner runner) {
            this.runner = runner;
            return this;
        }

        /** JVM options for worker processes; default {@code -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}. */
        public Builder workerJvmOptions(List<String> options) {
            this.workerJvmOptions = List.copyOf(options);
            return this;
        }

        public AgentEngine build() {
            return new AgentEngine(this);
        }
    }
}
