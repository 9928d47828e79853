package dev.metaforge.model.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.model.ModelException;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.RateLimitedModel;
import dev.metaforge.model.ReplyParseException;
import groovy.json.JsonSlurper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider against a real HTTP server on loopback that answers from a script. */
class OpenAiModelTest {
    record Answer(int status, Map<String, String> headers, String body, long delayMillis) {
        static Answer ok(String content) {
            return ok(content, "stop");
        }

        static Answer ok(String content, String finish) {
            String escaped = groovy.json.JsonOutput.toJson(content);
            return new Answer(200, Map.of(), "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": "
                    + escaped + "}, \"finish_reason\": \"" + finish + "\"}], \"usage\": {\"prompt_tokens\": 100, "
                    + "\"completion_tokens\": 20, \"total_tokens\": 120}}", 0);
        }
    }

    private HttpServer server;
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            arrivals.add(System.nanoTime());
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Answer a = script.poll();
            if (a == null) {
                a = new Answer(500, Map.of(), "{\"error\": \"script exhausted\"}", 0);
            }
            try {
                Thread.sleep(a.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(a.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private OpenAiModel model(String name) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        return new OpenAiModel(OpenAiSettings.fromEnvironment(name, Map.of("OPENAI_BASE_URL", base, "OPENAI_API_KEY",
                "test-key")).withRetries(4, Duration.ofMillis(10)).withTimeout(Duration.ofSeconds(5)));
    }

    private static Prompt prompt() {
        return Prompt.builder("Mia has 12 apples. She buys 7 more. How many?").role("math tutor").temperature(0.3)
                .field("thinking", "Think step by step.").field("answer", "The number only.").maxTokens(300).build();
    }

    @Test
    void aStructuredReplyIsParsedAndTheRequestIsWhatCompatibleServersExpect() {
        script.add(Answer.ok("```json\n{\"thinking\": \"12 + 7\", \"answer\": 19}\n```"));
        ModelReply reply = model("gpt-4o-mini").complete(prompt());
        assertThat(reply.fields()).containsEntry("thinking", "12 + 7").containsEntry("answer", "19");
        assertThat(reply.simulated()).isFalse();
        assertThat(reply.usage().promptTokens()).isEqualTo(100);
        assertThat(reply.usage().cost()).isEqualTo((100 * 0.15 + 20 * 0.60) / 1_000_000.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> sent = (Map<String, Object>) new JsonSlurper().parseText(requests.get(0));
        assertThat(sent).containsEntry("model", "gpt-4o-mini").containsEntry("n", 1).containsEntry("max_tokens", 300)
                .containsEntry("response_format", Map.of("type", "json_object"));
        assertThat(sent.get("messages").toString()).contains("You are a math tutor.").contains("\"answer\": The number only.");
    }

    @Test
    void openAiItselfGetsAJsonSchemaBuiltFromTheFields() {
        script.add(Answer.ok("{\"thinking\": \"a\", \"answer\": \"b\"}"));
        OpenAiSettings settings = OpenAiSettings.fromEnvironment("gpt-4o-mini", Map.of("OPENAI_API_KEY", "k"));
        assertThat(settings.replyFormat()).isEqualTo("json_schema");
        assertThat(settings.tokenParameter()).isEqualTo("max_completion_tokens");
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        OpenAiModel schemaModel = new OpenAiModel(new OpenAiSettings(base, "k", "gpt-4o-mini", Duration.ofSeconds(5), 1,
                Duration.ofMillis(10), "max_completion_tokens", "json_schema", settings.prices()));
        schemaModel.complete(prompt());
        @SuppressWarnings("unchecked")
        Map<String, Object> sent = (Map<String, Object>) new JsonSlurper().parseText(requests.get(0));
        @SuppressWarnings("unchecked")
        Map<String, Object> format = (Map<String, Object>) sent.get("response_format");
        assertThat(format).containsEntry("type", "json_schema");
        assertThat(format.get("json_schema").toString()).contains("required=[thinking, answer]")
                .contains("additionalProperties=false").contains("description=Think step by step.");
        assertThat(sent).containsEntry("max_completion_tokens", 300).doesNotContainKey("max_tokens");
    }

    @Test
    void reasoningContentIsKeptForTheTraceButNeverReadAsTheAnswer() throws Exception {
        script.add(new Answer(200, Map.of(), "{\"choices\": [{\"message\": {\"content\": \"{\\\"answer\\\": "
                + "\\\"19\\\"}\", \"reasoning_content\": \"{\\\"answer\\\": \\\"7\\\"} is wrong; 12 + 7 = 19\"}, "
                + "\"finish_reason\": \"stop\"}], \"usage\": {\"prompt_tokens\": 5, \"completion_tokens\": 5}}", 0));
        try (AgentEngine engine = AgentEngine.builder().model(model("r1")).build()) {
            TaskResult r = engine.compile("agent('One') { solve { task -> ask(task.question).answer } }", "one.groovy")
                    .solve("q");
            assertThat(r.answer()).isEqualTo("19");
            assertThat(r.trace().get(0).reasoning()).isEqualTo("{\"answer\": \"7\"} is wrong; 12 + 7 = 19");
        }
    }

    @Test
    void tooManyRequestsWaitsAsToldThenSucceeds() {
        script.add(new Answer(429, Map.of("retry-after-ms", "300"), "{\"error\": \"rate limited\"}", 0));
        script.add(Answer.ok("{\"thinking\": \"a\", \"answer\": \"b\"}"));
        long start = System.nanoTime();
        ModelReply reply = model("m").complete(prompt());
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
        assertThat(reply.fields()).containsEntry("answer", "b");
        assertThat(requests).hasSize(2);
    }

    @Test
    void serverErrorsAreRetriedThenSucceed() {
        script.add(new Answer(500, Map.of(), "oops", 0));
        script.add(new Answer(503, Map.of(), "busy", 0));
        script.add(Answer.ok("{\"thinking\": \"a\", \"answer\": \"b\"}"));
        assertThat(model("m").complete(prompt()).fields()).containsEntry("answer", "b");
        assertThat(requests).hasSize(3);
    }

    @Test
    void unauthorisedIsNotRetriedAndSaysWhatToCheck() {
        script.add(new Answer(401, Map.of(), "{\"error\": \"bad key\"}", 0));
        assertThatThrownBy(() -> model("m").complete(prompt())).isInstanceOf(ModelException.class)
                .hasMessageContaining("HTTP 401").hasMessageContaining("check OPENAI_API_KEY");
        assertThat(requests).hasSize(1);
    }

    @Test
    void notFoundNamesTheModelAndTheBaseUrl() {
        script.add(new Answer(404, Map.of(), "{\"error\": \"no such model\"}", 0));
        assertThatThrownBy(() -> model("gpt-9").complete(prompt())).hasMessageContaining("check the model name 'gpt-9'")
                .hasMessageContaining("OPENAI_BASE_URL");
        assertThat(requests).hasSize(1);
    }

    @Test
    void anExhaustedQuotaIsNotRetried() {
        script.add(new Answer(429, Map.of(), "{\"error\": {\"code\": \"insufficient_quota\"}}", 0));
        assertThatThrownBy(() -> model("m").complete(prompt())).hasMessageContaining("the quota is exhausted");
        assertThat(requests).hasSize(1);
    }

    @Test
    void aMalformedBodyIsAClearError() {
        script.add(new Answer(200, Map.of(), "<html>gateway</html>", 0));
        assertThatThrownBy(() -> model("m").complete(prompt())).isInstanceOf(ModelException.class)
                .hasMessageContaining("a body that is not JSON");
    }

    @Test
    void aSlowServerTimesOutAndIsRetriedThenGivenUp() {
        OpenAiModel slow = new OpenAiModel(OpenAiSettings.fromEnvironment("m", Map.of("OPENAI_BASE_URL",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1")).withRetries(2, Duration.ofMillis(10))
                .withTimeout(Duration.ofMillis(200)));
        script.add(new Answer(200, Map.of(), "{}", 1_000));
        script.add(new Answer(200, Map.of(), "{}", 1_000));
        assertThatThrownBy(() -> slow.complete(prompt())).hasMessageContaining("did not answer within 200 ms, 2 times");
    }

    @Test
    void aReplyCutOffAtTheTokenLimitIsTypedNotEmpty() {
        script.add(Answer.ok("", "length"));
        assertThatThrownBy(() -> model("m").complete(prompt())).isInstanceOf(ReplyParseException.class)
                .hasMessageContaining("cut off at the token limit (300)");
    }

    @Test
    void cachedAndReasoningTokensAreReadAndCachedTokensCostTheCachedPrice() {
        script.add(new Answer(200, Map.of(), "{\"choices\": [{\"message\": {\"content\": "
                + "\"{\\\"thinking\\\": \\\"12 + 7\\\", \\\"answer\\\": 19}\"}, "
                + "\"finish_reason\": \"stop\"}], \"usage\": {\"prompt_tokens\": 1000, \"completion_tokens\": 300, "
                + "\"prompt_tokens_details\": {\"cached_tokens\": 800}, "
                + "\"completion_tokens_details\": {\"reasoning_tokens\": 250}}}", 0));
        ModelReply reply = model("gpt-4o-mini").complete(prompt());
        assertThat(reply.fields()).containsEntry("answer", "19");
        assertThat(reply.usage().cachedTokens()).isEqualTo(800);
        assertThat(reply.usage().reasoningTokens()).isEqualTo(250);
        assertThat(reply.usage().cost()).isCloseTo((200 * 0.15 + 800 * 0.075 + 300 * 0.60) / 1_000_000.0,
                org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void theRateLimiterKeepsRequestsReachingTheServerUnderTheLimitAtConcurrency64() throws Exception {
        for (int i = 0; i < 60; i++) {
            script.add(Answer.ok("{\"thinking\": \"-\", \"answer\": " + i + "}"));
        }
        RateLimitedModel limited = new RateLimitedModel(model("gpt-4o-mini"), 20, 0, 0, Duration.ofMillis(500));
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(64);
        long before = System.nanoTime();
        try {
            List<java.util.concurrent.Future<ModelReply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                replies.add(callers.submit(() -> limited.complete(prompt())));
            }
            for (java.util.concurrent.Future<ModelReply> reply : replies) {
                assertThat(reply.get().fields()).containsKey("answer");
            }
        } finally {
            callers.shutdownNow();
        }
        List<Long> seen = new java.util.ArrayList<>(arrivals);
        seen.sort(null);
        assertThat(seen).hasSize(60);
        // a request reaches the server only after the limiter admitted it, and the k-th admission comes
        // no sooner than k / 20 windows after the first: a lower bound that a busy machine only widens
        for (int k = 20; k < seen.size(); k += 20) {
            assertThat(seen.get(k) - before).as("request %d reached the server before its window", k + 1)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(500L * (k / 20)).toNanos());
        }
    }

    @Test
    void usageIsSummedOverATasksCalls() throws Exception {
        for (int i = 0; i < 3; i++) {
            script.add(Answer.ok("{\"answer\": \"" + i + "\"}"));
        }
        try (AgentEngine engine = AgentEngine.builder().model(model("gpt-4o-mini")).build()) {
            TaskResult r = engine.compile("agent('Three') { solve { task -> (1..3).collect { ask(task.question).answer } } }",
                    "three.groovy").solve("q");
            assertThat(r.ok()).as(r.error()).isTrue();
            assertThat(r.answer()).isEqualTo(List.of("0", "1", "2"));
            assertThat(r.usage().promptTokens()).isEqualTo(300);
            assertThat(r.usage().completionTokens()).isEqualTo(60);
            assertThat(r.trace()).allMatch(e -> !e.simulated() && e.model().equals("openai:gpt-4o-mini"));
        }
    }
}
