package dev.metaforge.dsl;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.ExpressionEvaluator;

/**
 * Exact arithmetic for {@code calc}: the expression is checked to hold only numbers, operators
 * and parentheses, turned into a Java expression over {@link BigDecimal} parameters and compiled
 * by Janino. Compiled forms are cached by shape, so {@code 2+3} and {@code 7+1} share one.
 */
public final class Calculator {
    private static final int MAX_LENGTH = 500;
    /** Digits before the decimal point a result may have: DECIMAL128 keeps 34 significant ones. */
    private static final int MAX_DIGITS = 1_000;
    private static final int CACHE_SIZE = 512;
    private static final MathContext CONTEXT = MathContext.DECIMAL128;

    private final Map<String, ExpressionEvaluator> compiled = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ExpressionEvaluator> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    /** Evaluates {@code expression}; a bad expression or a division by zero is a {@link ScriptFailure}. */
    public BigDecimal evaluate(String expression) {
        if (expression.length() > MAX_LENGTH) {
            throw new ScriptFailure("calc expression is longer than " + MAX_LENGTH + " characters");
        }
        Parser parser = new Parser(expression);
        String java = parser.parse();
        ExpressionEvaluator evaluator = compiled.computeIfAbsent(java + "#" + parser.numbers.size(),
                k -> cook(java, parser.numbers.size()));
        try {
            BigDecimal result = (BigDecimal) evaluator.evaluate(parser.numbers.toArray());
            result = result.stripTrailingZeros();
            if (result.precision() - result.scale() > MAX_DIGITS) {
                throw new ScriptFailure("calc result has more than " + MAX_DIGITS + " digits");
            }
            return result.scale() < 0 ? result.setScale(0) : result;
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new ScriptFailure("calc('" + expression + "'): " + Limits.bounded(e.getCause().getMessage()));
        }
    }

    private static ExpressionEvaluator cook(String java, int parameters) {
        ExpressionEvaluator ee = new ExpressionEvaluator();
        String[] names = new String[parameters];
        Class<?>[] types = new Class<?>[parameters];
        for (int i = 0; i < parameters; i++) {
            names[i] = "a" + i;
            types[i] = BigDecimal.class;
        }
        ee.setParameters(names, types);
        ee.setExpressionType(BigDecimal.class);
        try {
            ee.cook(java);
        } catch (CompileException e) {
            throw new IllegalStateException("generated calc expression did not compile: " + java, e);
        }
        return ee;
    }

    /** {@code a ^ b} for a whole exponent of at most 1000 in size. */
    public static BigDecimal power(BigDecimal base, BigDecimal exponent) {
        int e;
        try {
            e = exponent.intValueExact();
        } catch (ArithmeticException ex) {
            throw new ArithmeticException("the exponent must be a whole number");
        }
        if (Math.abs(e) > 1000) {
            throw new ArithmeticException("the exponent must be between -1000 and 1000");
        }
        return base.pow(e, CONTEXT);
    }

    /** Recursive descent over the expression, emitting Java source and collecting literals. */
    private static final class Parser {
        private final String text;
        private final List<BigDecimal> numbers = new ArrayList<>();
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        String parse() {
            String java = sum();
            skipSpaces();
            if (pos < text.length()) {
                throw unexpected();
            }
            return java;
        }

        private String sum() {
            String left = product();
            while (true) {
                char c = peek();
                if (c == '+' || c == '-') {
                    pos++;
                    left = left + (c == '+' ? ".add(" : ".subtract(") + product() + ")";
                } else {
                    return left;
                }
            }
        }

        private String product() {
            String left = unary();
            while (true) {
                char c = peek();
                if (c == '*' || c == '/' || c == '%') {
                    pos++;
                    String right = unary();
                    left = switch (c) {
                        case '*' -> left + ".multiply(" + right + ")";
                        case '/' -> left + ".divide(" + right + ", java.math.MathContext.DECIMAL128)";
                        default -> left + ".remainder(" + right + ")";
                    };
                } else {
                    return left;
                }
            }
        }

        /** Unary signs bind looser than {@code ^}: {@code -2^2} is {@code -(2^2)}. */
        private String unary() {
            char c = peek();
            if (c == '-') {
                pos++;
                return unary() + ".negate()";
            }
            if (c == '+') {
                pos++;
                return unary();
            }
            return power();
        }

        private String power() {
            String base = primary();
            if (peek() == '^') {
                pos++;
                return "dev.metaforge.dsl.Calculator.power(" + base + ", " + unary() + ")";
            }
            return base;
        }

        private String primary() {
            char c = peek();
            if (c == '(') {
                pos++;
                String inner = sum();
                if (peek() != ')') {
                    throw unexpected();
                }
                pos++;
                return "(" + inner + ")";
            }
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            if (start == pos) {
                throw unexpected();
            }
            try {
                numbers.add(new BigDecimal(text.substring(start, pos)));
            } catch (NumberFormatException e) {
                pos = start;
                throw unexpected();
            }
            return "a" + (numbers.size() - 1);
        }

        private char peek() {
            skipSpaces();
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        private ScriptFailure unexpected() {
            String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end";
            return new ScriptFailure("calc accepts numbers, + - * / % ^ and parentheses; found " + found
                    + " at column " + (pos + 1) + " of '" + text + "'");
        }
    }
}
