package dev.metaforge.search;

import java.util.List;

/** The sentence that refuses a name a registry does not know: {@code --strategy takes mcts, adas or random, not x}. */
public final class Names {
    private Names() {
    }

    public static String unknown(String option, List<String> known, String given) {
        String choices = known.size() == 1 ? known.get(0) : known.size() == 2 ? known.get(0) + " or " + known.get(1)
                : String.join(", ", known.subList(0, known.size() - 1)) + " or " + known.get(known.size() - 1);
        return option + " takes " + choices + ", not " + given;
    }
}
