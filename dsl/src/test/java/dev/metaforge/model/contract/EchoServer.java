package dev.metaforge.model.contract;

import com.sun.net.httpserver.HttpServer;
import groovy.json.JsonOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server on loopback that answers every request at {@code path} with a reply built
 * from the request: the first number after "has " in it, as {@code answer}, so a reply that went
 * to the wrong caller shows.
 */
final class EchoServer implements AutoCloseable {
    private static final Pattern NUMBER = Pattern.compile("has (\\d+)");
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    /** {@code envelope} wraps the JSON content a model would write into the provider's reply format. */
    EchoServer(String path, Function<String, String> envelope) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(path, exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = NUMBER.matcher(request);
            String content = "{\"thinking\": \"the question says so\", \"answer\": \"" + (m.find() ? m.group(1) : "0")
                    + "\"}";
            byte[] bytes = envelope.apply(JsonOutput.toJson(content)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.setExecutor(pool);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
