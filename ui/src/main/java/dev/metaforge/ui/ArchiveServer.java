package dev.metaforge.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.metaforge.archive.Archive;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A read-only web view of an archive on the JDK's HTTP server. GET and HEAD only; every page is
 * rendered on the server with all text escaped and served with a Content-Security-Policy that
 * allows no script at all; static files come from the jar by name from a fixed list. When an
 * access token is set, every request must carry it (as {@code ?token=} once, then a cookie).
 */
public final class ArchiveServer implements AutoCloseable {
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private final HttpServer server;
    private final ExecutorService threads;
    private final Pages pages;
    private final String token;

    private ArchiveServer(HttpServer server, ExecutorService threads, Pages pages, String token) {
        this.server = server;
        this.threads = threads;
        this.pages = pages;
        this.token = token;
    }

    /** Serves {@code archive} on {@code host:port} (port 0: any free port); {@code token} may be null. */
    public static ArchiveServer start(Archive archive, String host, int port, String token) throws IOException {
        // the JDK server writes a reply's headers and body apart: without TCP_NODELAY the body waits for the
        // browser's delayed acknowledgement, about 40 ms on every page; read once, when the first server starts
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "metaforge-ui");
            t.setDaemon(true);
            return t;
        });
        ArchiveServer ui = new ArchiveServer(server, threads, new Pages(archive), token);
        server.createContext("/", ui::handle);
        server.setExecutor(threads);
        server.start();
        return ui;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain", "read only: GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Request request = Request.of(exchange.getRequestURI());
            if (!authorised(exchange, request)) {
                send(exchange, 403, "text/plain", "an access token is needed: open the URL printed by metaforge ui\n"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (request.path().startsWith("/static/")) {
                serveStatic(exchange, request.path().substring("/static/".length()));
                return;
            }
            Response response = pages.render(request);
            send(exchange, response.status(), response.type(), response.body().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            String body = Page.of("Error", new Html().tag("p", "the page could not be made: " + e.getMessage()), 0);
            send(exchange, 500, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private boolean authorised(HttpExchange exchange, Request request) {
        if (token == null) {
            return true;
        }
        Optional<String> given = request.param("token");
        if (given.isPresent() && same(given.get(), token)) {
            exchange.getResponseHeaders().add("Set-Cookie", "metaforge_token=" + token
                    + "; HttpOnly; SameSite=Strict; Path=/");
            return true;
        }
        String cookies = String.join(";", exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of()));
        for (String cookie : cookies.split(";")) {
            String c = cookie.strip();
            if (c.startsWith("metaforge_token=") && same(c.substring("metaforge_token=".length()), token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static void serveStatic(HttpExchange exchange, String name) throws IOException {
        if (!name.equals("style.css")) {
            send(exchange, 404, "text/plain", "no such file\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (InputStream in = ArchiveServer.class.getResourceAsStream(name)) {
            send(exchange, 200, "text/css; charset=utf-8", in.readAllBytes());
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
