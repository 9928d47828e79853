package dev.metaforge.search.propose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelException;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The proposer contract run against every proposer in the registry; a new one must be added here. */
class ProposerContractTests {
    @Test
    void everyRegisteredProposerIsUnderContract() {
        assertThat(Proposers.names()).containsExactly("meta-agent", "operators");
    }

    @Nested
    class MetaAgent extends ProposerContract {
        protected Proposer proposer(DesignCheck check) {
            return new MetaAgentProposer(new SimDesigner(1, 0), check, 0.8);
        }

        @Test
        void aModelThatFailsEveryCallGivesAFailedProposalWithTheModelsReason() {
            LanguageModel down = new LanguageModel() {
                @Override
                public ModelReply complete(Prompt prompt) {
                    throw new ModelException("HTTP 503 after 5 tries", true);
                }

                @Override
                public String name() {
                    return "down";
                }
            };
            Proposal p = new MetaAgentProposer(down, s -> Optional.empty(), 0.8).propose(context(COT, 5));
            assertThat(p.failed()).isTrue();
            assertThat(p.failure()).contains("HTTP 503");
        }
    }

    @Nested
    class Operators extends ProposerContract {
        protected Proposer proposer(DesignCheck check) {
            return new OperatorProposer(check);
        }
    }
}
