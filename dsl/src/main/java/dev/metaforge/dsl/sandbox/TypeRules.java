package dev.metaforge.dsl.sandbox;

import java.util.Set;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArrayExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.CatchStatement;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * After names are resolved: every type the script names (in a constructor call, a cast, a
 * declaration, a parameter, a class reference, a catch) must be one the sandbox allows.
 */
final class TypeRules extends CompilationCustomizer {

    TypeRules() {
        super(CompilePhase.CANONICALIZATION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript()) {
            return;
        }
        Reporter report = new Reporter(source);
        Set<String> own = Set.of(classNode.getName());
        new ClassCodeVisitorSupport() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            private void check(ClassNode type, ASTNode where) {
                if (type == null || type.isGenericsPlaceHolder() || ClassHelper.isPrimitiveType(type)
                        || ClassHelper.isDynamicTyped(type) || own.contains(type.getName())) {
                    return;
                }
                ClassNode element = type.isArray() ? type.getComponentType() : type;
                if (element.isArray() || ClassHelper.isPrimitiveType(element)) {
                    check(element, where);
                    return;
                }
                if (!SandboxPolicy.allowsType(element.getName().replace('.', '/'))) {
                    report.error(where, DiagnosticCode.FORBIDDEN, Remedies.type(element.getName()));
                }
            }

            @Override
            public void visitMethod(MethodNode node) {
                if (!node.getName().equals("run") || node.getParameters().length > 0) {
                    check(node.getReturnType(), node);
                    for (Parameter p : node.getParameters()) {
                        check(p.getType(), p);
                    }
                }
                super.visitMethod(node);
            }

            @Override
            public void visitClassExpression(ClassExpression expression) {
                check(expression.getType(), expression);
                super.visitClassExpression(expression);
            }

            @Override
            public void visitConstructorCallExpression(ConstructorCallExpression call) {
                check(call.getType(), call);
                super.visitConstructorCallExpression(call);
            }

            @Override
            public void visitCastExpression(CastExpression expression) {
                check(expression.getType(), expression);
                super.visitCastExpression(expression);
            }

            @Override
            public void visitArrayExpression(ArrayExpression expression) {
                check(expression.getElementType(), expression);
                super.visitArrayExpression(expression);
            }

            @Override
            public void visitDeclarationExpression(DeclarationExpression expression) {
                Expression left = expression.getLeftExpression();
                if (left instanceof VariableExpression v) {
                    check(v.getOriginType(), v);
                }
                super.visitDeclarationExpression(expression);
            }

            @Override
            public void visitClosureExpression(ClosureExpression expression) {
                if (expression.getParameters() != null) {
                    for (Parameter p : expression.getParameters()) {
                        check(p.getType(), p);
                    }
                }
                super.visitClosureExpression(expression);
            }

            @Override
            @SuppressWarnings("deprecation") // Groovy 4 still fills getVariable(); its replacement arrives in Groovy 5
            public void visitForLoop(ForStatement loop) {
                if (loop.getVariable() != null && loop.getVariable() != ForStatement.FOR_LOOP_DUMMY) {
                    check(loop.getVariableType(), loop);
                }
                super.visitForLoop(loop);
            }

            @Override
            public void visitCatchStatement(CatchStatement statement) {
                ClassNode type = statement.getExceptionType();
                if (!ClassHelper.isDynamicTyped(type) && !SandboxPolicy.allowsCatch(type.getName().replace('.', '/'))) {
                    report.error(statement, DiagnosticCode.FORBIDDEN, "catching " + type.getNameWithoutPackage()
                            + " is not allowed; catch Exception or a subtype such as ArithmeticException");
                }
                super.visitCatchStatement(statement);
            }
        }.visitClass(classNode);
    }
}
