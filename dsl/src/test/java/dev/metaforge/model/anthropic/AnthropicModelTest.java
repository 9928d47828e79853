package dev.metaforge.model.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.ReplyParseException;
import dev.metaforge.model.http.Prices;
import groovy.json.JsonSlurper;
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

class AnthropicModelTest {
    private HttpServer server;
    private final ConcurrentLinkedQueue<int[]> statuses = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Headers> headers = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/messages", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            headers.add(exchange.getRequestHeaders());
            int[] status = statuses.poll();
            String body = bodies.poll();
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? 500 : status[0], bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(int status, String body) {
        statuses.add(new int[] {status});
        bodies.add(body);
    }

    private static String message(String text, String stop) {
        return "{\"content\": [{\"type\": \"text\", \"text\": " + groovy.json.JsonOutput.toJson(text) + "}], "
                + "\"stop_reason\": \"" + stop + "\", \"usage\": {\"input_tokens\": 30, \"output_tokens\": 7}}";
    }

    private AnthropicModel model() {
        return new AnthropicModel("http://127.0.0.1:" + server.getAddress().getPort(), "secret", "claude-test",
                Duration.ofSeconds(5), 3, Duration.ofMillis(10), Prices.DEFAULT);
    }

    private static Prompt prompt() {
        return Prompt.builder("What is 12 + 7?").field("answer", "The number only.").maxTokens(200).temperature(1.5).build();
    }

    @Test
    void cacheReadsAndWritesCountAsPromptTokensAndArePriced() {
        answer(200, "{\"content\": [{\"type\": \"text\", \"text\": \"{\\\"answer\\\": 19}\"}], "
                + "\"stop_reason\": \"end_turn\", \"usage\": {\"input_tokens\": 100, \"cache_read_input_tokens\": 900, "
                + "\"cache_creation_input_tokens\": 50, \"output_tokens\": 10}}");
        AnthropicModel priced = new AnthropicModel("http://127.0.0.1:" + server.getAddress().getPort(), "secret",
                "claude-test", Duration.ofSeconds(5), 3, Duration.ofMillis(10),
                Prices.DEFAULT.with("claude-test", new double[] {3.0, 15.0, 0.3}));
        ModelReply reply = priced.complete(prompt());
        assertThat(reply.usage().promptTokens()).isEqualTo(1050);
        assertThat(reply.usage().cachedTokens()).isEqualTo(900);
        assertThat(reply.usage().cost()).isCloseTo((150 * 3.0 + 900 * 0.3 + 10 * 15.0) / 1_000_000.0,
                org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void sendsTheHeadersAndBodyTheApiRequiresAndReadsTheFields() {
        answer(200, message("{\"answer\": 19}", "end_turn"));
        ModelReply reply = model().complete(prompt());
        assertThat(reply.fields()).containsEntry("answer", "19");
        assertThat(reply.usage().promptTokens()).isEqualTo(30);
        assertThat(reply.model()).isEqualTo("anthropic:claude-test");
        assertThat(headers.get(0).getFirst("x-api-key")).isEqualTo("secret");
        assertThat(headers.get(0).getFirst("anthropic-version")).isEqualTo("2023-06-01");
        @SuppressWarnings("unchecked")
        Map<String, Object> sent = (Map<String, Object>) new JsonSlurper().parseText(requests.get(0));
        assertThat(sent).containsEntry("max_tokens", 200).containsEntry("model", "claude-test");
        assertThat(((Number) sent.get("temperature")).doubleValue()).isEqualTo(1.0);
        assertThat((String) sent.get("system")).contains("\"answer\": The number only.");
    }

    @Test
    void overloadedIsRetried() {
        answer(529, "{\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\"}}");
        answer(200, message("{\"answer\": \"19\"}", "end_turn"));
        assertThat(model().complete(prompt()).fields()).containsEntry("answer", "19");
        assertThat(requests).hasSize(2);
    }

    @Test
    void aRefusedKeyNamesTheRightVariable() {
        answer(401, "{\"error\": \"invalid x-api-key\"}");
        assertThatThrownBy(() -> model().complete(prompt())).hasMessageContaining("check ANTHROPIC_API_KEY");
        assertThat(requests).hasSize(1);
    }

    @Test
    void aReplyStoppedAtTheTokenLimitBeforeAnyTextIsAnError() {
        answer(200, message("", "max_tokens"));
        assertThatThrownBy(() -> model().complete(prompt())).isInstanceOf(ReplyParseException.class)
                .hasMessageContaining("cut off at the token limit (200)");
    }
}
