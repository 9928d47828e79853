package dev.metaforge.search.propose;

import dev.metaforge.archive.Origin;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelException;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ADAS's meta-agent: a model is shown the domain, the language, a bounded selection of the
 * archive and the parent's failures, and writes {@code {thought, name, code}}; two reflexion
 * passes follow, then up to {@value #DEBUG_ROUNDS} debug rounds fed with the checker's error.
 * Every version that did not work is kept with its reason; a reply that cannot be read counts
 * as such a version (its text is kept as the source). A copy of a design the run already has is
 * refused as a duplicate.
 */
public final class MetaAgentProposer implements Proposer {
    static final int DEBUG_ROUNDS = 3;
    private static final int REFLEXIONS = 2;
    private static final List<String> FIELDS = List.of("thought", "name", "code");
    private final LanguageModel model;
    private final DesignCheck check;
    private final double temperature;

    public MetaAgentProposer(LanguageModel model, DesignCheck check, double temperature) {
        this.model = model;
        this.check = check;
        this.temperature = temperature;
    }

    @Override
    public String name() {
        return "meta-agent(" + model.name() + ")";
    }

    @Override
    public Proposal propose(ProposalContext c) {
        Spend spend = new Spend();
        List<Proposal.Attempt> failed = new ArrayList<>();
        Draft draft = ask(MetaPrompt.design(c), c, 0, spend);
        int sample = 1;
        for (int pass = 1; pass <= REFLEXIONS && draft.readable(); pass++) {
            check.prepare(draft.code);
            Draft better = ask(MetaPrompt.reflect(c, draft.name, draft.code, pass), c, sample++, spend);
            if (better.readable()) {
                draft = better;
            } else {
                failed.add(better.attempt());
            }
        }
        for (int round = 0; ; round++) {
            if (draft.readable()) {
                if (c.known().test(draft.code)) {
                    return done(c, draft, "duplicate: the same design is already in this run", failed, spend, true);
                }
                Optional<String> problem = check.problem(draft.code);
                if (problem.isEmpty()) {
                    return done(c, draft, null, failed, spend, false);
                }
                draft = draft.failing(problem.get());
            }
            if (round == DEBUG_ROUNDS) {
                return done(c, draft, draft.problem + " (still failing after " + DEBUG_ROUNDS + " debug rounds)",
                        failed, spend, false);
            }
            failed.add(draft.attempt());
            Draft previous = draft;
            draft = ask(previous.readable() ? MetaPrompt.fix(c, previous.name, previous.code, previous.problem)
                    : MetaPrompt.design(c), c, sample++, spend);
        }
    }

    private Proposal done(ProposalContext c, Draft d, String failure, List<Proposal.Attempt> failed, Spend spend,
                          boolean duplicate) {
        return new Proposal(d.name, d.thought, d.readable() ? d.code : "// " + d.problem, Origin.META_AGENT,
                List.of(c.parent().id()), failure, failed, spend.calls, spend.tokens, spend.cost, duplicate);
    }

    private Draft ask(String text, ProposalContext c, int sample, Spend spend) {
        Prompt.Builder prompt = Prompt.builder(text).role("agent designer").temperature(temperature)
                .maxTokens(4096).seed(c.seed()).sample(sample);
        FIELDS.forEach(f -> prompt.field(f, f));
        try {
            ModelReply reply = model.complete(prompt.build());
            spend.add(reply);
            Map<String, String> f = reply.fields();
            String name = f.getOrDefault("name", "").strip();
            String code = f.getOrDefault("code", "").strip();
            return new Draft(name.isEmpty() ? "unnamed proposal" : name, f.getOrDefault("thought", ""),
                    code.isEmpty() ? "" : code + "\n", null);
        } catch (ModelException e) {
            spend.calls++;
            return new Draft("unreadable proposal", "", "", "the meta-agent's reply could not be used: " + e.getMessage());
        }
    }

    /** One version of the proposal; an unreadable one has no code and says why. */
    private record Draft(String name, String thought, String code, String problem) {
        boolean readable() {
            return !code.isBlank();
        }

        Draft failing(String why) {
            return new Draft(name, thought, code, why);
        }

        Proposal.Attempt attempt() {
            return new Proposal.Attempt(name, readable() ? code : "// " + problem, problem);
        }
    }

    private static final class Spend {
        long calls;
        long tokens;
        double cost;

        void add(ModelReply reply) {
            calls++;
            tokens += reply.usage().totalTokens();
            cost += reply.usage().cost();
        }
    }
}
