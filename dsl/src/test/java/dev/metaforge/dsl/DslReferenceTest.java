package dev.metaforge.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generated reference covers the language exactly, so a model is never told about calls that do not exist. */
class DslReferenceTest {
    @Test
    void describesEveryCallAndNoOther() {
        assertThat(DslReference.CALLS.keySet()).containsExactlyInAnyOrderElementsOf(Vocabulary.CALLS);
        DslReference.CALLS.forEach((call, text) -> assertThat(text).as(call).contains(call));
    }

    @Test
    void namesTheAskOptionsAndTaskProperties() {
        String text = DslReference.text();
        Vocabulary.ASK_OPTIONS.forEach(o -> assertThat(text).contains(o));
        Vocabulary.TASK_PROPERTIES.forEach(p -> assertThat(text).contains(p));
        assertThat(text).contains("Refused: imports");
    }

    /** Every "write this" of the list shown to models compiles and runs; the "not that" forms are the attack tests' business. */
    @Test
    void whatTheReferenceSaysToWriteCompilesAndRuns() throws Exception {
        try (AgentEngine engine = Scripts.engine()) {
            Agent agent = engine.compile(Scripts.agent("""
                    log('a line'); println('another')
                    def total = calc('(17 + 5) * 3')
                    List<Reply> first = parallel(3) { i -> ask(task.question, temperature: 0.8) }
                    List<Reply> second = parallel(2) { i -> ask(task.question) }
                    List<Reply> all = first + second
                    def add = { a, b -> a + b }
                    def kind = total instanceof BigDecimal ? 'number' : 'other'
                    def extra = task.inputs
                    "${majority(all*.answer)} ${add(1, 2)} ${kind} ${extra.size()}"
                    """), "reference.groovy");
            TaskResult r = agent.solve(Task.of(Scripts.APPLES));
            assertThat(r.error()).isNull();
            assertThat(r.answer().toString()).endsWith(" 3 number 0");
        }
        assertThat(DslReference.text()).contains("Write this, not that:").contains("calc('(17 + 5) * 3')");
    }
}
