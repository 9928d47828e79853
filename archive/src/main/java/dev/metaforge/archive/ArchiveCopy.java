package dev.metaforge.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies one archive into another, empty one — H2 to PostgreSQL or back — table by table in the
 * order their references need, every row with its id, in one transaction on the target; then
 * each id column continues after the highest id copied. Both sides are at the same schema version
 * (opening them migrates). Returns the rows copied per table.
 */
public final class ArchiveCopy {
    /** The tables in an order that every reference points backwards. */
    static final List<String> TABLES = List.of("design", "design_parent", "run", "evaluation", "evaluation_failure",
            "task_result", "search_node", "llm_cache");
    /** The tables whose {@code id} the database generates. */
    private static final List<String> IDENTITIES = List.of("design", "run", "evaluation", "task_result", "search_node");
    private static final int BATCH = 500;

    private ArchiveCopy() {
    }

    public static Map<String, Long> copy(Archive from, Archive to) {
        if (to.designs().count() > 0 || !to.runs().all().isEmpty()) {
            throw new ArchiveException("the archive at " + to.location() + " is not empty; copy into a new one");
        }
        Map<String, Long> copied = new LinkedHashMap<>();
        from.read(source -> to.inTransaction(target -> {
            source.setAutoCommit(false); // so that PostgreSQL streams the rows instead of reading them all at once
            for (String table : TABLES) {
                copied.put(table, copyTable(source, target, table));
            }
            for (String table : IDENTITIES) {
                restartIdentity(target, table);
            }
            return null;
        }));
        return copied;
    }

    /** Rows in id order where there are ids, so that a node's parent node is there before it. */
    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        try (Statement s = source.createStatement()) {
            s.setFetchSize(BATCH);
            copyRows(s.executeQuery("SELECT * FROM " + table + (IDENTITIES.contains(table) ? " ORDER BY id" : "")),
                    target, table);
        }
        return rows(target, table);
    }

    private static long rows(Connection target, String table) throws SQLException {
        try (Statement s = target.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void copyRows(ResultSet r, Connection target, String table) throws SQLException {
        long rows = 0;
        try (r) {
            ResultSetMetaData meta = r.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            try (PreparedStatement p = target.prepareStatement(insert)) {
                while (r.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        p.setObject(i, r.getObject(i));
                    }
                    p.addBatch();
                    if (++rows % BATCH == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
        }
    }

    private static void restartIdentity(Connection target, String table) throws SQLException {
        long next;
        try (Statement s = target.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(id) FROM " + table)) {
            r.next();
            next = r.getLong(1) + 1;
        }
        try (Statement s = target.createStatement()) {
            s.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }
}
