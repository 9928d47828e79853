package dev.metaforge.dsl.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.codehaus.groovy.runtime.ScriptBytecodeAdapter;

/**
 * Operators on values the type checker only knows as {@code Object}: {@code counts[k] + 1} on an
 * untyped map, {@code total * 2} after {@code def total = m[k]}. Plain Groovy decides these at run
 * time; agent scripts are compiled statically, so the type checker sends such an operator here
 * (see {@link LooseTyping}), where it is dispatched on the operands' run-time types after the
 * same receiver and result checks as any other call left to run time.
 */
public final class DynamicOperators {
    /** Binary operators, by the method name Groovy gives them. */
    static final Set<String> BINARY = Set.of("plus", "minus", "multiply", "div", "mod", "remainder", "power",
            "intdiv", "leftShift", "rightShift", "rightShiftUnsigned", "and", "or", "xor", "compareTo", "isCase",
            "getAt");
    /** Unary operators: {@code -x}, {@code +x}, {@code x++}, {@code x--}, {@code ~x}. */
    static final Set<String> UNARY = Set.of("negative", "positive", "next", "previous", "bitwiseNegate");

    private DynamicOperators() {
    }

    public static Object plus(Object a, Object b) {
        return binary(a, "plus", b);
    }

    public static Object minus(Object a, Object b) {
        return binary(a, "minus", b);
    }

    public static Object multiply(Object a, Object b) {
        return binary(a, "multiply", b);
    }

    public static Object div(Object a, Object b) {
        return binary(a, "div", b);
    }

    public static Object mod(Object a, Object b) {
        return binary(a, "mod", b);
    }

    public static Object remainder(Object a, Object b) {
        return binary(a, "remainder", b);
    }

    public static Object power(Object a, Object b) {
        return binary(a, "power", b);
    }

    public static Object intdiv(Object a, Object b) {
        return binary(a, "intdiv", b);
    }

    public static Object leftShift(Object a, Object b) {
        return binary(a, "leftShift", b);
    }

    public static Object rightShift(Object a, Object b) {
        return binary(a, "rightShift", b);
    }

    public static Object rightShiftUnsigned(Object a, Object b) {
        return binary(a, "rightShiftUnsigned", b);
    }

    public static Object and(Object a, Object b) {
        return binary(a, "and", b);
    }

    public static Object or(Object a, Object b) {
        return binary(a, "or", b);
    }

    public static Object xor(Object a, Object b) {
        return binary(a, "xor", b);
    }

    public static int compareTo(Object a, Object b) {
        DynamicReceivers.check(a, "compareTo");
        return ScriptBytecodeAdapter.compareTo(a, b);
    }

    public static boolean isCase(Object a, Object b) throws Throwable {
        DynamicReceivers.check(a, "isCase");
        return ScriptBytecodeAdapter.isCase(b, a);
    }

    public static Object getAt(Object a, Object key) {
        if (a instanceof Map<?, ?> map) {
            return DynamicReceivers.result(map.get(key), "getAt");
        }
        if (a instanceof List<?> list && key instanceof Integer i) {
            int index = i < 0 ? list.size() + i : i;
            return index >= 0 && index < list.size() ? DynamicReceivers.result(list.get(index), "getAt") : null;
        }
        return binary(a, "getAt", key);
    }

    public static Object negative(Object a) throws Throwable {
        DynamicReceivers.check(a, "negative");
        return ScriptBytecodeAdapter.unaryMinus(a);
    }

    public static Object positive(Object a) throws Throwable {
        DynamicReceivers.check(a, "positive");
        return ScriptBytecodeAdapter.unaryPlus(a);
    }

    public static Object next(Object a) {
        return unary(a, "next");
    }

    public static Object previous(Object a) {
        return unary(a, "previous");
    }

    public static Object bitwiseNegate(Object a) throws Throwable {
        DynamicReceivers.check(a, "bitwiseNegate");
        return ScriptBytecodeAdapter.bitwiseNegate(a);
    }

    private static Object binary(Object a, String operator, Object b) {
        DynamicReceivers.check(a, operator);
        return DynamicReceivers.result(InvokerHelper.invokeMethod(a, operator, new Object[] {b}), operator);
    }

    private static Object unary(Object a, String operator) {
        DynamicReceivers.check(a, operator);
        return DynamicReceivers.result(InvokerHelper.invokeMethod(a, operator, new Object[0]), operator);
    }
}
