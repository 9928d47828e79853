package dev.metaforge.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Evaluations and their task results. */
public final class Evaluations {
    private static final String COLUMNS = "id, design_id, run_id, benchmark, split, bench_hash, model, simulated, seed, "
            + "n, score, ci_low, ci_high, calls, tokens, cost, created";
    private final Archive archive;

    Evaluations(Archive archive) {
        this.archive = archive;
    }

    /** Stores an evaluation and all its task results in one transaction; returns its id. */
    public long save(NewEvaluation e) {
        return archive.inTransaction(c -> insert(c, e));
    }

    /**
     * Replaces a stored evaluation (one a stop cut short, now carried further) with a new one under
     * the same id, so that the run's order of evaluations stays as it was; in one transaction.
     */
    public long replace(long evaluationId, NewEvaluation e) {
        return archive.inTransaction(c -> {
            for (String table : new String[] {"task_result", "evaluation_failure"}) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE evaluation_id = ?")) {
                    s.setLong(1, evaluationId);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE evaluation SET n = ?, score = ?, ci_low = ?, "
                    + "ci_high = ?, calls = ?, tokens = ?, cost = ?, created = ? WHERE id = ? AND design_id = ?")) {
                s.setInt(1, e.tasks().size());
                s.setDouble(2, e.score());
                s.setDouble(3, e.ciLow());
                s.setDouble(4, e.ciHigh());
                s.setLong(5, e.calls());
                s.setLong(6, e.tokens());
                s.setDouble(7, e.cost());
                s.setTimestamp(8, Timestamp.from(Instant.now()));
                s.setLong(9, evaluationId);
                s.setLong(10, e.designId());
                if (s.executeUpdate() != 1) {
                    throw new ArchiveException("no evaluation " + evaluationId + " of design " + e.designId()
                            + " to replace");
                }
            }
            insertFailures(c, evaluationId, e.failures());
            insertTasks(c, evaluationId, e.tasks());
            try (PreparedStatement s = c.prepareStatement("UPDATE design SET best_score = COALESCE((SELECT MAX(score) "
                    + "FROM evaluation WHERE design_id = ?), -1) WHERE id = ?")) {
                s.setLong(1, e.designId());
                s.setLong(2, e.designId());
                s.executeUpdate();
            }
            return evaluationId;
        });
    }

    private static long insert(Connection c, NewEvaluation e) throws SQLException {
        {
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO evaluation (design_id, run_id, benchmark, split, "
                    + "bench_hash, model, simulated, seed, n, score, ci_low, ci_high, calls, tokens, cost, created) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, e.designId());
                if (e.runId() == null) {
                    s.setNull(2, Types.BIGINT);
                } else {
                    s.setLong(2, e.runId());
                }
                s.setString(3, e.benchmark());
                s.setString(4, e.split());
                s.setString(5, e.benchHash());
                s.setString(6, e.model());
                s.setBoolean(7, e.simulated());
                s.setLong(8, e.seed());
                s.setInt(9, e.tasks().size());
                s.setDouble(10, e.score());
                s.setDouble(11, e.ciLow());
                s.setDouble(12, e.ciHigh());
                s.setLong(13, e.calls());
                s.setLong(14, e.tokens());
                s.setDouble(15, e.cost());
                s.setTimestamp(16, Timestamp.from(Instant.now()));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertFailures(c, id, e.failures());
            insertTasks(c, id, e.tasks());
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE design SET best_score = ? WHERE id = ? AND best_score < ?")) {
                s.setDouble(1, e.score());
                s.setLong(2, e.designId());
                s.setDouble(3, e.score());
                s.executeUpdate();
            }
            return id;
        }
    }

    private static void insertFailures(Connection c, long evaluationId, Map<String, Integer> failures)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO evaluation_failure (evaluation_id, kind, count) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Integer> f : failures.entrySet()) {
                s.setLong(1, evaluationId);
                s.setString(2, f.getKey());
                s.setInt(3, f.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertTasks(Connection c, long evaluationId, List<TaskRecord> tasks) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO task_result (evaluation_id, task_id, answer, correct, "
                + "score, failure, error, trace, calls, tokens, cost, millis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (TaskRecord t : tasks) {
                s.setLong(1, evaluationId);
                s.setString(2, t.taskId());
                s.setString(3, t.answer());
                s.setBoolean(4, t.correct());
                s.setDouble(5, t.score());
                s.setString(6, t.failure());
                s.setString(7, t.error());
                s.setString(8, t.trace());
                s.setInt(9, t.calls());
                s.setLong(10, t.tokens());
                s.setDouble(11, t.cost());
                s.setLong(12, t.millis());
                s.addBatch();
                if (++pending % 500 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /** The evaluations of a design, newest first. */
    public List<EvaluationRecord> forDesign(long designId) {
        return query("SELECT " + COLUMNS + " FROM evaluation WHERE design_id = ? ORDER BY id DESC", designId);
    }

    /** The evaluations made by a run, in order. */
    public List<EvaluationRecord> forRun(long runId) {
        return query("SELECT " + COLUMNS + " FROM evaluation WHERE run_id = ? ORDER BY id", runId);
    }

    public Optional<EvaluationRecord> find(long id) {
        return query("SELECT " + COLUMNS + " FROM evaluation WHERE id = ?", id).stream().findFirst();
    }

    /** The best-scoring evaluation on a benchmark (ties: the higher interval bound, then the earlier). */
    public Optional<EvaluationRecord> best(String benchmark, String split) {
        return archive.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM evaluation WHERE benchmark = ? "
                    + "AND split = ? ORDER BY score DESC, ci_low DESC, id FETCH FIRST 1 ROWS ONLY")) {
                s.setString(1, benchmark);
                s.setString(2, split);
                return read(c, s).stream().findFirst();
            }
        });
    }

    /** Task results of an evaluation; with {@code failedOnly}, those wrong or failed, at most {@code limit}. */
    public List<TaskRecord> tasks(long evaluationId, boolean failedOnly, int limit) {
        return archive.read(c -> {
            List<TaskRecord> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT task_id, answer, correct, score, failure, error, trace, "
                    + "calls, tokens, cost, millis FROM task_result WHERE evaluation_id = ?"
                    + (failedOnly ? " AND correct = FALSE" : "") + " ORDER BY id FETCH FIRST ? ROWS ONLY")) {
                s.setLong(1, evaluationId);
                s.setInt(2, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new TaskRecord(r.getString(1), r.getString(2), r.getBoolean(3), r.getDouble(4),
                                r.getString(5), r.getString(6), r.getString(7), r.getInt(8), r.getLong(9), r.getDouble(10),
                                r.getLong(11)));
                    }
                }
            }
            return out;
        });
    }

    private List<EvaluationRecord> query(String sql, long id) {
        return archive.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, id);
                return read(c, s);
            }
        });
    }

    private static List<EvaluationRecord> read(Connection c, PreparedStatement s) throws SQLException {
        List<EvaluationRecord> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long runId = r.getLong("run_id");
                Long run = r.wasNull() ? null : runId;
                out.add(new EvaluationRecord(r.getLong("id"), r.getLong("design_id"), run, r.getString("benchmark"),
                        r.getString("split"), r.getString("bench_hash"), r.getString("model"), r.getBoolean("simulated"),
                        r.getLong("seed"), r.getInt("n"), r.getDouble("score"), r.getDouble("ci_low"),
                        r.getDouble("ci_high"), r.getLong("calls"), r.getLong("tokens"), r.getDouble("cost"),
                        failures(c, r.getLong("id")), r.getTimestamp("created").toInstant()));
            }
        }
        return out;
    }

    private static Map<String, Integer> failures(Connection c, long evaluationId) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT kind, count FROM evaluation_failure WHERE evaluation_id = ? ORDER BY kind")) {
            s.setLong(1, evaluationId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return out;
    }
}
