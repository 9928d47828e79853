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

    @Test
    void aThreadAskingForASourceBeingCompiledWaitsForItRatherThanCompilingItToo() throws Exception {
        String hash = "in-flight-" + System.nanoTime();
        VerifiedScripts.Verified made = new VerifiedScripts.Verified(java.util.Map.of(), "Main", "A", "");
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger makes = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CompletableFuture<VerifiedScripts.Verified> first = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> obtain(hash, () -> {
                    makes.incrementAndGet();
                    started.countDown();
                    await(release);
                    return made;
                }));
        started.await();
        java.util.concurrent.CompletableFuture<VerifiedScripts.Verified> second = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> obtain(hash, () -> {
                    makes.incrementAndGet();
                    return new VerifiedScripts.Verified(java.util.Map.of(), "Other", "B", "");
                }));
        Thread.sleep(200);
        assertThat(second).as("waits while the first compiles").isNotDone();
        release.countDown();
        assertThat(second.get()).isSameAs(first.get()).isSameAs(made);
        assertThat(makes).hasValue(1);
    }

    @Test
    void whenTheCompilationWaitedForFailsTheWaiterCompilesItself() throws Exception {
        String hash = "failing-" + System.nanoTime();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Object> first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return VerifiedScripts.obtain(hash, () -> {
                    started.countDown();
                    await(release);
                    throw new CompilationFailed(java.util.List.of(new Diagnostic("first.groovy", 1, 1,
                            DiagnosticCode.SYNTAX, "broken")));
                });
            } catch (CompilationFailed e) {
                return e;
            }
        });
        started.await();
        VerifiedScripts.Verified own = new VerifiedScripts.Verified(java.util.Map.of(), "Main", "Own", "");
        java.util.concurrent.CompletableFuture<VerifiedScripts.Verified> second = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> obtain(hash, () -> own));
        Thread.sleep(200); // the second is waiting for the first by now
        release.countDown();
        assertThat(first.get()).isInstanceOf(CompilationFailed.class);
        assertThat(second.get()).isSameAs(own);
    }

    private static VerifiedScripts.Verified obtain(String hash, VerifiedScripts.Maker maker) {
        try {
            return VerifiedScripts.obtain(hash, maker);
        } catch (CompilationFailed e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
