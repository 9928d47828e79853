package dev.metaforge.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs: started with their settings, updated with their spend, finished with a status. */
public final class Runs {
    private static final String COLUMNS = "id, strategy, settings, seed, status, budget, calls, tokens, cost, "
            + "best_design, started, finished";
    private final Archive archive;

    Runs(Archive archive) {
        this.archive = archive;
    }

    /** Records a new run as {@code running}; returns its id. */
    public long start(String strategy, String settings, long seed, String budget) {
        return archive.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO run (strategy, settings, seed, status, budget, "
                    + "calls, tokens, cost, started) VALUES (?, ?, ?, 'running', ?, 0, 0, 0, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, strategy);
                s.setString(2, settings);
                s.setLong(3, seed);
                s.setString(4, budget);
                s.setTimestamp(5, Timestamp.from(Instant.now()));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Replaces a run's stored settings, e.g. with the budget a resumed run was given. */
    public void settings(long id, String settings) {
        archive.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE run SET settings = ? WHERE id = ?")) {
                s.setString(1, settings);
                s.setLong(2, id);
                if (s.executeUpdate() != 1) {
                    throw new ArchiveException("no run " + id + " in the archive");
                }
            }
            return null;
        });
    }

    /** Marks a stopped run as running again, for {@code --resume}. */
    public void resume(long id) {
        archive.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE run SET status = 'running', finished = NULL WHERE id = ?")) {
                s.setLong(1, id);
                if (s.executeUpdate() != 1) {
                    throw new ArchiveException("no run " + id + " in the archive");
                }
            }
            return null;
        });
    }

    /** Updates what a run has spent so far and its best design. */
    public void progress(long id, long calls, long tokens, double cost, Long bestDesign) {
        update(id, null, calls, tokens, cost, bestDesign);
    }

    /** Ends a run with its final status. */
    public void finish(long id, RunStatus status, long calls, long tokens, double cost, Long bestDesign) {
        update(id, status.label(), calls, tokens, cost, bestDesign);
    }

    private void update(long id, String status, long calls, long tokens, double cost, Long bestDesign) {
        archive.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE run SET status = COALESCE(?, status), calls = ?, "
                    + "tokens = ?, cost = ?, best_design = ?, finished = ? WHERE id = ?")) {
                s.setString(1, status);
                s.setLong(2, calls);
                s.setLong(3, tokens);
                s.setDouble(4, cost);
                if (bestDesign == null) {
                    s.setNull(5, Types.BIGINT);
                } else {
                    s.setLong(5, bestDesign);
                }
                if (status == null) {
                    s.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    s.setTimestamp(6, Timestamp.from(Instant.now()));
                }
                s.setLong(7, id);
                if (s.executeUpdate() != 1) {
                    throw new ArchiveException("no run " + id + " in the archive");
                }
            }
            return null;
        });
    }

    public Optional<RunRecord> find(long id) {
        return archive.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM run WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(record(r)) : Optional.empty();
                }
            }
        });
    }

    /** All runs, newest first. */
    public List<RunRecord> all() {
        return archive.read(c -> {
            List<RunRecord> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM run ORDER BY id DESC");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(record(r));
                }
            }
            return out;
        });
    }

    private static RunRecord record(ResultSet r) throws SQLException {
        long best = r.getLong("best_design");
        Long bestDesign = r.wasNull() ? null : best;
        Timestamp finished = r.getTimestamp("finished");
        return new RunRecord(r.getLong("id"), r.getString("strategy"), r.getString("settings"), r.getLong("seed"),
                RunStatus.of(r.getString("status")), r.getString("budget"), r.getLong("calls"), r.getLong("tokens"), r.getDouble("cost"),
                bestDesign, r.getTimestamp("started").toInstant(), finished == null ? null : finished.toInstant());
    }
}
