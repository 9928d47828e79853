package dev.metaforge.dsl.sandbox;

import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.transform.stc.StaticTypesMarker;

/** What the type checker inferred for an expression, read after type checking. */
final class InferredTypes {
    private InferredTypes() {
    }

    /** The inferred type: on the expression, else on the variable it reads, else its declared type. */
    static ClassNode of(Expression e) {
        Object type = e.getNodeMetaData(StaticTypesMarker.INFERRED_TYPE);
        if (type == null && e instanceof VariableExpression v && v.getAccessedVariable() instanceof ASTNode node) {
            type = node.getNodeMetaData(StaticTypesMarker.INFERRED_TYPE);
        }
        return type instanceof ClassNode c ? c : e.getType();
    }

    /** True when only {@code Object} (or a type parameter) is known. */
    static boolean untyped(Expression e) {
        ClassNode c = of(e);
        return ClassHelper.isObjectType(c) || c.isGenericsPlaceHolder();
    }
}
