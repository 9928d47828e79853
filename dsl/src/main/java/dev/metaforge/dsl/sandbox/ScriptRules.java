package dev.metaforge.dsl.sandbox;

import dev.metaforge.dsl.Suggestions;
import dev.metaforge.dsl.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.codehaus.groovy.ast.AnnotatedNode;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.ConstructorNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.AttributeExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.ast.stmt.SynchronizedStatement;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Checks on the syntax tree right after parsing, before any annotation or transformation can
 * run: the script's shape ({@code agent} with a {@code solve}), and the constructs agent
 * scripts may not use at all (annotations, imports, classes, static members, metaclasses,
 * method pointers, direct field access, dynamic member names).
 */
final class ScriptRules extends CompilationCustomizer {
    private static final Set<String> DENIED_PROPERTIES = SandboxPolicy.DENIED_PROPERTIES;
    private static final Set<String> ASK_OPTIONS = Vocabulary.ASK_OPTIONS;

    private String agentName = "";
    private String description = "";

    ScriptRules() {
        super(CompilePhase.CONVERSION);
    }

    /** The name given in {@code agent('…')}, once the script has been checked. */
    String agentName() {
        return agentName;
    }

    /** The text of {@code describe '…'}, or empty. */
    String description() {
        return description;
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        Reporter report = new Reporter(source);
        if (!classNode.isScript()) {
            report.error(classNode, DiagnosticCode.FORBIDDEN, "class declarations are not available in agent scripts; "
                    + "use closures or methods of the script");
            return;
        }
        checkImports(source.getAST(), report);
        for (MethodNode method : new ArrayList<>(classNode.getMethods())) {
            if (method.getName().equals("main")) {
                classNode.removeMethod(method);
            } else if (!method.getName().equals("run")) {
                checkMethod(method, report);
            }
        }
        if (!classNode.getFields().isEmpty()) {
            report.error(classNode.getFields().get(0), DiagnosticCode.FORBIDDEN, "script fields are not available; use local variables");
        }
        new Visitor(source, report, LocalNames.of(classNode)).visitClass(classNode);
        checkShape(classNode.getMethods("run").get(0), report);
    }

    private static void checkImports(ModuleNode module, Reporter report) {
        List<ImportNode> imports = new ArrayList<>(module.getImports());
        imports.addAll(module.getStarImports());
        imports.addAll(module.getStaticImports().values());
        imports.addAll(module.getStaticStarImports().values());
        for (ImportNode i : imports) {
            if (i.getLineNumber() < 1) {
                continue;
            }
            report.error(i, DiagnosticCode.FORBIDDEN, "imports are not available in agent scripts; the DSL, java.lang, "
                    + "java.util and java.math are already in scope");
        }
    }

    private static void checkMethod(MethodNode method, Reporter report) {
        if (method.isStatic()) {
            report.error(method, DiagnosticCode.FORBIDDEN, "static methods are not available in agent scripts");
        }
        String name = method.getName();
        if (name.contains("$") || SandboxPolicy.DENIED_NAMES.contains(name) || Vocabulary.CALLS.contains(name)) {
            report.error(method, DiagnosticCode.FORBIDDEN, "a script method may not be called '" + name + "'");
        }
    }

    private void checkShape(MethodNode run, Reporter report) {
        List<MethodCallExpression> agents = new ArrayList<>();
        if (run.getCode() instanceof BlockStatement block) {
            for (Statement s : block.getStatements()) {
                if (s instanceof ExpressionStatement es && es.getExpression() instanceof MethodCallExpression call
                        && call.isImplicitThis() && "agent".equals(call.getMethodAsString())) {
                    agents.add(call);
                }
            }
        }
        if (agents.isEmpty()) {
            report.error(run, DiagnosticCode.STRUCTURE, "the script declares no agent; start it with "
                    + "agent('Name') { solve { task -> … } }");
            return;
        }
        if (agents.size() > 1) {
            report.error(agents.get(1), DiagnosticCode.STRUCTURE, "a script declares one agent; this is a second agent(...)");
        }
        MethodCallExpression agent = agents.get(0);
        List<Expression> args = arguments(agent);
        if (args.size() != 2 || !(args.get(0) instanceof ConstantExpression c && c.getValue() instanceof String)
                || !(args.get(1) instanceof ClosureExpression)) {
            report.error(agent, DiagnosticCode.STRUCTURE, "write the agent as agent('Name') { … } with a quoted name");
            return;
        }
        agentName = (String) ((ConstantExpression) args.get(0)).getValue();
        if (!dev.metaforge.dsl.Limits.isName(agentName)) {
            report.error(args.get(0), DiagnosticCode.STRUCTURE, "the agent's name must be one line of 1 to "
                    + dev.metaforge.dsl.Limits.MAX_NAME + " characters without control characters");
        }
        int[] solves = {0};
        args.get(1).visit(new CodeVisitorSupport() {
            @Override
            public void visitMethodCallExpression(MethodCallExpression call) {
                if (call.isImplicitThis() && "solve".equals(call.getMethodAsString())) {
                    solves[0]++;
                }
                List<Expression> described = arguments(call);
                if (call.isImplicitThis() && "describe".equals(call.getMethodAsString()) && described.size() == 1
                        && described.get(0) instanceof ConstantExpression text && text.getValue() instanceof String d) {
                    // shown on one line everywhere: spaces for line breaks, and a bounded length
                    String flat = d.replaceAll("\\s+", " ").strip();
                    description = flat.length() > 500 ? flat.substring(0, 500) + "…" : flat;
                }
                super.visitMethodCallExpression(call);
            }
        });
        if (solves[0] == 0) {
            report.error(agent, DiagnosticCode.STRUCTURE, "agent '" + ((ConstantExpression) args.get(0)).getValue()
                    + "' has no solve { task -> … } block; it is the entry point called for each task");
        }
    }

    static List<Expression> arguments(MethodCallExpression call) {
        return call.getArguments() instanceof TupleExpression t ? t.getExpressions() : List.of(call.getArguments());
    }

    /** The per-expression rules. */
    private static final class Visitor extends ClassCodeVisitorSupport {
        private final SourceUnit source;
        private final Reporter report;
        private final Set<String> localNames;

        Visitor(SourceUnit source, Reporter report, Set<String> localNames) {
            this.source = source;
            this.report = report;
            this.localNames = localNames;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        @Override
        public void visitConstructor(ConstructorNode node) {
            // constructors of a script are generated; a script cannot declare one
        }

        @Override
        public void visitAnnotations(AnnotatedNode node) {
            for (AnnotationNode a : node.getAnnotations()) {
                if (a.getLineNumber() < 1) {
                    continue;
                }
                report.error(a, DiagnosticCode.FORBIDDEN, "annotations are not available in agent scripts (@"
                        + a.getClassNode().getNameWithoutPackage() + ")");
            }
        }

        @Override
        public void visitDeclarationExpression(DeclarationExpression expression) {
            visitAnnotations(expression);
            super.visitDeclarationExpression(expression);
        }

        @Override
        public void visitClosureExpression(ClosureExpression expression) {
            if (expression.getParameters() != null) {
                for (Parameter p : expression.getParameters()) {
                    visitAnnotations(p);
                }
            }
            super.visitClosureExpression(expression);
        }

        @Override
        public void visitMethodCallExpression(MethodCallExpression call) {
            String name = call.getMethodAsString();
            if (name == null) {
                report.error(call, DiagnosticCode.FORBIDDEN, "method names must be written out, not computed");
            } else if (name.contains("$")) {
                report.error(call, DiagnosticCode.FORBIDDEN, "names containing '$' are reserved");
            } else if (SandboxPolicy.DENIED_NAMES.contains(name) && !(call.isImplicitThis()
                    && (Vocabulary.CALLS.contains(name) || SandboxPolicy.SCRIPT_PRINTING.contains(name)
                    || localNames.contains(name)))) {
                report.error(call, DiagnosticCode.FORBIDDEN, Remedies.member(name));
            } else if (name.equals("ask") && call.isImplicitThis()) {
                checkAskOptions(call);
            }
            super.visitMethodCallExpression(call);
        }

        private void checkAskOptions(MethodCallExpression call) {
            for (Expression arg : arguments(call)) {
                if (arg instanceof MapExpression map) {
                    for (MapEntryExpression entry : map.getMapEntryExpressions()) {
                        if (entry.getKeyExpression() instanceof ConstantExpression key
                                && !ASK_OPTIONS.contains(String.valueOf(key.getValue()))) {
                            String k = String.valueOf(key.getValue());
                            report.error(entry, DiagnosticCode.OPTION, "ask has no option '" + k + "'"
                                    + didYouMean(k, ASK_OPTIONS) + "; options are fields, role, temperature, model, maxTokens");
                        }
                    }
                }
            }
        }

        @Override
        public void visitPropertyExpression(PropertyExpression expression) {
            String name = expression.getPropertyAsString();
            if (name == null) {
                report.error(expression, DiagnosticCode.FORBIDDEN, "property names must be written out, not computed");
            } else if (name.contains("$") || DENIED_PROPERTIES.contains(name) || SandboxPolicy.DENIED_NAMES.contains(name)) {
                report.error(expression, DiagnosticCode.FORBIDDEN, Remedies.member(name).replaceFirst("^'", "'."));
            }
            super.visitPropertyExpression(expression);
        }

        @Override
        public void visitAttributeExpression(AttributeExpression expression) {
            report.error(expression, DiagnosticCode.FORBIDDEN, "direct field access (.@) is not available in agent scripts");
        }

        @Override
        public void visitMethodPointerExpression(MethodPointerExpression expression) {
            if (expression instanceof org.codehaus.groovy.ast.expr.MethodReferenceExpression
                    && expression.getMethodName() instanceof ConstantExpression name
                    && !SandboxPolicy.DENIED_NAMES.contains(String.valueOf(name.getValue()))) {
                // Type::method compiles to a lambda whose target the bytecode check verifies
                super.visitMethodPointerExpression(expression);
                return;
            }
            report.error(expression, DiagnosticCode.FORBIDDEN, "method pointers and references are not available in agent scripts; "
                    + "use a closure");
        }

        @Override
        public void visitVariableExpression(VariableExpression expression) {
            String name = expression.getName();
            if (name.contains("$")) {
                report.error(expression, DiagnosticCode.FORBIDDEN, "names containing '$' are reserved");
            } else if (name.equals("super") && expression.getLineNumber() > 0) {
                report.error(expression, DiagnosticCode.FORBIDDEN, "'super' is not available in agent scripts");
            }
            super.visitVariableExpression(expression);
        }

        @Override
        public void visitSynchronizedStatement(SynchronizedStatement statement) {
            report.error(statement, DiagnosticCode.FORBIDDEN, "synchronized blocks are not available; use parallel(...)");
            super.visitSynchronizedStatement(statement);
        }
    }

    static String didYouMean(String word, Set<String> candidates) {
        return Suggestions.didYouMean(word, candidates);
    }
}
