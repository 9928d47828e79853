package dev.metaforge.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.dsl.sandbox.Diagnostic;
import dev.metaforge.dsl.sandbox.DiagnosticCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class CompileErrorsTest {
    private static final AgentEngine ENGINE = Scripts.engine();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    private static Diagnostic firstError(String source) {
        try {
            ENGINE.compile(source, "my.agent.groovy");
        } catch (CompilationFailed e) {
            return e.diagnostics().get(0);
        }
        throw new AssertionError("expected the script to be refused:\n" + source);
    }

    @Test
    void misspelledCallGivesPositionAndSuggestion() {
        Diagnostic d = firstError("agent('A') {\n    solve { task ->\n        aks(task.question).answer\n    }\n}\n");
        assertThat(d.toString()).isEqualTo("my.agent.groovy:3:12 [type] unknown method 'aks(String)'; did you mean ask?");
    }

    @Test
    void misspelledTaskPropertySuggestsTheRightOne() {
        Diagnostic d = firstError(Scripts.agent("        ask(task.questoin).answer"));
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.message()).isEqualTo("a task has no property 'questoin'; did you mean question?; "
                + "it has id, question, inputs and choices");
    }

    @Test
    void unknownAskOptionIsNamedWithSuggestion() {
        Diagnostic d = firstError(Scripts.agent("        ask(task.question, temprature: 0.5).answer"));
        assertThat(d.code()).isEqualTo(DiagnosticCode.OPTION);
        assertThat(d.message()).startsWith("ask has no option 'temprature'; did you mean temperature?");
        assertThat(d.line()).isEqualTo(3);
    }

    @Test
    void emptyScript() {
        Diagnostic d = firstError("  \n");
        assertThat(d.toString()).isEqualTo("my.agent.groovy:1:1 [empty] the script is empty; an agent script starts "
                + "with agent('Name') { solve { task -> … } }");
    }

    @Test
    void scriptWithoutAgent() {
        assertThat(firstError("def x = 1\n").code()).isEqualTo(DiagnosticCode.STRUCTURE);
    }

    @Test
    void agentWithoutSolve() {
        Diagnostic d = firstError("agent('Lazy') {\n    describe 'nothing'\n}\n");
        assertThat(d.message()).isEqualTo("agent 'Lazy' has no solve { task -> … } block; it is the entry point "
                + "called for each task");
        assertThat(d.line()).isEqualTo(1);
    }

    @Test
    void syntaxErrorHasPosition() {
        Diagnostic d = firstError("agent('A') {\n    solve { task ->\n        ask(task.question\n    }\n}\n");
        assertThat(d.code()).isEqualTo(DiagnosticCode.SYNTAX);
        assertThat(d.line()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void typeErrorIsCaughtBeforeAnyTaskRuns() {
        Diagnostic d = firstError(Scripts.agent("        int n = 'five'\n        n"));
        assertThat(d.code()).isEqualTo(DiagnosticCode.TYPE);
        assertThat(d.line()).isEqualTo(3);
    }

    @Test
    void allErrorsAreReportedAtOnce() {
        assertThatThrownBy(() -> ENGINE.compile("import java.io.File\nagent('A') {\n solve { task -> "
                + "System.exit(1); 'x'.execute() }\n}\n", "a.groovy"))
                .isInstanceOfSatisfying(CompilationFailed.class, e -> assertThat(e.diagnostics()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void compiledScriptsAreCachedBySource() throws Exception {
        String source = Scripts.agent("        'cached'");
        Agent first = ENGINE.compile(source, "a.groovy");
        Agent second = ENGINE.compile(source, "b.groovy");
        assertThat(first.sourceHash()).isEqualTo(second.sourceHash());
        assertThat(second.solve("q").answer()).isEqualTo("cached");
    }

    @Test
    void nameAndDescriptionAreRead() throws Exception {
        Agent a = ENGINE.compile("agent('Named One') {\n describe 'Does a thing.'\n solve { task -> 1 }\n}\n", "a.groovy");
        assertThat(a.name()).isEqualTo("Named One");
        assertThat(a.description()).isEqualTo("Does a thing.");
    }
}
