package dev.metaforge.model.contract;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.LanguageModelContract;
import dev.metaforge.model.openai.OpenAiModel;
import dev.metaforge.model.openai.OpenAiSettings;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The OpenAI-compatible provider against a real HTTP server on loopback. */
class OpenAiModelContractTest extends LanguageModelContract {
    private EchoServer server;

    @BeforeEach
    void start() throws IOException {
        server = new EchoServer("/v1/chat/completions", content -> "{\"choices\": [{\"message\": {\"role\": "
                + "\"assistant\", \"content\": " + content + "}, \"finish_reason\": \"stop\"}], \"usage\": "
                + "{\"prompt_tokens\": 40, \"completion_tokens\": 12, \"total_tokens\": 52}}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Override
    protected LanguageModel model() {
        return new OpenAiModel(OpenAiSettings.fromEnvironment("local", Map.of("OPENAI_BASE_URL", server.base() + "/v1",
                "OPENAI_API_KEY", "test-key")));
    }
}
