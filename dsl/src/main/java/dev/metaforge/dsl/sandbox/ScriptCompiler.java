package dev.metaforge.dsl.sandbox;

import dev.metaforge.dsl.AgentScript;
import dev.metaforge.dsl.Reply;
import dev.metaforge.dsl.Task;
import dev.metaforge.dsl.Suggestions;
import dev.metaforge.dsl.Vocabulary;
import dev.metaforge.model.Hashes;
import groovy.transform.CompileStatic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;
import org.codehaus.groovy.tools.GroovyClass;

/**
 * Compiles agent scripts in the sandbox: parse, syntax rules, type rules, static type check,
 * call rules, bytecode generation, bytecode verification, then loading in a fresh class loader.
 * Successful compilations are cached by source hash: loaded classes per compiler (a bounded cache,
 * so old loaders can go), verified bytecode for the whole process ({@link VerifiedScripts}).
 */
public final class ScriptCompiler {
    private static final Pattern MISSING_METHOD = Pattern.compile("Cannot find matching method ([\\w.$]+)#(\\w+)\\(([^)]*)\\)");
    private static final Pattern FORBIDDEN_ACCESS = Pattern.compile("Access to [\\w.$]+#(\\w+) is forbidden");
    private static final Pattern MISSING_PROPERTY = Pattern.compile("No such property: (\\w+) for class: ([\\w.$]+)");

    private final int cacheSize;
    private final Map<String, CompiledScript> cache;
    /** Verified bytecode kept between runs, or null. */
    private final VerifiedScriptFiles files;

    public ScriptCompiler(int cacheSize) {
        this(cacheSize, null);
    }

    public ScriptCompiler(int cacheSize, VerifiedScriptFiles files) {
        this.cacheSize = cacheSize;
        this.files = files;
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompiledScript> eldest) {
                return size() > ScriptCompiler.this.cacheSize;
            }
        });
    }

    /** Compiles {@code source}; {@code fileName} is used in error messages. */
    public CompiledScript compile(String source, String fileName) throws CompilationFailed {
        String hash = Hashes.sha256(source);
        CompiledScript cached = cache.get(hash);
        if (cached != null) {
            return cached;
        }
        if (source.isBlank()) {
            throw new CompilationFailed(List.of(new Diagnostic(fileName, 1, 1, DiagnosticCode.EMPTY,
                    "the script is empty; an agent script starts with agent('Name') { solve { task -> … } }")));
        }
        Class<?>[] loadedFromDisk = new Class<?>[1];
        VerifiedScripts.Verified verified = VerifiedScripts.obtain(hash, () -> {
            if (files != null) {
                VerifiedScripts.Verified kept = files.read(hash).flatMap(ScriptCompiler::reverify).orElse(null);
                loadedFromDisk[0] = kept == null ? null : loadOrNull(kept);
                if (loadedFromDisk[0] != null) {
                    return kept; // else a kept file this JVM will not load: compiled again, and the file replaced
                }
            }
            return verify(source, fileName, VerifiedScriptFiles.mainClassOf(hash), hash);
        });
        Class<?> scriptClass = loadedFromDisk[0] != null ? loadedFromDisk[0] : load(verified);
        CompiledScript compiled = new CompiledScript(scriptClass, verified.agentName(), verified.description(), hash);
        cache.put(hash, compiled);
        return compiled;
    }

    private static Class<?> load(VerifiedScripts.Verified verified) {
        try {
            return new SandboxClassLoader(AgentScript.class.getClassLoader(), verified.classes()).loadClass(verified.mainClass());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled script class vanished: " + verified.mainClass(), e);
        }
    }

    private static Class<?> loadOrNull(VerifiedScripts.Verified verified) {
        try {
            return load(verified);
        } catch (LinkageError | RuntimeException damaged) {
            return null;
        }
    }

    /** Every check from parsing to the bytecode verifier; the classes as they will be loaded. */
    private VerifiedScripts.Verified verify(String source, String fileName, String className, String hash)
            throws CompilationFailed {
        ScriptRules rules = new ScriptRules();
        Map<String, byte[]> classes = generate(source, fileName, className, rules);
        List<BytecodeVerifier.Violation> violations = new BytecodeVerifier(internalNames(classes)).verify();
        if (!violations.isEmpty()) {
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (BytecodeVerifier.Violation v : violations) {
                diagnostics.add(Diagnostics.onLine(fileName, v.line(), v.member(), v.reason(), source));
            }
            throw new CompilationFailed(Diagnostics.finish(diagnostics, source));
        }
        if (files != null) {
            files.write(hash, new VerifiedScriptFiles.Kept(classes, className, rules.agentName(), rules.description()));
        }
        return new VerifiedScripts.Verified(CallSiteRewriter.rewrite(classes), className, rules.agentName(),
                rules.description());
    }

    /**
     * Classes read from disk, loaded only if they pass the bytecode verifier here and now: each
     * class must be the one its entry names (the verifier takes a class's own name for the
     * script's), the main class a script class.
     */
    private static java.util.Optional<VerifiedScripts.Verified> reverify(VerifiedScriptFiles.Kept kept) {
        try {
            for (Map.Entry<String, byte[]> c : kept.classes().entrySet()) {
                if (!new org.objectweb.asm.ClassReader(c.getValue()).getClassName().equals(c.getKey().replace('.', '/'))) {
                    return java.util.Optional.empty();
                }
            }
            String superName = new org.objectweb.asm.ClassReader(kept.classes().get(kept.mainClass())).getSuperName();
            if (!AgentScript.class.getName().replace('.', '/').equals(superName)
                    || !new BytecodeVerifier(internalNames(kept.classes())).verify().isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new VerifiedScripts.Verified(CallSiteRewriter.rewrite(kept.classes()),
                    kept.mainClass(), kept.agentName(), kept.description()));
        } catch (RuntimeException damaged) {
            return java.util.Optional.empty();
        }
    }

    private static Map<String, byte[]> generate(String source, String fileName, String className, ScriptRules rules)
            throws CompilationFailed {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(AgentScript.class.getName());
        config.setDisabledGlobalASTTransformations(Set.of("groovy.grape.GrabAnnotationTransformation"));
        config.addCompilationCustomizers(new ImportCustomizer().addImports(Task.class.getName(), Reply.class.getName()),
                rules, new LenientShapes(), new TypeRules(), new CheckpointInjector(),
                new SubscriptAssignments(),
                new ASTTransformationCustomizer(Map.of("extensions", List.of(LooseTyping.class.getName())),
                        CompileStatic.class), new UntypedSubscripts(), new CallRules());
        CompilationUnit unit = new CompilationUnit(config, null,
                new groovy.lang.GroovyClassLoader(AgentScript.class.getClassLoader(), config));
        unit.addSource(className + ".groovy", source);
        try {
            unit.compile(Phases.CLASS_GENERATION);
        } catch (MultipleCompilationErrorsException e) {
            throw new CompilationFailed(Diagnostics.finish(diagnostics(e, fileName), source));
        } catch (RuntimeException | org.codehaus.groovy.GroovyBugError e) {
            throw new CompilationFailed(Diagnostics.finish(List.of(new Diagnostic(fileName, 1, 1, DiagnosticCode.COMPILE,
                    "the compiler failed on this script: " + e.getMessage())), source));
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (GroovyClass c : unit.getClasses()) {
            classes.put(c.getName(), c.getBytes());
        }
        return classes;
    }

    private static Map<String, byte[]> internalNames(Map<String, byte[]> classes) {
        Map<String, byte[]> byInternal = new LinkedHashMap<>();
        classes.forEach((name, bytes) -> byInternal.put(name.replace('.', '/'), bytes));
        return byInternal;
    }

    private static List<Diagnostic> diagnostics(MultipleCompilationErrorsException e, String fileName) {
        List<Diagnostic> out = new ArrayList<>();
        for (Message m : e.getErrorCollector().getErrors()) {
            if (m instanceof SyntaxErrorMessage s) {
                SyntaxException cause = s.getCause();
                out.add(cause instanceof CodedSyntaxException coded
                        ? new Diagnostic(fileName, Math.max(1, cause.getStartLine()), Math.max(1, cause.getStartColumn()),
                        coded.code(), coded.getOriginalMessage().trim())
                        : diagnostic(fileName, cause.getStartLine(), cause.getStartColumn(), cause.getOriginalMessage()));
            } else if (m instanceof ExceptionMessage x) {
                out.add(new Diagnostic(fileName, 1, 1, DiagnosticCode.COMPILE, String.valueOf(x.getCause().getMessage())));
            } else {
                out.add(new Diagnostic(fileName, 1, 1, DiagnosticCode.COMPILE, m.toString()));
            }
        }
        return out;
    }

    private static Diagnostic diagnostic(String fileName, int line, int column, String raw) {
        String message = raw.trim();
        DiagnosticCode code = DiagnosticCode.SYNTAX;
        Matcher forbidden = FORBIDDEN_ACCESS.matcher(message);
        if (forbidden.find()) {
            return new Diagnostic(fileName, Math.max(1, line), Math.max(1, column), DiagnosticCode.TYPE, "cannot read '."
                    + forbidden.group(1) + "' here: the type of these values is not known; declare it, "
                    + "e.g. List<Reply> all = first + second");
        }
        if (message.startsWith("[Static type checking] - ")) {
            code = DiagnosticCode.TYPE;
            message = message.substring("[Static type checking] - ".length());
            Matcher method = MISSING_METHOD.matcher(message);
            Matcher property = MISSING_PROPERTY.matcher(message);
            if (method.find()) {
                String receiver = method.group(1).startsWith("Agent_") ? "" : " on " + method.group(1);
                message = "unknown method '" + method.group(2) + "(" + method.group(3) + ")'" + receiver
                        + Suggestions.didYouMean(method.group(2), Vocabulary.CALLS);
            } else if (property.find() && property.group(2).equals("dev.metaforge.dsl.Task")) {
                message = "a task has no property '" + property.group(1) + "'"
                        + Suggestions.didYouMean(property.group(1), Vocabulary.TASK_PROPERTIES)
                        + "; it has id, question, inputs and choices";
            } else if (property.find(0)) {
                message = "unknown name '" + property.group(1) + "'; declare variables with def";
            }
        }
        return new Diagnostic(fileName, Math.max(1, line), Math.max(1, column), code, message);
    }
}
