package dev.metaforge.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the members of an evaluation cluster meet: each records the address it listens on and
 * renews its {@code seen} time while it lives; a member joining reads the addresses seen lately.
 */
public final class ClusterMembers {
    private final Archive archive;

    ClusterMembers(Archive archive) {
        this.archive = archive;
    }

    /** A member as recorded: its address ({@code host:port}), role and a line about it. */
    public record Member(long id, String address, String role, String detail, Instant started, Instant seen) {
    }

    /** Records a member that has just started; returns its id, to renew with {@link #alive}. */
    public long join(String address, String role, String detail) {
        return archive.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO cluster_member (address, role, detail, started, seen) "
                    + "VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Timestamp now = Timestamp.from(Instant.now());
                s.setString(1, address);
                s.setString(2, role);
                s.setString(3, detail.length() > 400 ? detail.substring(0, 400) : detail);
                s.setTimestamp(4, now);
                s.setTimestamp(5, now);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** The member is still alive. */
    public void alive(long id) {
        archive.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE cluster_member SET seen = ? WHERE id = ?")) {
                s.setTimestamp(1, Timestamp.from(Instant.now()));
                s.setLong(2, id);
                return s.executeUpdate();
            }
        });
    }

    /** The member has left. */
    public void leave(long id) {
        archive.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM cluster_member WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate();
            }
        });
    }

    /** The members seen within {@code lately}, newest first. */
    public List<Member> seenWithin(Duration lately) {
        return archive.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, address, role, detail, started, seen FROM cluster_member "
                    + "WHERE seen >= ? ORDER BY seen DESC, id DESC")) {
                s.setTimestamp(1, Timestamp.from(Instant.now().minus(lately)));
                List<Member> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Member(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getTimestamp(5).toInstant(), r.getTimestamp(6).toInstant()));
                    }
                }
                return out;
            }
        });
    }
}
