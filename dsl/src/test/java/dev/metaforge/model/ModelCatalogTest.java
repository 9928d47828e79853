package dev.metaforge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-model endpoints, keys and prices from a catalog file, used by real requests to a loopback server. */
class ModelCatalogTest {
    @TempDir
    Path dir;

    private Path write(String json) throws Exception {
        Path file = dir.resolve("models.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void twoModelsOnTwoEndpointsEachWithItsOwnKeyAndPrice() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer a = server("A", seen);
        HttpServer b = server("B", seen);
        try {
            Path file = write("{\"openai:local\": {\"model\": \"llama3.1\", \"baseUrl\": \"http://127.0.0.1:"
                    + a.getAddress().getPort() + "/v1\", \"keyVariable\": \"LOCAL_KEY\", \"price\": [1.0, 2.0]},"
                    + " \"openai:hosted\": {\"baseUrl\": \"http://127.0.0.1:" + b.getAddress().getPort() + "/v1\","
                    + " \"keyVariable\": \"HOSTED_KEY\", \"replyFormat\": \"none\"}}");
            ModelCatalog catalog = ModelCatalog.fromEnvironment(Map.of("METAFORGE_MODELS", file.toString()), dir);
            Map<String, String> env = Map.of("LOCAL_KEY", "k-local", "HOSTED_KEY", "k-hosted");
            LanguageModel local = Models.resolve("openai:local", 1, Duration.ZERO, env, catalog);
            LanguageModel hosted = Models.resolve("openai:hosted", 1, Duration.ZERO, env, catalog);
            ModelReply r = local.complete(Prompt.builder("2 + 2?").build());
            hosted.complete(Prompt.builder("3 + 3?").build());
            assertThat(r.fields().get("answer")).isEqualTo("4");
            assertThat(r.usage().cost()).isEqualTo((100 * 1.0 + 10 * 2.0) / 1_000_000.0);
            assertThat(seen).hasSize(2);
            assertThat(seen.get(0)).startsWith("A Bearer k-local").contains("\"model\":\"llama3.1\"");
            assertThat(seen.get(1)).startsWith("B Bearer k-hosted").contains("\"model\":\"hosted\"")
                    .doesNotContain("response_format");
        } finally {
            a.stop(0);
            b.stop(0);
        }
    }

    @Test
    void theWorkingDirectorysCatalogIsUsedWhenNoneIsNamed() throws Exception {
        Files.createDirectories(dir.resolve(".metaforge"));
        Files.writeString(dir.resolve(".metaforge/models.json"), "{\"openai:x\": {\"model\": \"y\"}}");
        assertThat(ModelCatalog.fromEnvironment(Map.of(), dir).entry("openai:x").orElseThrow().model()).isEqualTo("y");
        assertThat(ModelCatalog.fromEnvironment(Map.of(), dir.resolve("elsewhere")).entry("openai:x")).isEmpty();
    }

    @Test
    void retriesSayHowOftenAFailedCallIsTriedAgainForEachProvider() throws Exception {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer down = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        down.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(503, -1); // worth retrying
            exchange.close();
        });
        down.start();
        try {
            String base = "http://127.0.0.1:" + down.getAddress().getPort();
            ModelCatalog catalog = ModelCatalog.load(write("{\"openai:once\": {\"baseUrl\": \"" + base + "/v1\", "
                    + "\"retries\": 0}, \"openai:twice\": {\"baseUrl\": \"" + base + "/v1\", \"retries\": 1}, "
                    + "\"anthropic:once\": {\"baseUrl\": \"" + base + "\", \"retries\": 0}}"));
            for (Map.Entry<String, Integer> expected : Map.of("openai:once", 1, "openai:twice", 2, "anthropic:once", 1)
                    .entrySet()) {
                requests.set(0);
                LanguageModel model = Models.resolve(expected.getKey(), 1, Duration.ZERO, Map.of(), catalog);
                assertThatThrownBy(() -> model.complete(Prompt.builder("2 + 2?").build())).as(expected.getKey())
                        .isInstanceOf(ModelException.class);
                assertThat(requests.get()).as(expected.getKey()).isEqualTo(expected.getValue());
            }
        } finally {
            down.stop(0);
        }
    }

    @Test
    void aBrokenCatalogSaysWhichFileAndEntry() throws Exception {
        for (String retries : List.of("-1", "11", "1.5", "\"2\"", "99999999999")) {
            assertThatThrownBy(() -> ModelCatalog.load(write("{\"openai:x\": {\"retries\": " + retries + "}}")))
                    .as(retries).hasMessageContaining("entry \"openai:x\": retries must be a whole number from 0 to 10");
        }
        assertThatThrownBy(() -> ModelCatalog.load(write("{\"openai:x\": {\"model\": ")))
                .hasMessageContaining("models.json is not valid JSON");
        assertThatThrownBy(() -> ModelCatalog.load(write("{\"openai:x\": {\"baseURL\": \"http://h\"}}")))
                .hasMessageContaining("entry \"openai:x\": unknown setting 'baseURL'; known: model, baseUrl");
        assertThatThrownBy(() -> ModelCatalog.load(write("{\"openai:x\": {\"price\": 3}}")))
                .hasMessageContaining("price must be [prompt, completion]");
        assertThatThrownBy(() -> ModelCatalog.load(write("[1, 2]"))).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> ModelCatalog.load(dir.resolve("none.json"))).hasMessageContaining("cannot read");
    }

    private static HttpServer server(String label, List<String> seen) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(label + " " + exchange.getRequestHeaders().getFirst("Authorization") + " " + body.replace(" ", ""));
            byte[] reply = ("{\"choices\": [{\"message\": {\"content\": \"{\\\"answer\\\": \\\"4\\\"}\"}, "
                    + "\"finish_reason\": \"stop\"}], \"usage\": {\"prompt_tokens\": 100, \"completion_tokens\": 10}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
        return server;
    }
}
