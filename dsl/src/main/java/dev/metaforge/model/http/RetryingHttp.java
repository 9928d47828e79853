package dev.metaforge.model.http;

import dev.metaforge.model.ModelException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Sends a request until it succeeds or is not worth repeating: 408, 409, 429 (unless the quota
 * is gone), 5xx (529 "overloaded" included), lost connections and timeouts are retried with
 * backoff that honours Retry-After; anything else fails at once with what to check.
 */
public final class RetryingHttp {
    private static final System.Logger LOG = System.getLogger(RetryingHttp.class.getName());
    private final HttpClient http;
    private final Endpoint endpoint;

    public RetryingHttp(Endpoint endpoint) {
        this.endpoint = endpoint;
        // Callers block in send() and the body is read into a String, so nothing the client runs on its executor
        // blocks: running it on the selector thread saves two thread hand-offs per call (~25 % of the client's CPU).
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(endpoint.timeout())
                .executor(Runnable::run).build();
    }

    /** Says, at debug level, why a call is tried again and after how long. */
    private void retrying(int attempt, Duration wait, String why) {
        LOG.log(System.Logger.Level.DEBUG, () -> endpoint.name() + ": " + why + "; trying again (" + (attempt + 1)
                + " of " + endpoint.maxAttempts() + ") in " + wait.toMillis() + " ms");
    }

    /** The body of the first 200 answer to {@code request}. */
    public String send(HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200) {
                    return response.body();
                }
                if (!Retries.retryable(status, response.body())) {
                    throw new ModelException(Retries.explain(status, response.body(), endpoint), false);
                }
                if (attempt >= endpoint.maxAttempts()) {
                    throw new ModelException(endpoint.name() + " answered HTTP " + status + " " + attempt
                            + " times; giving up", true);
                }
                wait = Retries.delay(attempt, response.headers(), endpoint.baseDelay());
                retrying(attempt, wait, "HTTP " + status);
            } catch (HttpTimeoutException e) {
                if (attempt >= endpoint.maxAttempts()) {
                    throw new ModelException(endpoint.name() + " did not answer within " + endpoint.timeout().toMillis()
                            + " ms, " + attempt + " times", true, e);
                }
                wait = Retries.delay(attempt, null, endpoint.baseDelay());
                retrying(attempt, wait, "no answer within " + endpoint.timeout().toMillis() + " ms");
            } catch (IOException e) {
                if (attempt >= endpoint.maxAttempts()) {
                    throw new ModelException("cannot reach " + endpoint.baseUrl() + ": " + e.getMessage(), true, e);
                }
                wait = Retries.delay(attempt, null, endpoint.baseDelay());
                retrying(attempt, wait, "connection failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelException("model call interrupted", false, e);
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelException("model call interrupted while waiting to retry", false, e);
            }
        }
    }
}
