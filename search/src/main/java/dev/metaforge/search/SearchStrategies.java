package dev.metaforge.search;

import dev.metaforge.search.mcts.MctsStrategy;
import dev.metaforge.search.mcts.UctSelection;
import dev.metaforge.search.propose.Proposer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search strategies by name — one line each in {@link #NAMED} — made from what every
 * strategy may use: a proposer, the value agent, whether proposals see its critiques, and the
 * exploration constant of those that explore.
 */
public final class SearchStrategies {
    /** What a strategy is made from. {@code reviewer} is the value agent; {@code critiques}: proposals see its reviews. */
    public record Parts(Proposer proposer, ValueEstimator reviewer, boolean critiques, double exploration) {
    }

    /** Makes a strategy from its parts. */
    public interface Factory {
        SearchStrategy make(Parts parts);
    }

    private static final Map<String, Factory> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put("mcts", p -> new MctsStrategy(p.proposer(), p.reviewer(), new UctSelection(p.exploration()),
                p.critiques()));
        NAMED.put("adas", p -> new AdasStrategy(p.proposer(), p.critiques() ? p.reviewer() : null));
        NAMED.put("random", p -> new RandomStrategy(p.proposer(), p.critiques() ? p.reviewer() : null));
    }

    private SearchStrategies() {
    }

    public static List<String> names() {
        return List.copyOf(NAMED.keySet());
    }

    /** The strategy called {@code name}; an unknown name is refused with the known ones. */
    public static SearchStrategy make(String name, Parts parts) {
        Factory f = NAMED.get(name);
        if (f == null) {
            throw new IllegalArgumentException(Names.unknown("--strategy", names(), name));
        }
        return f.make(parts);
    }
}
