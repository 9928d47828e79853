package dev.metaforge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LanguageModel} promises, run against each implementation by a subclass
 * (as JGraphT runs one suite against every graph type): a reply holds exactly the fields asked
 * for, names its model, says whether it is simulated as the model does, counts its tokens, and
 * many threads may call at once and each gets the reply it would have got alone.
 */
public abstract class LanguageModelContract {
    /** The implementation under test; called once a test. Deterministic for the same prompt. */
    protected abstract LanguageModel model();

    /** Problem {@code i}: a word problem with a reasoning field and an answer field, at temperature 0. */
    protected static Prompt prompt(int i) {
        return Prompt.builder("Mia has " + (12 + i) + " apples. She buys 7 more. How many apples does Mia have now?")
                .field("thinking", "Think step by step.").field("answer", "The number only.").temperature(0)
                .seed(1).maxTokens(300).build();
    }

    @Test
    void aReplyHoldsExactlyTheFieldsAskedFor() {
        ModelReply reply = model().complete(prompt(0));
        assertThat(reply.fields()).containsOnlyKeys("thinking", "answer");
        assertThat(reply.fields().get("answer")).isNotBlank();
    }

    @Test
    void aReplyNamesItsModelSaysWhetherItIsSimulatedAndCountsItsTokens() {
        LanguageModel model = model();
        ModelReply reply = model.complete(prompt(1));
        assertThat(model.name()).isNotBlank();
        assertThat(reply.model()).isNotBlank();
        assertThat(reply.simulated()).isEqualTo(model.simulated());
        assertThat(reply.usage().promptTokens()).isPositive();
        assertThat(reply.usage().totalTokens()).isGreaterThanOrEqualTo(reply.usage().promptTokens());
        assertThat(reply.usage().cost()).isNotNegative();
    }

    @Test
    void manyThreadsAtOnceEachGetTheReplyTheyWouldHaveGotAlone() throws Exception {
        LanguageModel model = model();
        int calls = 48;
        List<Map<String, String>> alone = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            alone.add(model.complete(prompt(i)).fields());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Map<String, String>>> together = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int at = i;
                together.add(pool.submit(() -> model.complete(prompt(at)).fields()));
            }
            for (int i = 0; i < calls; i++) {
                assertThat(together.get(i).get()).as("call %d", i).isEqualTo(alone.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
