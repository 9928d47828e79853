package dev.metaforge.model.http;

import java.time.Duration;

/**
 * Where a provider sends its requests and how patiently: the base URL, the model, the names of
 * the environment variables that hold the key and the URL (for error messages), the timeout per
 * attempt, the attempts in all, and the first backoff step.
 */
public record Endpoint(String name, String baseUrl, String model, String keyVariable, String baseVariable,
                       Duration timeout, int maxAttempts, Duration baseDelay) {
}
