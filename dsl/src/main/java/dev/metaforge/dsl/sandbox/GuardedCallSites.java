package dev.metaforge.dsl.sandbox;

import dev.metaforge.dsl.ScriptFailure;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collection;
import org.codehaus.groovy.vmplugin.v8.IndyInterface;

/**
 * The bootstrap of every call a script leaves to run time (a method or property on a value the
 * type checker only knows as {@code Object}, such as {@code item.answer} on an untyped list
 * element, or {@code x as int}). Groovy's own call site does the dispatch; around it, each call
 * checks its receiver (and, for a spread call, every element) and the value it returns, so a
 * dynamic call reaches no more than a statically checked one.
 */
public final class GuardedCallSites {
    static final String OWNER = "dev/metaforge/dsl/sandbox/GuardedCallSites";
    static final String DESCRIPTOR = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/String;I)Ljava/lang/invoke/CallSite;";
    private static final MethodHandle RECEIVER;
    private static final MethodHandle RESULT;
    private static final MethodHandle INSTANCE;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            RECEIVER = lookup.findStatic(GuardedCallSites.class, "receiver",
                    MethodType.methodType(Object.class, String.class, boolean.class, Object.class));
            RESULT = lookup.findStatic(GuardedCallSites.class, "result",
                    MethodType.methodType(Object.class, String.class, Object.class));
            INSTANCE = lookup.findStatic(GuardedCallSites.class, "instance",
                    MethodType.methodType(Object.class, Class.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private GuardedCallSites() {
    }

    /** Same signature as Groovy's bootstrap, which it wraps. */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String callType, MethodType type, String name,
                                     int flags) {
        if (callType.equals("cast")) {
            // a value of the engine's own types (a Task, a Reply) only ever comes from the engine:
            // no conversion of a list or a map into one, as Groovy's cast would do by its constructor
            MethodHandle check = MethodHandles.insertArguments(INSTANCE, 0, type.returnType())
                    .asType(MethodType.methodType(type.returnType(), type.parameterType(0)));
            return new ConstantCallSite(check);
        }
        if (!SandboxPolicy.allowsDynamicMember(callType, name)) {
            throw new ScriptFailure("'" + name + "' is not available in agent scripts");
        }
        MethodHandle target = IndyInterface.bootstrap(caller, callType, type, name, flags).dynamicInvoker();
        boolean spread = (flags & IndyInterface.SPREAD_CALL) != 0;
        if (type.parameterCount() > 0 && !type.parameterType(0).isPrimitive()) {
            MethodHandle check = MethodHandles.insertArguments(RECEIVER, 0, name, spread)
                    .asType(MethodType.methodType(type.parameterType(0), type.parameterType(0)));
            target = MethodHandles.filterArguments(target, 0, check);
        }
        if (!type.returnType().isPrimitive() && type.returnType() != void.class) {
            MethodHandle check = MethodHandles.insertArguments(RESULT, 0, name)
                    .asType(MethodType.methodType(type.returnType(), type.returnType()));
            target = MethodHandles.filterReturnValue(target, check);
        }
        return new ConstantCallSite(target);
    }

    private static Object receiver(String name, boolean spread, Object receiver) {
        if (spread && receiver instanceof Collection<?> items) {
            for (Object item : items) {
                DynamicReceivers.check(item, name);
            }
        }
        DynamicReceivers.check(receiver, name);
        return receiver;
    }

    private static Object instance(Class<?> type, Object value) {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        throw new ScriptFailure("a " + type.getSimpleName() + " comes only from the engine, not from "
                + DynamicReceivers.describe(value));
    }

    private static Object result(String name, Object value) {
        return DynamicReceivers.result(value, name);
    }
}
