package dev.metaforge.dsl.isolate;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelException;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The model as a worker process sees it: each call is sent to the engine that started the
 * worker, which calls the real provider (with its rate limits, cache and cost accounting) and
 * sends the reply back.
 */
final class RemoteModel implements LanguageModel {
    private final String name;
    private final boolean simulated;
    private final Consumer<Map<String, Object>> send;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();

    RemoteModel(String name, boolean simulated, Consumer<Map<String, Object>> send) {
        this.name = name;
        this.simulated = simulated;
        this.send = send;
    }

    @Override
    public ModelReply complete(Prompt prompt) {
        long id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            send.accept(Wire.prompt(id, prompt));
            Map<String, Object> m = reply.get();
            if (m.containsKey("error")) {
                throw new ModelException(Wire.string(m, "error"), Boolean.TRUE.equals(m.get("retryable")));
            }
            return Wire.replyOf(m);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("model call interrupted", false, e);
        } catch (ExecutionException e) {
            throw new ModelException("model call failed: " + e.getCause().getMessage(), false, e);
        } finally {
            pending.remove(id);
        }
    }

    /** Delivers a reply from the engine to the call waiting for it. */
    void deliver(Map<String, Object> reply) {
        CompletableFuture<Map<String, Object>> waiting = pending.get(Wire.number(reply, "id").longValue());
        if (waiting != null) {
            waiting.complete(reply);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean simulated() {
        return simulated;
    }
}
