package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code metaforge run --model openai:…} as a user runs it: the first run a new process with the
 * endpoint in its environment, the others in this JVM with the same variables given to the command line.
 */
class OpenAiCliTest {
    @org.junit.jupiter.api.io.TempDir
    Path dir;

    private static Process process(HttpServer server, String... args) throws java.io.IOException {
        ProcessBuilder pb = new ProcessBuilder(CliTest.newProcess(args));
        pb.environment().put("OPENAI_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
        pb.environment().put("OPENAI_API_KEY", "local");
        pb.redirectErrorStream(true);
        return pb.start();
    }

    /** The command line with the provider's base URL and key pointing at {@code server}. */
    private static CliTest.Result metaforge(HttpServer server, String... args) {
        return CliTest.metaforge(java.util.Map.of("OPENAI_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort()
                + "/v1", "OPENAI_API_KEY", "local"), args);
    }

    @Test
    void runsAnAgentAgainstAnOpenAiCompatibleServerAndReplaysFromTheCache() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            byte[] body = ("{\"choices\": [{\"message\": {\"content\": \"{\\\"thinking\\\": \\\"12 + 7\\\", \\\"answer\\\": "
                    + "\\\"19\\\"}\"}, \"finish_reason\": \"stop\"}], \"usage\": {\"prompt_tokens\": 50, "
                    + "\"completion_tokens\": 10}}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String[] run = {"run", CliTest.SAMPLES + "agents/cot.agent.groovy", "--task",
            "Mia has 12 apples. She buys 7 more. How many apples does Mia have now?", "--model", "openai:gpt-4o-mini",
            "--archive", dir.resolve("archive").toString()};
        try {
            Process p = process(server, run);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("model: openai:gpt-4o-mini, seed 42").doesNotContain("simulated")
                    .contains("task     19   1 call(s)").contains("spent: 60 tokens, $0.000014");
            assertThat(calls).hasValue(1);

            String[] again = java.util.Arrays.copyOf(run, run.length + 1);
            again[run.length] = "--json";
            String json = metaforge(server, again).out();
            com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            com.fasterxml.jackson.databind.JsonNode task = root.get("results").get(0);
            assertThat(task.get("answer").asText()).isEqualTo("19");
            assertThat(task.get("cost").asDouble()).isZero();
            assertThat(root.get("summary").get("tokens").asLong()).isEqualTo(60);
            assertThat(root.get("summary").get("cost").asDouble()).isZero();
            assertThat(calls).as("the second run is served from the cache").hasValue(1);

            assertThat(metaforge(server, java.util.stream.Stream.concat(java.util.Arrays.stream(run),
                    java.util.stream.Stream.of("--cache", "off")).toArray(String[]::new)).code()).isZero();
            assertThat(calls).hasValue(2);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void verboseSaysWhenAndWhyACallIsTriedAgainAndQuietDoesNot() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            boolean busy = calls.incrementAndGet() % 2 == 1;
            byte[] body = (busy ? "{\"error\": \"overloaded\"}" : "{\"choices\": [{\"message\": {\"content\": "
                    + "\"{\\\"thinking\\\": \\\"12 + 7\\\", \\\"answer\\\": \\\"19\\\"}\"}, \"finish_reason\": \"stop\"}], \"usage\": "
                    + "{\"prompt_tokens\": 5, \"completion_tokens\": 1}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Retry-After", "0");
            exchange.sendResponseHeaders(busy ? 503 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String[] run = {"run", CliTest.SAMPLES + "agents/cot.agent.groovy", "--task", "Mia has 12 apples.",
                "--model", "openai:local", "--cache", "off"};
            CliTest.Result loud = metaforge(server, java.util.stream.Stream.concat(java.util.Arrays.stream(run),
                    java.util.stream.Stream.of("--verbose")).toArray(String[]::new));
            String said = loud.out() + loud.err();
            assertThat(said).contains("HTTP 503; trying again (2 of 5) in");
            CliTest.Result quiet = metaforge(server, run);
            String silent = quiet.out() + quiet.err();
            assertThat(quiet.code()).as(silent).isZero();
            assertThat(silent).doesNotContain("trying again");
        } finally {
            server.stop(0);
        }
    }
}
