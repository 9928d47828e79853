package dev.metaforge.dsl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile agent scripts, as a model might write them, trying to get out of the sandbox: files,
 * processes, network, reflection, class loading, threads, the JVM, dynamic Groovy, metaclasses,
 * declarations, annotations and imports. Each must be refused at compile time with a located
 * diagnostic, or, when the construct is legitimately allowed, be contained at run time by the
 * task limits. After every test nothing may have happened outside the sandbox: the canary file
 * that the attacks try to create does not exist and the system property they try to set is unset.
 *
 * <p>{@link #escapeChains()} holds multi-step escapes (computed property names to reach
 * {@code Class}, then a coercion to a type chosen at run time to load and construct any class);
 * when one compiles it is run, so a failure says exactly what got out.
 */
class SandboxAttackTest extends AttackHarness {
    // ---------------------------------------------------------------- refused at compile time

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refusedAtCompileTime")
    void hostileScriptIsRefusedAtCompileTime(String name, int line, String script) {
        String source = withCanary(script);
        CompilationFailed failed = compileExpectingRefusal(source, false);
        assertLocated(failed, source, line);
        assertThat(canary).doesNotExist();
        assertThat(System.getProperty(PROPERTY)).isNull();
    }

    static Stream<Arguments> refusedAtCompileTime() {
        return Stream.of(
                // files
                attack("file: new File(...).text = ...", BODY, solve(
                        "new File('CANARY').text = 'pwned'", "'done'")),
                attack("file: Files.writeString(Paths.get(...))", BODY, solve(
                        "java.nio.file.Files.writeString(java.nio.file.Paths.get('CANARY'), 'pwned')", "'done'")),
                attack("file: Files.createFile(Path.of(...))", BODY, solve(
                        "java.nio.file.Files.createFile(java.nio.file.Path.of('CANARY'))", "'done'")),
                attack("file: 'file:...'.toURL().text", BODY, solve(
                        "'file:CANARY'.toURL().text")),
                attack("file: new URL('file:///etc/passwd').text", BODY, solve(
                        "new URL('file:///etc/passwd').text")),
                attack("file: File.withWriter", BODY + 1, solve(
                        "def f = 'CANARY'",
                        "new File(f).withWriter { w -> w.write('pwned') }", "'done'")),
                attack("file: string coerced with 'as File'", BODY, solve(
                        "('CANARY' as File).createNewFile()", "'done'")),
                attack("file: new FileOutputStream", BODY, solve(
                        "new FileOutputStream('CANARY').close()", "'done'")),
                attack("file: new RandomAccessFile", BODY, solve(
                        "new RandomAccessFile('CANARY', 'rw').close()", "'done'")),
                attack("file: java.util.Formatter writing to a file name", BODY, solve(
                        "new Formatter('CANARY').close()", "'done'")),
                // processes
                attack("process: 'cmd'.execute()", BODY, solve(
                        "'touch CANARY'.execute().waitFor()", "'done'")),
                attack("process: ['cmd', arg].execute()", BODY, solve(
                        "['touch', 'CANARY'].execute().waitFor()", "'done'")),
                attack("process: new ProcessBuilder(...).start()", BODY, solve(
                        "new ProcessBuilder('touch', 'CANARY').start().waitFor()", "'done'")),
                attack("process: Runtime.getRuntime().exec", BODY, solve(
                        "Runtime.getRuntime().exec('touch CANARY').waitFor()", "'done'")),
                attack("process: Runtime.runtime.exec", BODY, solve(
                        "Runtime.runtime.exec('touch CANARY').waitFor()", "'done'")),
                attack("process: GString command .execute()", BODY + 1, solve(
                        "def cmd = \"touch ${'CANARY'}\"", "cmd.execute().waitFor()", "'done'")),
                attack("process: unicode-escaped method name", BODY, solve(
                        "'touch CANARY'.\\u0065xecute().waitFor()", "'done'")),
                // network
                attack("network: new Socket", BODY, solve(
                        "new Socket('127.0.0.1', 22).close()", "'done'")),
                attack("network: new ServerSocket", BODY, solve(
                        "new ServerSocket(0).close()", "'done'")),
                attack("network: HttpClient", BODY, solve(
                        "java.net.http.HttpClient.newHttpClient()", "'done'")),
                attack("network: URL.openConnection", BODY, solve(
                        "new URL('http://127.0.0.1:9/x?CANARY').openConnection().connect()", "'done'")),
                // reflection
                attack("reflection: Class.forName", BODY, solve(
                        "Class.forName('java.lang.Runtime')", "'done'")),
                attack("reflection: ''.getClass().forName", BODY, solve(
                        "''.getClass().forName('java.lang.Runtime')", "'done'")),
                attack("reflection: this.class", BODY, solve(
                        "this.class.name")),
                attack("reflection: x.getClass()", BODY + 1, solve(
                        "def x = task.question", "x.getClass().name")),
                attack("reflection: String.declaredMethods", BODY, solve(
                        "String.declaredMethods.length")),
                attack("reflection: getDeclaredField + setAccessible", BODY, solve(
                        "def f = task.getClass().getDeclaredField('question')", "f.accessible = true", "'done'")),
                attack("reflection: declaring a Class variable", BODY, solve(
                        "Class c = String", "c.name")),
                attack("reflection: direct field access .@", BODY, solve(
                        "task.@question")),
                attack("reflection: method pointer .&", BODY, solve(
                        "def run = 'touch CANARY'.&execute", "run()", "'done'")),
                attack("reflection: method reference ::", BODY, solve(
                        "def f = String::valueOf", "f(1)")),
                attack("reflection: task.properties", BODY, solve(
                        "task.properties.toString()")),
                // class loading
                attack("classloading: new GroovyClassLoader().parseClass", BODY, solve(
                        "new GroovyClassLoader().parseClass(\"new File('CANARY').text = 'x'\")", "'done'")),
                attack("classloading: this.class.classLoader", BODY, solve(
                        "this.class.classLoader.loadClass('java.io.File')", "'done'")),
                attack("classloading: thread context class loader", BODY, solve(
                        "Thread.currentThread().contextClassLoader.loadClass('java.io.File')", "'done'")),
                // threads
                attack("thread: new Thread(closure).start()", BODY, solve(
                        "new Thread({ -> 'x' }).start()", "'done'")),
                attack("thread: Thread.start { }", BODY, solve(
                        "Thread.start { 'x' }", "'done'")),
                attack("thread: Executors", BODY, solve(
                        "java.util.concurrent.Executors.newFixedThreadPool(4)", "'done'")),
                attack("thread: parallelStream()", BODY, solve(
                        "[1, 2, 3].parallelStream().count()")),
                attack("thread: synchronized block", BODY, solve(
                        "synchronized (task) { 'done' }")),
                attack("thread: sleep(...)", BODY, solve(
                        "sleep(100_000)", "'done'")),
                attack("thread: Thread.sleep(...)", BODY, solve(
                        "Thread.sleep(100_000)", "'done'")),
                attack("thread: Object.wait()", BODY, solve(
                        "task.wait(100_000)", "'done'")),
                // the JVM
                attack("jvm: System.exit", BODY, solve(
                        "System.exit(3)", "'done'")),
                attack("jvm: System.exit in a parallel branch", BODY + 1, solve(
                        "parallel(2) { i ->",
                        "    System.exit(3)",
                        "}", "'done'")),
                attack("jvm: Runtime.halt", BODY, solve(
                        "Runtime.getRuntime().halt(3)", "'done'")),
                attack("jvm: System.getProperty", BODY, solve(
                        "System.getProperty('user.home')")),
                attack("jvm: System.getenv", BODY, solve(
                        "System.getenv('PATH')")),
                attack("jvm: System.setProperty", BODY, solve(
                        "System.setProperty('" + PROPERTY + "', 'yes')", "'done'")),
                attack("jvm: System.properties.put", BODY, solve(
                        "System.properties.put('" + PROPERTY + "', 'yes')", "'done'")),
                attack("jvm: System.out.println", BODY, solve(
                        "System.out.println('pwned')", "'done'")),
                attack("jvm: System.out.print", BODY, solve(
                        "System.out.print 'pwned'", "'done'")),
                // evaluation of code at run time
                attack("eval: Eval.me", BODY, solve(
                        "Eval.me(\"new File('CANARY').text = 'x'\")", "'done'")),
                attack("eval: new GroovyShell().evaluate", BODY, solve(
                        "new GroovyShell().evaluate(\"new File('CANARY').text = 'x'\")", "'done'")),
                attack("eval: Script.evaluate", BODY, solve(
                        "evaluate(\"new File('CANARY').text = 'x'\")", "'done'")),
                attack("eval: this.evaluate", BODY, solve(
                        "this.evaluate(\"new File('CANARY').text = 'x'\")", "'done'")),
                attack("eval: super.evaluate", BODY, solve(
                        "super.evaluate(\"new File('CANARY').text = 'x'\")", "'done'")),
                attack("eval: run() again", BODY, solve(
                        "this.run()", "'done'")),
                // binding
                attack("binding: getBinding()", BODY, solve(
                        "getBinding().setVariable('x', 1)", "'done'")),
                attack("binding: binding property", BODY, solve(
                        "binding.variables.size()")),
                // metaclasses
                attack("metaclass: String.metaClass.foo = {}", BODY, solve(
                        "String.metaClass.execute = { -> 'harmless' }", "'done'")),
                attack("metaclass: x.metaClass", BODY, solve(
                        "task.metaClass.getQuestion = { -> 'forged' }", "'done'")),
                attack("metaclass: ExpandoMetaClass.enableGlobally()", BODY, solve(
                        "ExpandoMetaClass.enableGlobally()", "'done'")),
                attack("metaclass: use(category)", BODY, solve(
                        "use(String) { 'done' }")),
                // declarations
                attack("declaration: class", 1, "class Foo { def go() { new File('CANARY').text = 'x' } }\n"
                        + solve("'done'")),
                attack("declaration: static method", 1, "static def helper() { 'x' }\n" + solve("helper()")),
                attack("declaration: enum", 1, "enum E { A, B }\n" + solve("'done'")),
                attack("declaration: interface", 1, "interface I { def f() }\n" + solve("'done'")),
                attack("declaration: trait", 1, "trait T { def f() { 1 } }\n" + solve("'done'")),
                attack("declaration: record", 1, "record R(int a) { }\n" + solve("'done'")),
                attack("declaration: own $checkpoint to disable the time limit", 1,
                        "def $checkpoint() { }\n" + solve("while (true) { }")),
                // annotations
                attack("annotation: @ASTTest runs code at compile time", 1,
                        "@groovy.transform.ASTTest(value = { new File('CANARY').text = 'x' })\ndef x = 1\n"
                                + solve("'done'")),
                attack("annotation: @Grab", 1, "@Grab('org.apache.commons:commons-lang3:3.12.0')\ndef x = 1\n"
                        + solve("'done'")),
                attack("annotation: @GrabConfig(systemClassLoader = true)", 1,
                        "@GrabConfig(systemClassLoader = true)\ndef x = 1\n" + solve("'done'")),
                attack("annotation: @CompileDynamic", 1,
                        "@groovy.transform.CompileDynamic\ndef helper() { 'touch CANARY'.execute() }\n"
                                + solve("helper()", "'done'")),
                attack("annotation: @TypeChecked(SKIP)", 1,
                        "@groovy.transform.TypeChecked(groovy.transform.TypeCheckingMode.SKIP)\n"
                                + "def helper() { 'touch CANARY'.execute() }\n" + solve("helper()", "'done'")),
                attack("annotation: @Field", 1, "@groovy.transform.Field def counter = 0\n" + solve("'done'")),
                attack("annotation: on a local variable", BODY, solve(
                        "@SuppressWarnings('all') def x = 1", "'done'")),
                // imports
                attack("import: java.io.File", 1, "import java.io.File\n" + solve("'done'")),
                attack("import: static System.exit", 1, "import static java.lang.System.exit\n"
                        + solve("exit(0)", "'done'")),
                attack("import: alias for Runtime", 1, "import java.lang.Runtime as Harmless\n"
                        + solve("Harmless.getRuntime().exec('touch CANARY')", "'done'")),
                // dynamic names
                attack("dynamic: computed method name", BODY, solve(
                        "'touch CANARY'.\"${'ex' + 'ecute'}\"()", "'done'")),
                attack("dynamic: obj['class']", BODY + 1, solve(
                        "def s = task.question", "s['class']")),
                attack("dynamic: obj.\"class\"", BODY + 1, solve(
                        "def s = task.question", "s.\"class\"")),
                attack("dynamic: obj.\"$name\"", BODY + 2, solve(
                        "def s = task.question", "def n = 'class'", "s.\"$n\"")),
                attack("dynamic: getAt('class') called directly", BODY, solve(
                        "task.getAt('class')")),
                // swallowing limits
                attack("limits: catch Throwable", BODY, solve(
                        "try { while (true) { } } catch (Throwable t) { 'swallowed' }")),
                attack("limits: catch Error", BODY, solve(
                        "try { while (true) { } } catch (Error t) { 'swallowed' }")),
                attack("limits: catch StackOverflowError", BODY, solve(
                        "try { 'x' } catch (StackOverflowError t) { 'swallowed' }")),
                attack("limits: catch LimitExceeded", BODY, solve(
                        "try { while (true) { } } catch (dev.metaforge.dsl.LimitExceeded t) { 'swallowed' }")),
                // closures and the meta-object protocol
                attack("closure: setDelegate", BODY + 1, solve(
                        "def c = { -> question }", "c.setDelegate(task)", "c()")),
                attack("closure: rehydrate", BODY + 1, solve(
                        "def c = { -> 1 }", "c.rehydrate(task, task, task)()")),
                attack("closure: resolveStrategy", BODY + 1, solve(
                        "def c = { -> 1 }", "c.resolveStrategy = Closure.DELEGATE_ONLY", "c()")),
                attack("mop: invokeMethod", BODY, solve(
                        "'touch CANARY'.invokeMethod('execute', null)", "'done'")),
                attack("mop: getProperty", BODY, solve(
                        "task.getProperty('class')")),
                attack("mop: InvokerHelper", BODY, solve(
                        "org.codehaus.groovy.runtime.InvokerHelper.invokeMethod('touch CANARY', 'execute', null)",
                        "'done'")),
                attack("mop: ScriptBytecodeAdapter.invokeMethodN", BODY, solve(
                        "org.codehaus.groovy.runtime.ScriptBytecodeAdapter.invokeMethodN(String, 'touch CANARY',"
                                + " 'execute', new Object[0])", "'done'")),
                attack("mop: new MethodClosure", BODY, solve(
                        "new org.codehaus.groovy.runtime.MethodClosure('touch CANARY', 'execute').call()", "'done'")),
                attack("jdk: MethodHandles.lookup()", BODY, solve(
                        "java.lang.invoke.MethodHandles.lookup()", "'done'")),
                attack("jdk: sun.misc.Unsafe", BODY, solve(
                        "sun.misc.Unsafe.getUnsafe()", "'done'")),
                // class values and shared state reached through static fields
                attack("static: a Class through a primitive's TYPE field", BODY, solve(
                        "def k = Integer.TYPE", "'' + k")),
                attack("static: DGM's Class[] field, emptied to break later compilations", BODY, solve(
                        "Arrays.fill(org.codehaus.groovy.runtime.DefaultGroovyMethods.DGM_LIKE_CLASSES, null)", "'done'")),
                // threads and locks outside the engine
                attack("threads: Arrays.parallelSetAll on the common fork-join pool", BODY + 1, solve(
                        "def a = new Object[8]", "Arrays.parallelSetAll(a, { int i -> i })", "a.toList()")),
                attack("threads: Arrays.parallelSort", BODY + 1, solve(
                        "def a = [3, 1, 2] as Integer[]", "Arrays.parallelSort(a)", "a.toList()")),
                attack("locks: Collections.synchronizedList for a cross-branch deadlock", BODY, solve(
                        "def l = Collections.synchronizedList([1])", "l.size()")),
                attack("locks: StringBuffer's monitors", BODY, solve(
                        "def b = new StringBuffer('x')", "b.toString()")),
                // forging the engine's own values
                attack("forgery: a Reply made by coercion, claiming not to be simulated", BODY, solve(
                        "org.codehaus.groovy.runtime.DefaultGroovyMethods.asType([[answer: '42'], false], Reply)")),
                attack("forgery: a Task made through its private constructor", BODY, solve(
                        "org.codehaus.groovy.runtime.DefaultGroovyMethods.asType(['forged', 'q', [:], []], Task)")),
                // the language's own options
                attack("option: smuggled ask option", BODY, solve(
                        "ask(task.question, fields: [answer: 'x'], exec: 'touch CANARY').answer")));
    }

    // ---------------------------------------------------------------- escape chains

    /**
     * Escapes built from pieces that each look harmless. Asserted like the cases above; when one
     * compiles it is run, and the failure message says what it did.
     */
    @ParameterizedTest(name = "[{index}] chain {0}")
    @MethodSource("escapeChains")
    void escapeChainIsRefused(String name, int line, String script) {
        String source = withCanary(script);
        CompilationFailed failed = compileExpectingRefusal(source, true);
        assertLocated(failed, source, line);
        assertThat(canary).doesNotExist();
    }

    static Stream<Arguments> escapeChains() {
        return Stream.of(
                attack("dynamic: property by computed name on a collection ([obj]['class'])", BODY, solve(
                        "def loader = [[this]['class'][0]]['classLoader'][0]",
                        "([loader]['parent'][0]).toString()")),
                attack("jvm: DGM println on any object writes to the host's System.out", BODY, solve(
                        "task.println('written to the host stdout by an agent script')", "'done'")),
                attack("reflection: Class.location leaks a java.net.URL of the host class path", BODY, solve(
                        "'' + Task.location")),
                attack("type: a forbidden type named as a for-loop variable", BODY + 1, solve(
                        "def n = 0",
                        "for (Class k in { String s -> s }.parameterTypes) { n++ }",
                        "n")),
                attack("escape: Class.forName via asType, then new RandomAccessFile(canary)", BODY + 1, solve(
                        "def holder = { String s -> s }",
                        "Arrays.fill(holder.parameterTypes, [[task]['class'][0]]['class'][0])",
                        "for (k in holder.parameterTypes) {",
                        "    Arrays.fill(holder.parameterTypes, 'java.io.RandomAccessFile'.asType(k))",
                        "}",
                        "def made = []",
                        "for (k in holder.parameterTypes) {",
                        "    made << ['CANARY', 'rw'].asType(k)",
                        "}",
                        "made.toString()")),
                attack("escape: MethodClosure via asType runs 'touch canary'", BODY + 1, solve(
                        "def holder = { String s -> s }",
                        "Arrays.fill(holder.parameterTypes, [[task]['class'][0]]['class'][0])",
                        "for (k in holder.parameterTypes) {",
                        "    Arrays.fill(holder.parameterTypes, 'org.codehaus.groovy.runtime.MethodClosure'.asType(k))",
                        "}",
                        "def ran = []",
                        "for (k in holder.parameterTypes) {",
                        "    ran << ((Closure) ['touch CANARY', 'execute'].asType(k)).call()",
                        "}",
                        "ran.toString()")));
    }
}
