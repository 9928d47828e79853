package dev.metaforge.model.openai;

import dev.metaforge.model.http.Prices;
import java.time.Duration;
import java.util.Map;

/**
 * Where and how to call an OpenAI-compatible endpoint. {@code tokenParameter} is
 * {@code max_tokens} for most compatible servers and {@code max_completion_tokens} for newer
 * OpenAI models; {@code replyFormat} is {@code json_schema} (a schema built from the requested
 * fields, where the server supports it — OpenAI does), {@code json_object}, or {@code none}.
 */
public record OpenAiSettings(String baseUrl, String apiKey, String model, Duration timeout, int maxAttempts,
                             Duration baseDelay, String tokenParameter, String replyFormat, Prices prices) {

    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    /** Settings from the environment: {@code OPENAI_BASE_URL} (default OpenAI's) and {@code OPENAI_API_KEY}. */
    public static OpenAiSettings fromEnvironment(String model, Map<String, String> environment) {
        String base = environment.getOrDefault("OPENAI_BASE_URL", DEFAULT_BASE_URL).replaceAll("/+$", "");
        return new OpenAiSettings(base, environment.getOrDefault("OPENAI_API_KEY", ""), model, Duration.ofSeconds(120),
                5, Duration.ofMillis(500), base.startsWith(DEFAULT_BASE_URL) ? "max_completion_tokens" : "max_tokens",
                base.startsWith(DEFAULT_BASE_URL) ? "json_schema" : "json_object", Prices.DEFAULT);
    }

    /** These settings with a catalog entry's price, reply format, token parameter and retries where it gives them. */
    public OpenAiSettings with(dev.metaforge.model.ModelCatalog.Entry e) {
        Prices p = prices.with(model, e.price());
        return new OpenAiSettings(baseUrl, apiKey, model, timeout, e.retries() != null ? e.retries() + 1 : maxAttempts,
                baseDelay,
                e.tokenParameter() != null ? e.tokenParameter() : tokenParameter,
                e.replyFormat() != null ? e.replyFormat() : replyFormat, p);
    }

    public OpenAiSettings withTimeout(Duration timeout) {
        return new OpenAiSettings(baseUrl, apiKey, model, timeout, maxAttempts, baseDelay, tokenParameter, replyFormat, prices);
    }

    public OpenAiSettings withReplyFormat(String format) {
        return new OpenAiSettings(baseUrl, apiKey, model, timeout, maxAttempts, baseDelay, tokenParameter, format, prices);
    }

    public OpenAiSettings withRetries(int maxAttempts, Duration baseDelay) {
        return new OpenAiSettings(baseUrl, apiKey, model, timeout, maxAttempts, baseDelay, tokenParameter, replyFormat, prices);
    }
}
