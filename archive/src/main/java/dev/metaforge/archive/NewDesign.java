package dev.metaforge.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A design to add: its source, name, description, origin, parents, and — for a proposal that
 * failed to compile or run — the reason, so that nothing a search produced is lost.
 */
public record NewDesign(String name, String description, String source, Origin origin, List<Long> parents,
                        String failure) {

    public NewDesign {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        name = Text.fit(name, 200);
        description = Text.fit(description == null ? "" : description, 2000);
        failure = failure == null ? null : Text.fit(failure, 20000);
        parents = List.copyOf(parents);
    }

    public static Builder builder(String name, String source) {
        return new Builder(name, source);
    }

    /** Builder with defaults: origin human, no parents, no failure. */
    public static final class Builder {
        private final String name;
        private final String source;
        private String description = "";
        private Origin origin = Origin.HUMAN;
        private final List<Long> parents = new ArrayList<>();
        private String failure;

        private Builder(String name, String source) {
            this.name = name;
            this.source = source;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder origin(Origin origin) {
            this.origin = origin;
            return this;
        }

        public Builder parent(long id) {
            parents.add(id);
            return this;
        }

        public Builder parents(List<Long> ids) {
            parents.addAll(ids);
            return this;
        }

        public Builder failure(String failure) {
            this.failure = failure;
            return this;
        }

        public NewDesign build() {
            return new NewDesign(name, description, source, origin, parents, failure);
        }
    }
}
