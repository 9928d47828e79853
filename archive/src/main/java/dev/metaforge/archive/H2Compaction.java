package dev.metaforge.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps an H2 archive file near the size of its data. Every stored evaluation is its own commit,
 * and H2 appends each commit to the file, so a search leaves a file ten times its data or more.
 * Compacting bit by bit when the last connection closes took up to five seconds at the end of
 * every command and often did not finish; rewriting the file whole ({@code SHUTDOWN COMPACT})
 * takes a fraction of a second for a search's archive. It is done by a writer that wrote at
 * least a quarter of what the file held when it was opened (so its cost, which grows with the
 * data, is paid once per comparable amount written) and only when no one else has the database
 * open: the shutdown would end their connections.
 */
final class H2Compaction {
    /** Below this much written, a command's writes are not worth a rewrite of the file. */
    static final long MIN_WRITTEN_BYTES = 1 << 20;

    private final String url;
    private final long sizeAtOpen;

    private H2Compaction(String url, long sizeAtOpen) {
        this.url = url;
        this.sizeAtOpen = sizeAtOpen;
    }

    /** For an archive opened to write at {@code location}; null where there is nothing to compact. */
    static H2Compaction forWriter(String location, String url) {
        Path file = ArchiveLocation.h2File(location);
        if (file == null) {
            return null;
        }
        long size;
        try {
            size = Files.exists(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            size = 0;
        }
        return new H2Compaction(url, size);
    }

    /**
     * A connection of its own, taken while the archive's pool still holds the database open, so
     * that disposing the pool does not close the database before it is compacted.
     */
    Connection hold() {
        try {
            return DriverManager.getConnection(url, "sa", "");
        } catch (SQLException e) {
            return null; // nothing to compact with; the archive closes as it would have
        }
    }

    /** With the pool gone: compacts through {@code held} when worth it and alone, and closes it. */
    void compactAndClose(Connection held) {
        try (Connection c = held; Statement s = c.createStatement()) {
            if (written(s) < Math.max(MIN_WRITTEN_BYTES, sizeAtOpen / 4)) {
                return;
            }
            // no new connection from here on (a process starting now waits and tries again), then count
            s.execute("SET EXCLUSIVE 1");
            if (alone(s)) {
                s.execute("SHUTDOWN COMPACT");
            } else {
                s.execute("SET EXCLUSIVE 0");
            }
        } catch (SQLException e) {
            // the data is stored either way: an archive that could not be compacted is only larger
        }
    }

    /** What the database has written since it was opened, by this process and any it serves. */
    private static long written(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_WRITE_BYTES'")) {
            return r.next() ? Long.parseLong(r.getString(1)) : 0;
        }
    }

    /** This connection is the database's only session: no other process, and no other archive in this one. */
    private static boolean alone(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            return r.next() && r.getLong(1) == 1;
        }
    }
}
