package dev.metaforge.model.anthropic;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelException;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.ReplyParseException;
import dev.metaforge.model.ReplyParser;
import dev.metaforge.model.Usage;
import dev.metaforge.model.http.Endpoint;
import dev.metaforge.model.http.Prices;
import dev.metaforge.model.http.RetryingHttp;
import groovy.json.JsonOutput;
import groovy.json.JsonSlurper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anthropic's Messages API on the same SPI: {@code x-api-key}, {@code anthropic-version:
 * 2023-06-01}, {@code max_tokens} always set; 529 "overloaded" is retried like any 5xx. The key
 * comes from {@code ANTHROPIC_API_KEY}, the endpoint from {@code ANTHROPIC_BASE_URL}.
 */
public final class AnthropicModel implements LanguageModel {
    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    private final String baseUrl;
    private final String apiKey;
    private final String model;
    private final Duration timeout;
    private final RetryingHttp http;
    private final Prices prices;

    public AnthropicModel(String baseUrl, String apiKey, String model, Duration timeout, int maxAttempts, Duration baseDelay,
                          Prices prices) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.prices = prices;
        this.apiKey = apiKey;
        this.model = model;
        this.timeout = timeout;
        this.http = new RetryingHttp(new Endpoint("anthropic:" + model, this.baseUrl, model, "ANTHROPIC_API_KEY",
                "ANTHROPIC_BASE_URL", timeout, maxAttempts, baseDelay));
    }

    /** The model at the environment's base URL and key, priced by {@code prices}. */
    public static AnthropicModel fromEnvironment(String model, Map<String, String> environment, Prices prices) {
        return fromEnvironment(model, environment, prices, 4);
    }

    /** As above, a call that failed for a reason worth retrying tried {@code retries} more times. */
    public static AnthropicModel fromEnvironment(String model, Map<String, String> environment, Prices prices,
                                                 int retries) {
        return new AnthropicModel(environment.getOrDefault("ANTHROPIC_BASE_URL", DEFAULT_BASE_URL),
                environment.getOrDefault("ANTHROPIC_API_KEY", ""), model, Duration.ofSeconds(120), retries + 1,
                Duration.ofMillis(500),
                prices);
    }

    @Override
    public String name() {
        return "anthropic:" + model;
    }

    @Override
    public ModelReply complete(Prompt prompt) {
        StringBuilder system = new StringBuilder(prompt.systemLine());
        system.append("\nReply with only a JSON object with these fields:");
        prompt.fields().forEach((name, description) -> system.append("\n\"").append(name).append("\": ").append(description));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("max_tokens", prompt.maxTokens());
        body.put("system", system.toString());
        body.put("messages", List.of(Map.of("role", "user", "content", prompt.text())));
        body.put("temperature", Math.min(1.0, prompt.temperature()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/messages"))
                .timeout(timeout)
                .header("content-type", "application/json")
                .header("x-api-key", apiKey)
                .header("anthropic-version", "2023-06-01")
                .POST(HttpRequest.BodyPublishers.ofString(JsonOutput.toJson(body)))
                .build();
        return reply(http.send(request), prompt);
    }

    @SuppressWarnings("unchecked")
    private ModelReply reply(String body, Prompt prompt) {
        Map<String, Object> json;
        try {
            json = (Map<String, Object>) new JsonSlurper().parseText(body);
        } catch (RuntimeException e) {
            throw new ModelException(name() + " answered 200 with a body that is not JSON", true);
        }
        StringBuilder text = new StringBuilder();
        if (json.get("content") instanceof List<?> blocks) {
            for (Object block : blocks) {
                if (block instanceof Map<?, ?> b && "text".equals(b.get("type"))) {
                    text.append(b.get("text"));
                }
            }
        }
        if ("max_tokens".equals(json.get("stop_reason")) && text.toString().isBlank()) {
            throw new ReplyParseException("the reply was cut off at the token limit (" + prompt.maxTokens()
                    + ") before any answer; raise maxTokens");
        }
        Map<String, Object> usage = json.get("usage") instanceof Map<?, ?> u ? (Map<String, Object>) u : Map.of();
        // Anthropic counts cache reads and cache writes apart from input_tokens; all three are prompt.
        long cacheRead = number(usage.get("cache_read_input_tokens"));
        long promptTokens = number(usage.get("input_tokens")) + cacheRead + number(usage.get("cache_creation_input_tokens"));
        Usage spent = prices.priced(model, new Usage(promptTokens, number(usage.get("output_tokens")), cacheRead, 0, 0.0));
        return new ModelReply(text.toString(), ReplyParser.parse(text.toString(), prompt.fields().keySet()), spent,
                name(), false);
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
