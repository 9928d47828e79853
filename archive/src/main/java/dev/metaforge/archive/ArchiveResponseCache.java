package dev.metaforge.archive;

import dev.metaforge.model.ModelReply;
import dev.metaforge.model.ResponseCache;
import dev.metaforge.model.Usage;
import groovy.json.JsonOutput;
import groovy.json.JsonSlurper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Model replies kept in the archive's {@code llm_cache} table, shared by every run that uses the archive. */
public final class ArchiveResponseCache implements ResponseCache {
    private final Archive archive;

    public ArchiveResponseCache(Archive archive) {
        this.archive = archive;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<ModelReply> get(String key) {
        return archive.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT model, response, prompt_tokens, completion_tokens, cost FROM llm_cache WHERE cache_key = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    Map<String, Object> response = (Map<String, Object>) new JsonSlurper().parseText(r.getString(2));
                    Map<String, String> fields = new LinkedHashMap<>();
                    ((Map<String, Object>) response.get("fields")).forEach((k, v) -> fields.put(k, String.valueOf(v)));
                    Object reasoning = response.get("reasoning");
                    Usage usage = new Usage(r.getLong(3), r.getLong(4), count(response.get("cachedTokens")),
                            count(response.get("reasoningTokens")), r.getDouble(5));
                    return Optional.of(new ModelReply(String.valueOf(response.get("text")), fields, usage, r.getString(1),
                            Boolean.TRUE.equals(response.get("simulated")), reasoning == null ? "" : String.valueOf(reasoning)));
                }
            }
        });
    }

    @Override
    public void put(String key, String model, String request, ModelReply reply) {
        archive.inTransaction(c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM llm_cache WHERE cache_key = ?")) {
                exists.setString(1, key);
                try (ResultSet r = exists.executeQuery()) {
                    if (r.next()) {
                        return null;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO llm_cache (cache_key, model, request, response, "
                    + "prompt_tokens, completion_tokens, cost, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, key);
                s.setString(2, model);
                s.setString(3, request);
                s.setString(4, JsonOutput.toJson(Map.of("text", reply.text(), "fields", reply.fields(),
                        "simulated", reply.simulated(), "reasoning", reply.reasoning(),
                        "cachedTokens", reply.usage().cachedTokens(), "reasoningTokens", reply.usage().reasoningTokens())));
                s.setLong(5, reply.usage().promptTokens());
                s.setLong(6, reply.usage().completionTokens());
                s.setDouble(7, reply.usage().cost());
                s.setTimestamp(8, Timestamp.from(Instant.now()));
                s.executeUpdate();
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e; // another thread stored the same reply first: nothing to do
                }
            }
            return null;
        });
    }

    /** A token count kept in the stored response; replies stored before it was kept have none. */
    private static long count(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
