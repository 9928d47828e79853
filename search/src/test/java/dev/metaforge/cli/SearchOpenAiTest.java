package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code metaforge search --model openai:…} against an OpenAI-compatible server on
 * loopback that plays solver, meta-agent and value agent: every kind of request goes over HTTP.
 */
class SearchOpenAiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DESIGN = "agent('Voted CoT') {\n    solve { task ->\n        def r = parallel(3) { i -> "
            + "ask(task.question, temperature: 0.7, fields: [thinking: 'Think step by step.', answer: 'The number.']) }\n"
            + "        majority(r*.answer)\n    }\n}\n";

    @TempDir
    Path dir;

    @Test
    void aSearchRunsItsSolverMetaAgentAndValueAgentAgainstTheServer() throws Exception {
        AtomicInteger solver = new AtomicInteger();
        AtomicInteger designer = new AtomicInteger();
        AtomicInteger reviewer = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String content;
            if (request.contains("## Your task: assess")) {
                reviewer.incrementAndGet();
                content = JSON.writeValueAsString(Map.of("critique", "One sample; vote over several.", "score", 70,
                        "confidence", 50));
            } else if (request.contains("## Your task: ")) {
                designer.incrementAndGet();
                content = JSON.writeValueAsString(Map.of("thought", "Vote over three samples.", "name", "Voted CoT",
                        "code", DESIGN));
            } else {
                solver.incrementAndGet();
                content = "{\"thinking\": \"12 + 7 = 19\", \"answer\": \"19\"}";
            }
            byte[] body = JSON.writeValueAsBytes(Map.of("choices", List.of(Map.of("message", Map.of("content", content),
                    "finish_reason", "stop")), "usage", Map.of("prompt_tokens", 100, "completion_tokens", 20)));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            CliTest.Result r = CliTest.metaforge(Map.of("OPENAI_BASE_URL", "http://127.0.0.1:"
                    + server.getAddress().getPort() + "/v1", "OPENAI_API_KEY", "local"), "search",
                    "--bench", CliTest.SAMPLES + "bench/arith", "--model", "openai:gpt-4o-mini", "--seeds",
                    CliTest.SAMPLES + "agents/cot.agent.groovy", "--max-designs", "2", "--first-batch", "10", "--batch",
                    "10", "--resamples", "200", "--archive", dir.resolve("archive").toString(), "--json");
            String out = r.out();
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode root = JSON.readTree(out);
            assertThat(root.get("model").asText()).isEqualTo("openai:gpt-4o-mini");
            assertThat(root.get("simulated").asBoolean()).isFalse();
            assertThat(root.get("proposals").asInt()).isEqualTo(2);
            assertThat(root.get("duplicates").asInt()).as("the server proposes the same design twice").isEqualTo(1);
            assertThat(root.get("finalists").get(0).get("test").get("n").asInt()).isEqualTo(200);
            assertThat(root.get("cost").asDouble()).isPositive();
            assertThat(designer.get()).isGreaterThanOrEqualTo(6);
            assertThat(reviewer.get()).isGreaterThanOrEqualTo(2);
            assertThat(solver.get()).isGreaterThan(300);
        } finally {
            server.stop(0);
        }
    }
}
