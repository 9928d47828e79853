package dev.metaforge.model.openai;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelException;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.ReplyParseException;
import dev.metaforge.model.ReplyParser;
import dev.metaforge.model.Usage;
import dev.metaforge.model.http.Endpoint;
import dev.metaforge.model.http.RetryingHttp;
import groovy.json.JsonOutput;
import groovy.json.JsonSlurper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Any OpenAI-compatible {@code /v1/chat/completions} endpoint (OpenAI, vLLM, llama.cpp, Ollama,
 * LM Studio). Requested fields are asked for as a JSON object and read with {@link ReplyParser}.
 * Transient failures (408, 409, 429, 5xx, lost connections, timeouts) are retried with
 * exponential backoff that honours {@code Retry-After}; 400, 401, 403 and 404 are not, and fail
 * with a message that says what to check.
 */
public final class OpenAiModel implements LanguageModel {
    private final OpenAiSettings settings;
    private final RetryingHttp http;
    private final URI completions;

    public OpenAiModel(OpenAiSettings settings) {
        this.settings = settings;
        this.completions = URI.create(settings.baseUrl() + "/chat/completions");
        this.http = new RetryingHttp(new Endpoint(name(settings), settings.baseUrl(), settings.model(), "OPENAI_API_KEY",
                "OPENAI_BASE_URL, usually ending in /v1", settings.timeout(), settings.maxAttempts(), settings.baseDelay()));
    }

    private static String name(OpenAiSettings settings) {
        return "openai:" + settings.model();
    }

    @Override
    public String name() {
        return name(settings);
    }

    @Override
    public ModelReply complete(Prompt prompt) {
        HttpRequest request = HttpRequest.newBuilder(completions)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + settings.apiKey())
                .POST(HttpRequest.BodyPublishers.ofString(body(prompt)))
                .build();
        return reply(http.send(request), prompt);
    }

    private String body(Prompt prompt) {
        List<Map<String, String>> messages = new ArrayList<>();
        StringBuilder system = new StringBuilder(prompt.systemLine());
        system.append("\nReply with only a JSON object with these fields:");
        prompt.fields().forEach((name, description) -> system.append("\n\"").append(name).append("\": ").append(description));
        messages.add(Map.of("role", "system", "content", system.toString()));
        messages.add(Map.of("role", "user", "content", prompt.text()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", settings.model());
        body.put("messages", messages);
        body.put("temperature", prompt.temperature());
        body.put("n", 1);
        body.put("seed", prompt.seed() ^ prompt.sample());
        body.put(settings.tokenParameter(), prompt.maxTokens());
        switch (settings.replyFormat()) {
            case "json_schema" -> body.put("response_format", Map.of("type", "json_schema", "json_schema",
                    Map.of("name", "reply", "strict", true, "schema", schema(prompt))));
            case "json_object" -> body.put("response_format", Map.of("type", "json_object"));
            default -> { }
        }
        return JsonOutput.toJson(body);
    }

    /** Every requested field a required string, nothing else. */
    private static Map<String, Object> schema(Prompt prompt) {
        Map<String, Object> properties = new LinkedHashMap<>();
        prompt.fields().forEach((name, description) -> properties.put(name, Map.of("type", "string",
                "description", description)));
        return Map.of("type", "object", "properties", properties, "required", List.copyOf(prompt.fields().keySet()),
                "additionalProperties", false);
    }

    @SuppressWarnings("unchecked")
    private ModelReply reply(String body, Prompt prompt) {
        Map<String, Object> json;
        try {
            json = (Map<String, Object>) new JsonSlurper().parseText(body);
        } catch (RuntimeException e) {
            throw new ModelException(name() + " answered 200 with a body that is not JSON: "
                    + body.substring(0, Math.min(200, body.length())), true);
        }
        List<Map<String, Object>> choices = (List<Map<String, Object>>) json.get("choices");
        if (choices == null || choices.isEmpty()) {
            throw new ModelException(name() + " answered without choices", true);
        }
        Map<String, Object> message = (Map<String, Object>) choices.get(0).get("message");
        String content = message == null || message.get("content") == null ? "" : String.valueOf(message.get("content"));
        Object finish = choices.get(0).get("finish_reason");
        if ("length".equals(finish) && content.isBlank()) {
            throw new ReplyParseException("the reply was cut off at the token limit (" + prompt.maxTokens()
                    + ") before any answer; raise maxTokens");
        }
        Map<String, Object> usage = json.get("usage") instanceof Map<?, ?> u ? (Map<String, Object>) u : Map.of();
        Usage spent = settings.prices().priced(settings.model(), new Usage(number(usage.get("prompt_tokens")),
                number(usage.get("completion_tokens")), number(detail(usage, "prompt_tokens_details", "cached_tokens")),
                number(detail(usage, "completion_tokens_details", "reasoning_tokens")), 0.0));
        Map<String, String> fields = ReplyParser.parse(content, prompt.fields().keySet());
        Object reasoning = message == null ? null : message.get("reasoning_content");
        return new ModelReply(content, fields, spent, name(), false, reasoning == null ? "" : String.valueOf(reasoning));
    }

    private static Object detail(Map<String, Object> usage, String group, String key) {
        return usage.get(group) instanceof Map<?, ?> details ? details.get(key) : null;
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
