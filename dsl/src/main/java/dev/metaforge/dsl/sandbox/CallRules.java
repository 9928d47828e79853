package dev.metaforge.dsl.sandbox;

import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.classgen.asm.BytecodeHelper;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.transform.stc.ExtensionMethodNode;
import org.codehaus.groovy.transform.stc.StaticTypesMarker;

/**
 * After static type checking: every method the script calls, now resolved to its declaring
 * class, must be one the sandbox allows. This gives a line and column for calls such as
 * {@code "ls".execute()} that only the type checker can pin to a class.
 */
final class CallRules extends CompilationCustomizer {

    CallRules() {
        super(CompilePhase.INSTRUCTION_SELECTION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript()) {
            return;
        }
        Reporter report = new Reporter(source);
        String own = classNode.getName();
        new ClassCodeVisitorSupport() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public void visitMethodCallExpression(MethodCallExpression call) {
                check(call.getMethodTarget(), call);
                super.visitMethodCallExpression(call);
            }

            @Override
            public void visitStaticMethodCallExpression(StaticMethodCallExpression call) {
                check(call.getNodeMetaData(StaticTypesMarker.DIRECT_METHOD_CALL_TARGET), call);
                super.visitStaticMethodCallExpression(call);
            }

            private void check(MethodNode target, ASTNode where) {
                if (target == null) {
                    return;
                }
                MethodNode method = target instanceof ExtensionMethodNode ext ? ext.getExtensionMethodNode() : target;
                ClassNode declaring = method.getDeclaringClass();
                if (declaring == null || declaring.getName().equals(own) || declaring.getName().startsWith(own + "$")) {
                    return;
                }
                String reason = SandboxPolicy.refusesCall(declaring.getName().replace('.', '/'), method.getName(),
                        BytecodeHelper.getMethodDescriptor(method));
                if (reason != null) {
                    report.error(where, "forbidden", reason);
                }
            }
        }.visitClass(classNode);
    }
}
