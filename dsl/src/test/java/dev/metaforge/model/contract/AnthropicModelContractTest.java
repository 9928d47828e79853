package dev.metaforge.model.contract;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.LanguageModelContract;
import dev.metaforge.model.anthropic.AnthropicModel;
import dev.metaforge.model.http.Prices;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The Anthropic provider against a real HTTP server on loopback. */
class AnthropicModelContractTest extends LanguageModelContract {
    private EchoServer server;

    @BeforeEach
    void start() throws IOException {
        server = new EchoServer("/v1/messages", content -> "{\"content\": [{\"type\": \"text\", \"text\": " + content
                + "}], \"stop_reason\": \"end_turn\", \"usage\": {\"input_tokens\": 40, \"output_tokens\": 12}}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Override
    protected LanguageModel model() {
        return new AnthropicModel(server.base(), "secret", "claude-test", Duration.ofSeconds(5), 3, Duration.ofMillis(10),
                Prices.DEFAULT);
    }
}
