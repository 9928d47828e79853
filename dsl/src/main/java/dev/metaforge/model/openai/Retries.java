package dev.metaforge.model.openai;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Which HTTP answers are worth retrying, how long to wait, and what to tell the user when not. */
final class Retries {
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private Retries() {
    }

    static boolean retryable(int status, String body) {
        if (status == 429) {
            String lower = body == null ? "" : body.toLowerCase(Locale.ROOT);
            return !lower.contains("insufficient_quota") && !lower.contains("quota exceeded");
        }
        return status == 408 || status == 409 || status >= 500;
    }

    /** The server's Retry-After (ms or seconds) when given, else exponential backoff with jitter. */
    static Duration delay(int attempt, HttpHeaders headers, Duration base) {
        if (headers != null) {
            var millis = headers.firstValue("retry-after-ms");
            if (millis.isPresent()) {
                try {
                    return cap(Duration.ofMillis((long) Double.parseDouble(millis.get())));
                } catch (NumberFormatException ignored) {
                    // fall through to Retry-After
                }
            }
            var seconds = headers.firstValue("retry-after");
            if (seconds.isPresent()) {
                try {
                    return cap(Duration.ofMillis((long) (Double.parseDouble(seconds.get()) * 1000)));
                } catch (NumberFormatException ignored) {
                    // an HTTP date: use backoff
                }
            }
        }
        long exponential = base.toMillis() << Math.min(attempt - 1, 10);
        return cap(Duration.ofMillis(exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1)));
    }

    private static Duration cap(Duration wait) {
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    static String explain(int status, String body, OpenAiSettings settings) {
        String detail = body == null ? "" : body.replaceAll("\\s+", " ");
        detail = detail.length() > 200 ? detail.substring(0, 200) + "…" : detail;
        return switch (status) {
            case 401 -> "HTTP 401 from " + settings.baseUrl() + ": the API key was refused; check OPENAI_API_KEY";
            case 403 -> "HTTP 403 from " + settings.baseUrl() + ": this key may not use model '" + settings.model() + "'";
            case 404 -> "HTTP 404 from " + settings.baseUrl() + ": check the model name '" + settings.model()
                    + "' and the base URL (OPENAI_BASE_URL, usually ending in /v1)";
            case 429 -> "HTTP 429 from " + settings.baseUrl() + ": the quota is exhausted; " + detail;
            default -> "HTTP " + status + " from " + settings.baseUrl() + ": " + detail;
        };
    }
}
