package dev.metaforge.archive;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server for tests: a new cluster in a temporary directory, on a free
 * loopback port, trusting local connections, started with the machine's PostgreSQL binaries
 * ({@code METAFORGE_PG_BIN}, else /usr/lib/postgresql/15/bin) and stopped and deleted on close.
 * The server refuses to run as root, so as root it runs as the {@code postgres} user.
 */
public final class PostgresServer implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private final Path bin;
    private final Path dir;
    private final int port;

    private PostgresServer(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The binaries, if this machine has them. */
    public static Path binaries() {
        String given = System.getenv("METAFORGE_PG_BIN");
        return Path.of(given != null ? given : "/usr/lib/postgresql/15/bin");
    }

    private static PostgresServer shared;

    /**
     * The one server of this test JVM, started on first use and stopped when the JVM exits; the
     * test is skipped on a machine without the binaries. Each test takes a database of its own.
     */
    public static synchronized PostgresServer shared() {
        org.junit.jupiter.api.Assumptions.assumeTrue(available(), "PostgreSQL binaries under " + binaries());
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting PostgreSQL", e);
            }
            PostgresServer started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going; its temporary directory stays behind
                }
            }));
        }
        return shared;
    }

    /** A new database on the shared server, as a JDBC URL. */
    public static String sharedDatabase() {
        try {
            return shared().newDatabase();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean available() {
        return Files.isExecutable(binaries().resolve("pg_ctl")) && Files.isExecutable(binaries().resolve("initdb"));
    }

    public static PostgresServer start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("metaforge-pg");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        if (root()) {
            run(List.of("chown", "postgres", dir.toString()));
        }
        run(as(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "metaforge",
                "--auth=trust", "-E", "UTF8", "--no-sync")));
        run(as(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("log").toString(), "-w", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 "
                        + "-c fsync=off -c max_connections=200", "start")));
        return new PostgresServer(bin, dir, port);
    }

    /** A new, empty database on this server, as a JDBC URL. */
    public String newDatabase() throws SQLException {
        String name = "archive_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres")); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE DATABASE " + name);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=metaforge";
    }

    @Override
    public void close() throws IOException {
        try {
            run(as(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the server", e);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> as(List<String> command) {
        if (!root()) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        out.addAll(command);
        return out;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
