package dev.metaforge.dsl.sandbox;

import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.DoWhileStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.ast.stmt.LoopingStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.ast.stmt.WhileStatement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Puts a call to the script's {@code $checkpoint()} at the start of every method, closure and
 * loop body, so that a time limit or a cancelled task stops a script even inside a loop that
 * never calls the model.
 */
final class CheckpointInjector extends CompilationCustomizer {

    CheckpointInjector() {
        super(CompilePhase.CANONICALIZATION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript()) {
            return;
        }
        new ClassCodeVisitorSupport() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public void visitMethod(MethodNode node) {
                super.visitMethod(node);
                node.setCode(prepend(node.getCode()));
            }

            @Override
            public void visitClosureExpression(ClosureExpression expression) {
                super.visitClosureExpression(expression);
                expression.setCode(prepend(expression.getCode()));
            }

            @Override
            public void visitForLoop(ForStatement loop) {
                super.visitForLoop(loop);
                guard(loop);
            }

            @Override
            public void visitWhileLoop(WhileStatement loop) {
                super.visitWhileLoop(loop);
                guard(loop);
            }

            @Override
            public void visitDoWhileLoop(DoWhileStatement loop) {
                super.visitDoWhileLoop(loop);
                guard(loop);
            }
        }.visitClass(classNode);
    }

    private static void guard(LoopingStatement loop) {
        loop.setLoopBlock(prepend(loop.getLoopBlock()));
    }

    private static Statement prepend(Statement body) {
        MethodCallExpression call = new MethodCallExpression(new VariableExpression("this"), "$checkpoint",
                ArgumentListExpression.EMPTY_ARGUMENTS);
        call.setImplicitThis(true);
        BlockStatement block = new BlockStatement();
        block.addStatement(new ExpressionStatement(call));
        if (body instanceof BlockStatement inner) {
            block.setVariableScope(inner.getVariableScope());
            inner.getStatements().forEach(block::addStatement);
        } else if (body != null) {
            block.addStatement(body);
        }
        block.setSourcePosition(body == null ? block : body);
        return block;
    }
}
