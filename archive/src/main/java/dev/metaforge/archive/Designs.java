package dev.metaforge.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Designs and their lineage. A design's identity is its normalised source: adding it twice stores it once. */
public final class Designs {
    private static final String COLUMNS = "id, name, description, source, source_hash, origin, failure, created";
    private final Archive archive;

    Designs(Archive archive) {
        this.archive = archive;
    }

    /**
     * Stores a design, or finds the stored one with the same normalised source; either way the
     * given parents are recorded. Returns the design's id.
     */
    public long add(NewDesign design) {
        try {
            return store(design);
        } catch (ArchiveException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return store(design); // another writer stored the same source first; now it is found
            }
            throw e;
        }
    }

    private long store(NewDesign design) {
        String hash = SourceHash.of(design.source());
        return archive.inTransaction(c -> {
            long id = idByHash(c, hash).orElseGet(() -> insert(c, design, hash));
            for (long parent : design.parents()) {
                if (parent != id) {
                    link(c, id, parent);
                }
            }
            return id;
        });
    }

    private static Optional<Long> idByHash(Connection c, String hash) {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM design WHERE source_hash = ?")) {
            s.setString(1, hash);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ArchiveException("archive read failed: " + e.getMessage(), e);
        }
    }

    private static long insert(Connection c, NewDesign d, String hash) {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO design (name, description, source, source_hash, "
                + "origin, failure, created) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, d.name());
            s.setString(2, d.description());
            s.setString(3, d.source());
            s.setString(4, hash);
            s.setString(5, d.origin().label());
            s.setString(6, d.failure());
            s.setTimestamp(7, Timestamp.from(Instant.now()));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new ArchiveException("archive write failed: " + e.getMessage(), e);
        }
    }

    private static void link(Connection c, long child, long parent) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM design_parent WHERE child = ? AND parent = ?")) {
            exists.setLong(1, child);
            exists.setLong(2, parent);
            try (ResultSet r = exists.executeQuery()) {
                if (r.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO design_parent (child, parent) VALUES (?, ?)")) {
            s.setLong(1, child);
            s.setLong(2, parent);
            s.executeUpdate();
        }
    }

    public Optional<DesignRecord> find(long id) {
        return archive.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM design WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(record(r)) : Optional.empty();
                }
            }
        });
    }

    /** The design or an error naming the id. */
    public DesignRecord get(long id) {
        return find(id).orElseThrow(() -> new ArchiveException("no design " + id + " in the archive at "
                + archive.location() + " (see metaforge archive list)"));
    }

    /** Every design, oldest first. */
    public List<DesignRecord> all() {
        return archive.read(c -> {
            List<DesignRecord> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM design ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(record(r));
                }
            }
            return out;
        });
    }

    public List<Long> parents(long id) {
        return ids("SELECT parent FROM design_parent WHERE child = ? ORDER BY parent", id);
    }

    public List<Long> children(long id) {
        return ids("SELECT child FROM design_parent WHERE parent = ? ORDER BY child", id);
    }

    private List<Long> ids(String sql, long id) {
        return archive.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /** Designs matching {@code query}, each with its best score per benchmark and what it spent. */
    public List<DesignSummary> list(DesignQuery query) {
        StringBuilder sql = new StringBuilder("SELECT d.id, d.name, d.origin, d.failure, d.created FROM design d ");
        List<Object> parameters = new ArrayList<>();
        if (query.benchmark() != null) {
            sql.append("JOIN (SELECT design_id, MAX(score) AS best FROM evaluation WHERE benchmark = ? GROUP BY design_id) b "
                    + "ON b.design_id = d.id ");
            parameters.add(query.benchmark());
        }
        sql.append("WHERE 1 = 1");
        if (query.run() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM evaluation e WHERE e.design_id = d.id AND e.run_id = ?)");
            parameters.add(query.run());
        }
        if (query.failedOnly()) {
            sql.append(" AND d.failure IS NOT NULL");
        }
        if (query.origin() != null) {
            sql.append(" AND d.origin = ?");
            parameters.add(query.origin().label());
        }
        if (query.text() != null && !query.text().isBlank()) {
            sql.append(" AND (LOWER(d.name) LIKE ? ESCAPE '!' OR LOWER(d.description) LIKE ? ESCAPE '!')");
            String like = "%" + query.text().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%";
            parameters.add(like);
            parameters.add(like);
        }
        sql.append(switch (query.sort()) {
            case SCORE -> query.benchmark() != null ? " ORDER BY b.best DESC, d.id" : " ORDER BY d.best_score DESC, d.id";
            case CREATED -> " ORDER BY d.created DESC, d.id DESC";
            case NAME -> " ORDER BY d.name, d.id";
            case ID -> " ORDER BY d.id";
        });
        sql.append(" OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
        parameters.add(query.offset());
        parameters.add(query.limit());
        return archive.read(c -> {
            List<DesignSummary> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    s.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong("id");
                        double[] spent = spent(c, id);
                        out.add(new DesignSummary(id, r.getString("name"), Origin.of(r.getString("origin")),
                                r.getString("failure") != null, r.getTimestamp("created").toInstant(), (long) spent[0],
                                spent[1], scores(c, id)));
                    }
                }
            }
            return out;
        });
    }

    /** Calls and cost of all evaluations of one design. */
    private static double[] spent(Connection c, long designId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(SUM(calls), 0), COALESCE(SUM(cost), 0) FROM evaluation WHERE design_id = ?")) {
            s.setLong(1, designId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new double[] {r.getLong(1), r.getDouble(2)};
            }
        }
    }

    /** The best evaluation per benchmark and split of one design. */
    private static List<DesignSummary.Score> scores(Connection c, long designId) throws SQLException {
        List<DesignSummary.Score> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT benchmark, split, score, ci_low, ci_high, n, simulated "
                + "FROM evaluation WHERE design_id = ? ORDER BY benchmark, split, score DESC, ci_low DESC")) {
            s.setLong(1, designId);
            try (ResultSet r = s.executeQuery()) {
                String last = null;
                while (r.next()) {
                    String key = r.getString(1) + '\u0000' + r.getString(2);
                    if (!key.equals(last)) {
                        out.add(new DesignSummary.Score(r.getString(1), r.getString(2), r.getDouble(3), r.getDouble(4),
                                r.getDouble(5), r.getInt(6), r.getBoolean(7)));
                        last = key;
                    }
                }
            }
        }
        return out;
    }

    /** Number of designs stored. */
    public long count() {
        return archive.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM design"); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    static DesignRecord record(ResultSet r) throws SQLException {
        return new DesignRecord(r.getLong("id"), r.getString("name"), r.getString("description"), r.getString("source"),
                r.getString("source_hash"), Origin.of(r.getString("origin")), r.getString("failure"),
                r.getTimestamp("created").toInstant());
    }
}
