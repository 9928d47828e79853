package dev.metaforge.cli;

import com.sun.net.httpserver.HttpServer;
import dev.metaforge.archive.Archive;
import dev.metaforge.archive.ArchiveResponseCache;
import dev.metaforge.model.CachingModel;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.openai.OpenAiModel;
import dev.metaforge.model.openai.OpenAiSettings;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code metaforge bench model}: the OpenAI-compatible client against an endpoint on loopback that
 * answers after a fixed delay — throughput against the ideal, client CPU per call, cache hits.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Measure the HTTP provider against a loopback endpoint with a fixed answer delay.")
final class ModelBenchCommand implements Callable<Integer> {
    private static final byte[] ANSWER = ("{\"choices\": [{\"message\": {\"content\": \"{\\\"answer\\\": \\\"19\\\"}\"}, "
            + "\"finish_reason\": \"stop\"}], \"usage\": {\"prompt_tokens\": 50, \"completion_tokens\": 5}}")
            .getBytes(StandardCharsets.UTF_8);

    @Spec
    CommandSpec spec;

    @Option(names = "--calls", defaultValue = "6400", description = "Calls to make (default: ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--warm-up", defaultValue = "6400", paramLabel = "CALLS",
            description = "Calls made before measuring, so that the JIT has compiled the client (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--concurrency", defaultValue = "64", description = "Callers at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--latency", defaultValue = "50", paramLabel = "MS", description = "Server delay (default: ${DEFAULT-VALUE}).")
    long latency;

    private ExecutorService callers;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        callers = Executors.newFixedThreadPool(concurrency, named("bench-client"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // The JDK's server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed acknowledgement add ~40 ms to each exchange, which would be measuring the server.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        AtomicInteger served = new AtomicInteger();
        server.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            served.incrementAndGet();
            exchange.sendResponseHeaders(200, ANSWER.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(ANSWER);
            }
        });
        ExecutorService serverThreads = Executors.newFixedThreadPool(concurrency * 2, named("bench-server"));
        server.setExecutor(serverThreads);
        server.start();
        try (TempDirectory dir = new TempDirectory("metaforge-model-bench")) {
            OpenAiModel model = new OpenAiModel(OpenAiSettings.fromEnvironment("bench", Map.of("OPENAI_BASE_URL",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "OPENAI_API_KEY", "bench")));
            run(model, warmUp, "warm-up");
            long cpuBefore = clientCpu(threads);
            long start = System.nanoTime();
            run(model, calls, "measured");
            double seconds = (System.nanoTime() - start) / 1e9;
            long clientCpu = clientCpu(threads) - cpuBefore;
            double ideal = concurrency * 1000.0 / latency;
            out.printf("%,d calls at concurrency %d, %d ms server latency: %,.0f calls/s = %.0f %% of the ideal %,.0f "
                    + "(target >= 90 %%)%n", calls, concurrency, latency, calls / seconds, 100 * calls / seconds / ideal, ideal);
            out.printf("client CPU per call (the calling threads and the HTTP client's own): %.0f µs (target <= 200 µs)%n",
                    clientCpu / 1000.0 / calls);
            try (Archive archive = Archive.open(dir.resolve("archive").toString())) {
                CachingModel cached = new CachingModel(model, new ArchiveResponseCache(archive), CachingModel.Mode.READWRITE);
                Prompt prompt = Prompt.builder("the cached question").build();
                cached.complete(prompt);
                long[] hits = new long[2_000];
                for (int i = 0; i < hits.length; i++) {
                    long t = System.nanoTime();
                    cached.complete(prompt);
                    hits[i] = System.nanoTime() - t;
                }
                Arrays.sort(hits);
                out.printf("cache hit from the archive: median %.3f ms (target <= 1 ms)%n", hits[hits.length / 2] / 1e6);
            }
        } finally {
            server.stop(0);
            serverThreads.shutdownNow();
            callers.shutdownNow();
        }
        return 0;
    }

    /** Runs {@code n} calls on the callers' pool, which stays up so that its threads' CPU time can be read after. */
    private void run(LanguageModel model, int n, String label) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Prompt prompt = Prompt.builder("question " + label + " " + i).build();
            futures.add(callers.submit(() -> model.complete(prompt)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    /** CPU time of the threads that do the client's work: the callers and the HTTP client's selector and workers. */
    private static long clientCpu(ThreadMXBean threads) {
        long total = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("bench-client") || t.getName().startsWith("HttpClient-")) {
                long cpu = threads.getThreadCpuTime(t.getId());
                total += Math.max(0, cpu);
            }
        }
        return total;
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
