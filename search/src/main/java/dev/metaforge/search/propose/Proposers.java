package dev.metaforge.search.propose;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.search.Names;
import dev.metaforge.search.SearchSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The proposers by name — one line each in {@link #NAMED} — made for a session with the meta-agent's model. */
public final class Proposers {
    /** Makes a proposer for {@code session}; {@code meta} is the meta-agent's model (unused by those without one). */
    public interface Factory {
        Proposer make(LanguageModel meta, SearchSession session);
    }

    /** The temperature the meta-agent designs at. */
    static final double DESIGN_TEMPERATURE = 0.8;
    private static final Map<String, Factory> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put("meta-agent", (meta, session) -> new MetaAgentProposer(meta, session, DESIGN_TEMPERATURE));
        NAMED.put("operators", (meta, session) -> new OperatorProposer(session));
    }

    private Proposers() {
    }

    public static List<String> names() {
        return List.copyOf(NAMED.keySet());
    }

    public static Proposer make(String name, LanguageModel meta, SearchSession session) {
        Factory f = NAMED.get(name);
        if (f == null) {
            throw new IllegalArgumentException(Names.unknown("--proposer", names(), name));
        }
        return f.make(meta, session);
    }
}
