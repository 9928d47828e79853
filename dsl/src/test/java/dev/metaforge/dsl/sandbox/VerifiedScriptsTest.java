package dev.metaforge.dsl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.model.Hashes;
import org.junit.jupiter.api.Test;

/**
 * Verified bytecode is shared by every compiler of the process, while each compiler loads it in
 * a class loader of its own; a script that fails is never kept, so it fails the same way again.
 */
class VerifiedScriptsTest {
    private static final String SCRIPT = "agent('Shared %d') { solve { task -> ask(task.question).answer } }";

    @Test
    void aSecondCompilerLoadsTheVerifiedClassesInItsOwnLoader() throws Exception {
        String source = String.format(SCRIPT, System.nanoTime());
        CompiledScript first = new ScriptCompiler(4).compile(source, "a.groovy");
        assertThat(VerifiedScripts.get(Hashes.sha256(source))).as("kept for the process").isNotNull();
        CompiledScript second = new ScriptCompiler(4).compile(source, "b.groovy");
        assertThat(second.scriptClass()).isNotSameAs(first.scriptClass());
        assertThat(second.scriptClass().getClassLoader()).isNotSameAs(first.scriptClass().getClassLoader());
        assertThat(second.scriptClass().getName()).isEqualTo(first.scriptClass().getName());
        assertThat(second.agentName()).isEqualTo(first.agentName()).startsWith("Shared ");
        assertThat(second.sourceHash()).isEqualTo(first.sourceHash());
    }

    @Test
    void aRefusedScriptIsNotKeptAndIsRefusedAgainWithTheSameDiagnostics() {
        String source = "agent('Refused') { solve { task -> new File('/etc/passwd').text } }";
        CompilationFailed once = compileFailure(source);
        assertThat(VerifiedScripts.get(Hashes.sha256(source))).isNull();
        CompilationFailed again = compileFailure(source);
        assertThat(again.diagnostics()).isEqualTo(once.diagnostics()).isNotEmpty();
    }

    private static CompilationFailed compileFailure(String source) {
        try {
            new ScriptCompiler(4).compile(source, "refused.groovy");
        } catch (CompilationFailed e) {
            return e;
        }
        throw new AssertionError("compiled: " + source);
    }
}
