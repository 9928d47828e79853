package dev.metaforge.dsl.isolate;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.Task;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.model.Usage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A worker process: runs agent scripts for the engine that started it, one task at a time.
 * Standard input brings tasks and model replies, standard output carries model calls and
 * results; anything else the JVM prints goes to standard error. The engine kills the process
 * when a task overruns, so code the in-process limits cannot stop is still contained.
 */
public final class WorkerMain {
    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        BlockingQueue<Map<String, Object>> tasks = new LinkedBlockingQueue<>();
        RemoteModel[] model = new RemoteModel[1];
        Object writeLock = new Object();
        java.util.function.Consumer<Map<String, Object>> send = message -> {
            synchronized (writeLock) {
                protocol.println(Wire.write(message));
                protocol.flush();
            }
        };
        Thread reader = new Thread(() -> read(tasks, model), "metaforge-worker-reader");
        reader.setDaemon(true);
        reader.start();
        AgentEngine engine = null;
        String engineKey = null;
        while (true) {
            Map<String, Object> message = tasks.take();
            if (message.isEmpty()) {
                break;
            }
            long seed = Wire.number(message, "seed").longValue();
            RunLimits limits = Wire.limitsOf(message);
            String key = seed + "|" + limits + "|" + Wire.string(message, "model");
            if (!Objects.equals(key, engineKey)) {
                if (engine != null) {
                    engine.close();
                }
                synchronized (model) {
                    model[0] = new RemoteModel(Wire.string(message, "model"),
                            Boolean.TRUE.equals(message.get("simulated")), send);
                }
                engine = AgentEngine.builder().model(model[0]).seed(seed).limits(limits).build();
                engineKey = key;
            }
            TaskResult result = solve(engine, message, send);
            Map<String, Object> reply;
            try {
                reply = Wire.result(result);
                Wire.write(reply);
            } catch (RuntimeException e) {
                // a value the wire cannot carry is the task's failure, not the worker's death
                reply = Wire.result(new TaskResult(result.taskId(), null, FailureKind.RUNTIME,
                        "the answer cannot be sent back: " + dev.metaforge.dsl.Limits.bounded(e.getMessage()),
                        result.trace(), result.calls(), result.usage(), result.millis()));
            }
            if (engine.unstoppedScripts() > 0) {
                // a thread this Java cannot stop would slow every later task: ask to be replaced
                reply = new java.util.LinkedHashMap<>(reply);
                reply.put("retire", true);
            }
            send.accept(reply);
        }
        System.exit(0);
    }

    private static TaskResult solve(AgentEngine engine, Map<String, Object> message,
                                    java.util.function.Consumer<Map<String, Object>> send) {
        Task task = Wire.taskOf(message);
        try {
            Agent agent = engine.compile(Wire.string(message, "source"), Wire.string(message, "file"));
            send.accept(Wire.started());
            return agent.solve(task);
        } catch (CompilationFailed e) {
            return new TaskResult(task.getId(), null, FailureKind.COMPILE, e.getMessage(), List.of(), 0, Usage.NONE, 0);
        }
    }

    private static void read(BlockingQueue<Map<String, Object>> tasks, RemoteModel[] model) {
        try (InputStreamReader stream = new InputStreamReader(System.in, StandardCharsets.UTF_8)) {
            BoundedLines in = new BoundedLines(stream);
            String line;
            while ((line = in.next()) != null) {
                Map<String, Object> message = Wire.read(line);
                if ("reply".equals(message.get("type"))) {
                    RemoteModel current;
                    synchronized (model) {
                        current = model[0];
                    }
                    if (current != null) {
                        current.deliver(message);
                    }
                } else {
                    tasks.add(message);
                }
            }
        } catch (Exception e) {
            System.err.println("metaforge worker: " + e.getMessage());
        }
        tasks.add(Map.of());
    }
}
