package dev.metaforge.archive;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * An open archive: the schema brought up to date on open, and the repositories that read and
 * write it. Safe to share between threads; several processes may open the same H2 file.
 */
public final class Archive implements AutoCloseable {
    /** The newest schema version this build knows: the highest {@code V<n>__*.sql} in db/migration. */
    public static final int SCHEMA_VERSION = 3;
    private final String location;
    private final String url;
    private final JdbcConnectionPool pool;
    /** For an H2 file opened to write; null otherwise. */
    private final H2Compaction compaction;
    private final Designs designs;
    private final Runs runs;
    private final Evaluations evaluations;
    private final SearchNodes searchNodes;
    private final ClusterMembers clusterMembers;

    private Archive(String location, String url, JdbcConnectionPool pool, H2Compaction compaction) {
        this.location = ArchiveLocation.shown(location);
        this.url = url;
        this.pool = pool;
        this.compaction = compaction;
        this.designs = new Designs(this);
        this.runs = new Runs(this);
        this.evaluations = new Evaluations(this);
        this.searchNodes = new SearchNodes(this);
        this.clusterMembers = new ClusterMembers(this);
    }

    /** Opens (creating if needed) the archive at a path or JDBC URL, migrating its schema. */
    public static Archive open(String location) {
        return open(location, true);
    }

    /**
     * Opens the archive to look at it: the same as {@link #open(String)}, except that closing it
     * never compacts an H2 file, which is the writers' work (see {@link H2Compaction}).
     */
    public static Archive openForReading(String location) {
        return open(location, false);
    }

    private static Archive open(String location, boolean writer) {
        String url = ArchiveLocation.jdbcUrl(location);
        JdbcConnectionPool pool = url.startsWith("jdbc:h2:") ? JdbcConnectionPool.create(url, "sa", "") : null;
        Archive archive = new Archive(location, url, pool, writer && pool != null ? H2Compaction.forWriter(location, url) : null);
        try {
            probe(archive);
        } catch (SQLException e) {
            archive.close();
            throw new ArchiveException("cannot open the archive at " + archive.location + ": " + firstLine(e.getMessage())
                    + (e.getMessage() != null && e.getMessage().contains("corrupt")
                    ? " (the file is damaged; restore a copy or start a new archive with --archive)" : ""), e);
        }
        try {
            archive.migrate();
        } catch (RuntimeException e) {
            archive.close();
            throw e instanceof ArchiveException a ? a
                    : new ArchiveException("cannot prepare the archive at " + archive.location + ": "
                    + firstLine(e.getMessage()), e);
        }
        return archive;
    }

    /**
     * A first connection. Processes that open a new H2 file at the same moment (workers started
     * together) can find its lock file just written, and one that comes while a writer compacts the
     * file finds it in exclusive mode; H2 says so, and a moment later it is theirs to share.
     */
    private static void probe(Archive archive) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Connection probe = archive.connection()) {
                probe.isValid(5);
                return;
            } catch (SQLException e) {
                if (attempt >= 10 || e.getMessage() == null || !(e.getMessage().contains("Lock file recently modified")
                        || e.getMessage().contains("exclusive mode"))) {
                    throw e;
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the archive's lock file", e);
            }
        }
    }

    /** Brings the schema up to date; when it already is (the common case), Flyway is not even started. */
    private void migrate() {
        int stored = read(Archive::storedVersion);
        if (stored > SCHEMA_VERSION) {
            throw new ArchiveException("the archive at " + location + " was written by a newer Metaforge (schema version "
                    + stored + "; this one knows up to " + SCHEMA_VERSION + "); open it with that version or newer");
        }
        if (stored < SCHEMA_VERSION) {
            migrateWithFlyway();
        }
    }

    /** The highest successfully applied schema version, or 0 for an empty database. */
    private static int storedVersion(Connection c) throws SQLException {
        int highest = 0;
        try (ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!tables.next()) {
                return 0; // a new, empty database (asked first: H2 logs every failed query to a trace file)
            }
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
            while (r.next()) {
                String version = r.getString(1);
                if (version != null && version.matches("\\d+")) {
                    highest = Math.max(highest, Integer.parseInt(version));
                }
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
                return 0; // no history table yet: a new, empty database
            }
            throw e;
        }
        return highest;
    }

    /**
     * Flyway reports every step at INFO; a command line should only hear about problems. A holder
     * class, so that logging is set up only when a migration runs, and the logger is kept from collection.
     */
    private static final class FlywayLog {
        static final java.util.logging.Logger LOGGER = java.util.logging.Logger.getLogger("org.flywaydb");

        static {
            LOGGER.setLevel(java.util.logging.Level.WARNING);
        }
    }

    private void migrateWithFlyway() {
        FlywayLog.LOGGER.getLevel();
        Flyway flyway = Flyway.configure().dataSource(url, pool != null ? "sa" : null,
                        pool != null ? "" : credentials().getProperty("password"))
                .locations("classpath:db/migration").load();
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> future = Arrays.stream(all).filter(Archive::future).reduce((a, b) -> b);
        if (future.isPresent()) {
            String known = Arrays.stream(all).filter(m -> !future(m)).reduce((a, b) -> b)
                    .map(m -> m.getVersion().toString()).orElse("none");
            throw new ArchiveException("the archive at " + location + " was written by a newer Metaforge (schema version "
                    + future.get().getVersion() + "; this one knows up to " + known + "); open it with that version or newer");
        }
        MigrateResult result = flyway.migrate();
        if (!result.success) {
            throw new ArchiveException("the archive's schema could not be brought up to date");
        }
    }

    private static boolean future(MigrationInfo m) {
        return m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED;
    }

    /** A new connection; the caller closes it. */
    Connection connection() throws SQLException {
        return pool != null ? pool.getConnection() : DriverManager.getConnection(url, credentials());
    }

    /**
     * For a server (PostgreSQL): the user and password in the URL, or the password from
     * {@code METAFORGE_ARCHIVE_PASSWORD}, so that it need not stand in a command line.
     */
    private static java.util.Properties credentials() {
        java.util.Properties p = new java.util.Properties();
        String password = System.getenv("METAFORGE_ARCHIVE_PASSWORD");
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none. */
    <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ArchiveException("archive write failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** Runs a read. */
    <T> T read(SqlWork<T> work) {
        try (Connection c = connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new ArchiveException("archive read failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** A unit of JDBC work. */
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    public Designs designs() {
        return designs;
    }

    public Runs runs() {
        return runs;
    }

    public Evaluations evaluations() {
        return evaluations;
    }

    public SearchNodes searchNodes() {
        return searchNodes;
    }

    public ClusterMembers clusterMembers() {
        return clusterMembers;
    }

    public String location() {
        return location;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        Connection held = compaction != null ? compaction.hold() : null;
        pool.dispose();
        if (held != null) {
            compaction.compactAndClose(held);
        }
    }
}
