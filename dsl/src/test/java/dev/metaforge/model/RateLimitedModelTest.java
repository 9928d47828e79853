package dev.metaforge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateLimitedModelTest {
    /** Records when each call starts and how many run at once. */
    private static final class Recording implements LanguageModel {
        final ConcurrentLinkedQueue<Long> starts = new ConcurrentLinkedQueue<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public ModelReply complete(Prompt prompt) {
            starts.add(System.nanoTime());
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return new ModelReply("{}", Map.of("answer", "x"), new Usage(40, 10, 0), "recording", false);
        }

        @Override
        public String name() {
            return "recording";
        }
    }

    private static void hammer(LanguageModel model, int threads, int calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            futures.add(pool.submit(() -> model.complete(Prompt.builder("q").build())));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    @Test
    void requestsPerWindowStayUnderTheLimitAtConcurrency64() throws Exception {
        Recording inner = new Recording();
        hammer(new RateLimitedModel(inner, 20, 0, 0, Duration.ofMillis(500)), 64, 60);
        List<Long> starts = new ArrayList<>(inner.starts);
        starts.sort(null);
        assertThat(starts).hasSize(60);
        for (int i = 0; i + 20 < starts.size(); i++) {
            // measured inside the model, after the limiter admitted the call: a busy machine delays one start
            // more than another, so the bound keeps a margin (an unlimited model starts all 21 within a millisecond)
            assertThat(starts.get(i + 20) - starts.get(i)).as("21 starts within one window")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(400).toNanos());
        }
        assertThat(starts.get(59) - starts.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(1000).toNanos());
    }

    @Test
    void theConcurrencyCapHolds() throws Exception {
        Recording inner = new Recording();
        hammer(new RateLimitedModel(inner, 0, 0, 4, Duration.ofMinutes(1)), 64, 40);
        assertThat(inner.mostAtOnce.get()).isEqualTo(4);
    }

    @Test
    void tokensPerWindowHoldBackFurtherCalls() throws Exception {
        Recording inner = new Recording();
        hammer(new RateLimitedModel(inner, 0, 200, 1, Duration.ofMillis(400)), 8, 8);
        List<Long> starts = new ArrayList<>(inner.starts);
        starts.sort(null);
        // the same margin for a start delayed after its admission (without the limit: under a millisecond)
        assertThat(starts.get(4) - starts.get(0)).as("four calls of 50 tokens fill a 200-token window")
                .isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
    }
}
