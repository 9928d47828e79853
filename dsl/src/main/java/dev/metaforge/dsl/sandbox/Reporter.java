package dev.metaforge.dsl.sandbox;

import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;

/** Adds an error with a code and the node's position to a source unit, and carries on checking. */
final class Reporter {
    private final SourceUnit source;

    Reporter(SourceUnit source) {
        this.source = source;
    }

    void error(ASTNode node, DiagnosticCode code, String message) {
        int line = Math.max(1, node.getLineNumber());
        int column = Math.max(1, node.getColumnNumber());
        source.getErrorCollector().addErrorAndContinue(new SyntaxErrorMessage(
                new CodedSyntaxException(code, message, line, column), source));
    }
}
