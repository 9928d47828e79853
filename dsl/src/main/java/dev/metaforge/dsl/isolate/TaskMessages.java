package dev.metaforge.dsl.isolate;

import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.Task;
import dev.metaforge.dsl.TaskResult;
import java.util.Map;

/**
 * A task and its result as one line of text each, in the worker wire's own form (every value JSON
 * cannot carry is tagged), for runners that send tasks to other machines. What comes back is
 * untrusted: reading it yields a well-typed value or throws {@link IllegalArgumentException}.
 */
public final class TaskMessages {
    private TaskMessages() {
    }

    /** A task as it is sent: the script, its file name, the task, the seed and the limits. */
    public record Request(String source, String file, Task task, long seed, RunLimits limits) {
    }

    public static String request(String source, String file, Task task, long seed, RunLimits limits) {
        return Wire.write(Wire.task(source, file, task, seed, limits, "", false));
    }

    public static Request request(String text) {
        try {
            Map<String, Object> m = Wire.read(text);
            return new Request(Wire.string(m, "source"), Wire.string(m, "file"), Wire.taskOf(m),
                    Wire.number(m, "seed").longValue(), Wire.limitsOf(m));
        } catch (WireException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static String result(TaskResult result) {
        return Wire.write(Wire.result(result));
    }

    public static TaskResult result(String text) {
        try {
            Map<String, Object> m = Wire.read(text);
            return Wire.resultOf(m, Wire.number(m, "millis").longValue());
        } catch (WireException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
