package dev.metaforge.benchmarks;

import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.dsl.sandbox.CompiledScript;
import dev.metaforge.dsl.sandbox.ScriptCompiler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The sandbox's compiler: a script it has never seen (parse, syntax and type rules, static type
 * check, bytecode, bytecode verification, loading) and one it has (the cache).
 */
@State(Scope.Thread)
public class SandboxBenchmark {
    static final String SCRIPT = "agent('Bench %d') {\n    describe 'Self-consistency over five samples.'\n"
            + "    solve { task ->\n        def all = parallel(5) { i -> ask(task.question, temperature: 0.8).answer }\n"
            + "        majority(all)\n    }\n}\n";

    private ScriptCompiler compiler;
    private long next;
    private final String seen = String.format(SCRIPT, -1);

    @Setup
    public void compiler() throws CompilationFailed {
        compiler = new ScriptCompiler(64);
        compiler.compile(seen, "seen.groovy");
    }

    @Benchmark
    public CompiledScript compileAndVerifyANewScript() throws CompilationFailed {
        return compiler.compile(String.format(SCRIPT, next++), "new.groovy");
    }

    @Benchmark
    public CompiledScript cacheHit() throws CompilationFailed {
        return compiler.compile(seen, "seen.groovy");
    }
}
