package dev.metaforge.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The nodes of each run's search tree, for browsing ({@code metaforge search tree RUN}) and resuming. */
public final class SearchNodes {
    private final Archive archive;

    SearchNodes(Archive archive) {
        this.archive = archive;
    }

    /** Adds a node; returns its id. */
    public long add(long runId, long designId, Long parentNode, Double estimate, Double confidence, String critique,
                    NodeState state) {
        return archive.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO search_node (run_id, design_id, parent_node, "
                    + "visits, value_sum, value_max, estimate, confidence, critique, state) VALUES (?, ?, ?, 0, 0, 0, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, runId);
                s.setLong(2, designId);
                setNullable(s, 3, parentNode, Types.BIGINT);
                setNullable(s, 4, estimate, Types.DOUBLE);
                setNullable(s, 5, confidence, Types.DOUBLE);
                s.setString(6, Text.fit(critique, 20000));
                s.setString(7, state.label());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** A node's statistics after backpropagation and its state. */
    public record Stats(long id, int visits, double valueSum, double valueMax, NodeState state) {
    }

    /** Stores a node's statistics after backpropagation, or a new state. */
    public void update(long id, int visits, double valueSum, double valueMax, NodeState state) {
        update(java.util.List.of(new Stats(id, visits, valueSum, valueMax, state)));
    }

    /** Stores the statistics of every node one backpropagation touched, in one transaction. */
    public void update(java.util.List<Stats> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        archive.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE search_node SET visits = ?, value_sum = ?, value_max = ?, state = ? WHERE id = ?")) {
                for (Stats n : nodes) {
                    s.setInt(1, n.visits());
                    s.setDouble(2, n.valueSum());
                    s.setDouble(3, n.valueMax());
                    s.setString(4, n.state().label());
                    s.setLong(5, n.id());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** A run's nodes in the order they were made. */
    public List<SearchNodeRecord> forRun(long runId) {
        return archive.read(c -> {
            List<SearchNodeRecord> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, run_id, design_id, parent_node, visits, value_sum, "
                    + "value_max, estimate, confidence, critique, state FROM search_node WHERE run_id = ? ORDER BY id")) {
                s.setLong(1, runId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long parent = r.getLong(4);
                        Long parentNode = r.wasNull() ? null : parent;
                        double estimate = r.getDouble(8);
                        Double e = r.wasNull() ? null : estimate;
                        double confidence = r.getDouble(9);
                        Double conf = r.wasNull() ? null : confidence;
                        out.add(new SearchNodeRecord(r.getLong(1), r.getLong(2), r.getLong(3), parentNode, r.getInt(5),
                                r.getDouble(6), r.getDouble(7), e, conf, r.getString(10), NodeState.of(r.getString(11))));
                    }
                }
            }
            return out;
        });
    }

    /** Removes a run's tree, so that a resumed run can rebuild it as it replays. */
    public void clear(long runId) {
        archive.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE search_node SET parent_node = NULL WHERE run_id = ?")) {
                s.setLong(1, runId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM search_node WHERE run_id = ?")) {
                s.setLong(1, runId);
                s.executeUpdate();
            }
            return null;
        });
    }

    private static void setNullable(PreparedStatement s, int index, Object value, int type) throws SQLException {
        if (value == null) {
            s.setNull(index, type);
        } else {
            s.setObject(index, value);
        }
    }
}
