package dev.metaforge.search.propose;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a proposer is shown: the parent design, a bounded selection of other archived designs
 * (best, most different, siblings — never the whole archive), the parent's failed tasks, a
 * critique (of the parent or of its last-evaluated sibling), the domain with a few example
 * questions, a seed for this proposal, and a test for sources the run already has.
 */
public record ProposalContext(ArchivedDesign parent, List<ArchivedDesign> others, List<FailedTask> failures,
                              String critique, String domain, List<String> examples, long seed,
                              Predicate<String> known) {
    public ProposalContext {
        Objects.requireNonNull(parent, "parent");
        others = List.copyOf(others);
        failures = List.copyOf(failures);
        critique = critique == null ? "" : critique;
        domain = domain == null ? "" : domain;
        examples = List.copyOf(examples);
        known = known == null ? source -> false : known;
    }

    public static Builder builder(ArchivedDesign parent) {
        return new Builder(parent);
    }

    /** Mutable builder; only the parent is required. */
    public static final class Builder {
        private final ArchivedDesign parent;
        private final List<ArchivedDesign> others = new ArrayList<>();
        private final List<FailedTask> failures = new ArrayList<>();
        private String critique = "";
        private String domain = "";
        private final List<String> examples = new ArrayList<>();
        private long seed;
        private Predicate<String> known;

        private Builder(ArchivedDesign parent) {
            this.parent = parent;
        }

        public Builder others(List<ArchivedDesign> designs) {
            others.addAll(designs);
            return this;
        }

        public Builder failures(List<FailedTask> tasks) {
            failures.addAll(tasks);
            return this;
        }

        public Builder critique(String text) {
            critique = text;
            return this;
        }

        public Builder domain(String text) {
            domain = text;
            return this;
        }

        public Builder examples(List<String> questions) {
            examples.addAll(questions);
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder known(Predicate<String> test) {
            known = test;
            return this;
        }

        public ProposalContext build() {
            return new ProposalContext(parent, others, failures, critique, domain, examples, seed, known);
        }
    }
}
