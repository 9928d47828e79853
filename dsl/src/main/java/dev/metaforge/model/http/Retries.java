package dev.metaforge.model.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Which HTTP answers are worth retrying, how long to wait, and what to tell the user when not. */
public final class Retries {
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private Retries() {
    }

    public static boolean retryable(int status, String body) {
        if (status == 429) {
            String lower = body == null ? "" : body.toLowerCase(Locale.ROOT);
            return !lower.contains("insufficient_quota") && !lower.contains("quota exceeded");
        }
        return status == 408 || status == 409 || status >= 500;
    }

    /** The server's Retry-After (ms or seconds) when given, else exponential backoff with jitter. */
    public static Duration delay(int attempt, HttpHeaders headers, Duration base) {
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

    /**
     * What to tell the user about an answer that will not be retried: for 401 the key's variable,
     * for 404 the model name and the base URL's variable.
     */
    public static String explain(int status, String body, Endpoint endpoint) {
        String detail = body == null ? "" : body.replaceAll("\\s+", " ");
        detail = detail.length() > 200 ? detail.substring(0, 200) + "…" : detail;
        String from = "HTTP " + status + " from " + endpoint.baseUrl();
        return switch (status) {
            case 401 -> from + ": the API key was refused; check " + endpoint.keyVariable();
            case 403 -> from + ": this key may not use model '" + endpoint.model() + "'";
            case 404 -> from + ": check the model name '" + endpoint.model() + "' and the base URL ("
                    + endpoint.baseVariable() + ")";
            case 429 -> from + ": the quota is exhausted; " + detail;
            default -> from + ": " + detail;
        };
    }
}
