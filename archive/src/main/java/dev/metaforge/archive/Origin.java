package dev.metaforge.archive;

import java.util.Locale;

/** Where a design came from. */
public enum Origin {
    SEED, HUMAN, META_AGENT, OPERATOR;

    /** The stored form: {@code seed}, {@code human}, {@code meta-agent}, {@code operator}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Origin of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
