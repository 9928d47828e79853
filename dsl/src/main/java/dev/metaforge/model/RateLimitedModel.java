package dev.metaforge.model;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;

/**
 * A model behind a client-side limit: at most {@code requests} calls and {@code tokens} tokens
 * started in any sliding window (a minute, normally), and at most {@code concurrent} calls in
 * flight. One instance is shared by all branches and evaluations that use the model, so a search
 * at concurrency 64 queues politely instead of earning a wall of 429s. 0 means no limit.
 */
public final class RateLimitedModel implements LanguageModel {
    private static final System.Logger LOG = System.getLogger(RateLimitedModel.class.getName());
    private final LanguageModel model;
    private final int requests;
    private final long tokens;
    private final Duration window;
    private final Semaphore inFlight;
    private final Deque<long[]> started = new ArrayDeque<>();

    public RateLimitedModel(LanguageModel model, int requests, long tokens, int concurrent, Duration window) {
        this.model = model;
        this.requests = requests;
        this.tokens = tokens;
        this.window = window;
        this.inFlight = concurrent > 0 ? new Semaphore(concurrent, true) : null;
    }

    @Override
    public ModelReply complete(Prompt prompt) {
        try {
            if (inFlight != null) {
                inFlight.acquire();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("interrupted while waiting for a free call slot", false, e);
        }
        long[] entry;
        try {
            entry = admit();
        } catch (InterruptedException e) {
            if (inFlight != null) {
                inFlight.release();
            }
            Thread.currentThread().interrupt();
            throw new ModelException("interrupted while waiting for the rate limit", false, e);
        }
        try {
            ModelReply reply = model.complete(prompt);
            synchronized (started) {
                entry[1] = reply.usage().totalTokens();
            }
            return reply;
        } finally {
            if (inFlight != null) {
                inFlight.release();
            }
        }
    }

    /** Waits until a call may start, then records it; returns its entry {start nanos, tokens}. */
    private long[] admit() throws InterruptedException {
        synchronized (started) {
            while (true) {
                long now = System.nanoTime();
                while (!started.isEmpty() && now - started.peekFirst()[0] >= window.toNanos()) {
                    started.pollFirst();
                }
                long usedTokens = started.stream().mapToLong(e -> e[1]).sum();
                boolean requestsOk = requests <= 0 || started.size() < requests;
                boolean tokensOk = tokens <= 0 || usedTokens < tokens;
                if (requestsOk && tokensOk) {
                    long[] entry = {now, 0};
                    started.addLast(entry);
                    return entry;
                }
                long waitNanos = started.isEmpty() ? 1_000_000 : started.peekFirst()[0] + window.toNanos() - now;
                LOG.log(System.Logger.Level.DEBUG, () -> model.name() + ": client-side limit reached (" + requests
                        + " requests, " + tokens + " tokens a window); waiting " + Math.max(0, waitNanos) / 1_000_000
                        + " ms");
                started.wait(Math.max(1, waitNanos / 1_000_000), (int) (Math.max(0, waitNanos) % 1_000_000));
            }
        }
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public boolean simulated() {
        return model.simulated();
    }
}
