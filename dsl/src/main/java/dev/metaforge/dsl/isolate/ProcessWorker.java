package dev.metaforge.dsl.isolate;

import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.Task;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelException;
import dev.metaforge.model.Usage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One worker JVM seen from the engine: sends it a task, answers its model calls with the real
 * model, and waits for its result. A worker that overruns, breaks the protocol or dies is
 * killed and reported; the task fails, the run goes on.
 */
final class ProcessWorker implements AutoCloseable {
    /** Time a worker gets past the task's own limit, which it normally enforces itself. */
    static final Duration GRACE = Duration.ofSeconds(2);
    /**
     * How long a worker may take to compile a script before the task starts. A fresh worker JVM
     * compiles its first script cold, which on a busy machine takes seconds; that is not the task's
     * time, as in-process compilation is not either, but it is bounded all the same.
     */
    static final Duration COMPILE_LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final Writer toWorker;
    private final ExecutorService modelCalls;
    private final StringBuilder stderrTail = new StringBuilder();
    private volatile CompletableFuture<Map<String, Object>> result;
    private volatile CompletableFuture<Long> started;
    private volatile boolean closed;
    private volatile LanguageModel model;
    private volatile AtomicInteger callsLeft;

    ProcessWorker(List<String> jvmOptions, ExecutorService modelCalls) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(sharedClassOptions());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerMain.class.getName());
        this.process = new ProcessBuilder(command).start();
        this.toWorker = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.modelCalls = modelCalls;
        daemon(this::readResults, "metaforge-worker-out").start();
        daemon(this::drainErrors, "metaforge-worker-err").start();
    }

    /**
     * This JVM's class-data sharing options (the launcher's archive of the classes commands load),
     * for a worker on the same class path: it then starts in about two thirds of the CPU.
     */
    static List<String> sharedClassOptions() {
        return sharedClassOptions(ProcessHandle.current().info().arguments().orElse(new String[0]));
    }

    /** The class-data sharing options among a JVM's {@code arguments}, up to its jar or main class. */
    static List<String> sharedClassOptions(String[] arguments) {
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            if (List.of("-cp", "-classpath", "--class-path").contains(argument)) {
                i++; // its value
            } else if (argument.equals("-jar") || !argument.startsWith("-")) {
                break; // the jar or the main class: what follows is the program's own
            } else if (argument.startsWith("-XX:SharedArchiveFile=") || argument.startsWith("-Xlog:cds")) {
                shared.add(argument);
            }
        }
        return shared;
    }

    /** False once closed: a killed process may still look alive for a moment, and must not get another task. */
    boolean alive() {
        return !closed && process.isAlive();
    }

    TaskResult run(String source, String file, Task task, long seed, RunLimits limits, LanguageModel model) {
        long start = System.nanoTime();
        this.model = model;
        this.callsLeft = new AtomicInteger(limits.callsPerTask());
        CompletableFuture<Map<String, Object>> done = new CompletableFuture<>();
        CompletableFuture<Long> compiled = new CompletableFuture<>();
        this.result = done;
        this.started = compiled;
        try {
            send(Wire.task(source, file, task, seed, limits, model.name(), model.simulated()));
            try {
                start = compiled.get(COMPILE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (!done.isDone()) {
                    close();
                    return failed(task, FailureKind.TIMEOUT, "the worker process did not compile the script within "
                            + COMPILE_LIMIT.toSeconds() + " s and was stopped", start);
                }
            } catch (ExecutionException e) {
                // no start: the script did not compile, and the result says why
            }
            long deadline = start + limits.timePerTask().plus(GRACE).toNanos();
            Map<String, Object> message = done.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            TaskResult result = Wire.resultOf(message, (System.nanoTime() - start) / 1_000_000);
            if (Boolean.TRUE.equals(message.get("retire"))) {
                close();
            }
            return result;
        } catch (TimeoutException e) {
            close();
            return failed(task, FailureKind.TIMEOUT, "time limit of " + limits.timePerTask().toMillis()
                    + " ms reached; the worker process was stopped", start);
        } catch (ExecutionException | IOException | WireException e) {
            close();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            return failed(task, FailureKind.SANDBOX, "the worker process " + describe(cause), start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return failed(task, FailureKind.TIMEOUT, "interrupted", start);
        }
    }

    private String describe(Throwable cause) {
        try {
            process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String tail;
        synchronized (stderrTail) {
            tail = stderrTail.toString().strip();
        }
        String exit = process.isAlive() ? "" : " (exit code " + process.exitValue() + ")";
        String why = cause instanceof WireException ? "broke the protocol: " + cause.getMessage() : "died" + exit;
        return why + lastWords(tail);
    }

    /** The worker's last line of error output that is not a stack frame, on one line. */
    private static String lastWords(String tail) {
        String[] lines = tail.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("at ") && !line.matches("\\.\\.\\. \\d+ more")
                    && !line.startsWith("Caused by:")) {
                String plain = line.replaceFirst("^Exception in thread \"[^\"]*\" ", "")
                        .replaceAll("\\b(?:java|groovy|org\\.codehaus\\.groovy)(?:\\.[a-z]\\w*)+\\.([A-Z]\\w*)", "$1");
                return ": " + dev.metaforge.dsl.TerminalText.inline(plain, 300);
            }
        }
        return "";
    }

    private static TaskResult failed(Task task, FailureKind kind, String error, long start) {
        return new TaskResult(task.getId(), null, kind, error, List.of(), 0, Usage.NONE,
                (System.nanoTime() - start) / 1_000_000);
    }

    private void send(Map<String, Object> message) throws IOException {
        synchronized (toWorker) {
            toWorker.write(Wire.write(message));
            toWorker.write('\n');
            toWorker.flush();
        }
    }

    private void readResults() {
        try (InputStreamReader stream = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
            BoundedLines in = new BoundedLines(stream);
            String line;
            while ((line = in.next()) != null) {
                Map<String, Object> message = Wire.read(line);
                if ("complete".equals(message.get("type"))) {
                    modelCalls.execute(() -> answer(message));
                } else if ("started".equals(message.get("type"))) {
                    CompletableFuture<Long> compiling = started;
                    if (compiling != null) {
                        compiling.complete(System.nanoTime());
                    }
                } else if ("result".equals(message.get("type"))) {
                    CompletableFuture<Long> compiling = started;
                    if (compiling != null) {
                        compiling.completeExceptionally(new IllegalStateException("finished without starting"));
                    }
                    CompletableFuture<Map<String, Object>> waiting = result;
                    if (waiting != null) {
                        waiting.complete(message);
                    }
                } else {
                    throw new WireException("unknown message type " + message.get("type"), null);
                }
            }
            fail(new IOException("closed its output"));
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    private void fail(Exception e) {
        CompletableFuture<Long> compiling = started;
        if (compiling != null) {
            compiling.completeExceptionally(e);
        }
        CompletableFuture<Map<String, Object>> waiting = result;
        if (waiting != null) {
            waiting.completeExceptionally(e);
        }
    }

    private void answer(Map<String, Object> call) {
        long id;
        try {
            id = Wire.number(call, "id").longValue();
        } catch (WireException e) {
            fail(e);
            return;
        }
        Map<String, Object> reply;
        try {
            if (callsLeft.getAndDecrement() <= 0) {
                reply = Wire.replyError(id, "model call limit reached", false);
            } else {
                reply = Wire.reply(id, model.complete(Wire.promptOf(call)));
            }
        } catch (ModelException e) {
            reply = Wire.replyError(id, e.getMessage(), e.retryable());
        } catch (RuntimeException e) {
            reply = Wire.replyError(id, "bad model call: " + e.getMessage(), false);
        }
        try {
            send(reply);
        } catch (IOException e) {
            fail(e);
        }
    }

    private void drainErrors() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                synchronized (stderrTail) {
                    stderrTail.append(line).append('\n');
                    if (stderrTail.length() > 4_000) {
                        stderrTail.delete(0, stderrTail.length() - 4_000);
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone; what it wrote so far is kept
        }
    }

    private static Thread daemon(Runnable body, String name) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        closed = true;
        process.destroyForcibly();
    }
}
