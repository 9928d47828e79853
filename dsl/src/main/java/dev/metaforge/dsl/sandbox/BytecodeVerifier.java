package dev.metaforge.dsl.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The last check before a compiled script is loaded: every instruction of every generated class
 * that calls a method, touches a field, names a type, or binds a dynamic call site is checked
 * against {@link SandboxPolicy}. Whatever the syntax checks missed is refused here.
 */
final class BytecodeVerifier {
    /** Methods the Groovy compiler generates on every class; scripts cannot declare these names. */
    private static final Set<String> GENERATED = Set.of("$getStaticMetaClass", "getMetaClass", "setMetaClass",
            "$getLookup", "<clinit>");
    /** Groovy's own call-site bootstrap; only its type-coercion sites ({@code cast}) are allowed. */
    private static final String GROOVY_INDY = "org/codehaus/groovy/vmplugin/v8/IndyInterface";
    private static final Set<String> LAMBDA_BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory");

    private final Map<String, byte[]> classes;
    private final Map<String, String> superOf = new HashMap<>();
    private final Map<String, Set<String>> declared = new HashMap<>();

    BytecodeVerifier(Map<String, byte[]> classes) {
        this.classes = classes;
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            ClassReader reader = new ClassReader(e.getValue());
            Set<String> methods = new HashSet<>();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    methods.add(name + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE);
            declared.put(reader.getClassName(), methods);
            superOf.put(reader.getClassName(), reader.getSuperName());
        }
    }

    /** One refusal: the source line it came from (0 when unknown) and the reason. */
    record Violation(int line, String member, String reason) {
    }

    List<Violation> verify() {
        List<Violation> violations = new ArrayList<>();
        for (byte[] bytes : classes.values()) {
            new ClassReader(bytes).accept(new ClassChecker(violations), 0);
        }
        return violations;
    }

    private boolean own(String internalName) {
        return declared.containsKey(internalName);
    }

    private String checkCall(String owner, String name, String descriptor) {
        String current = owner;
        while (own(current)) {
            if (declared.get(current).contains(name + descriptor)) {
                return null;
            }
            current = superOf.get(current);
        }
        return SandboxPolicy.refusesCall(current, name, descriptor);
    }

    private static String simple(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }

    private String checkType(String internalName) {
        String element = Type.getObjectType(internalName).getSort() == Type.ARRAY
                ? Type.getObjectType(internalName).getElementType().getInternalName() : internalName;
        return own(element) || SandboxPolicy.allowsType(internalName) ? null
                : Remedies.type(element);
    }

    private final class ClassChecker extends ClassVisitor {
        private final List<Violation> violations;

        ClassChecker(List<Violation> violations) {
            super(Opcodes.ASM9);
            this.violations = violations;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            if (!superName.equals("dev/metaforge/dsl/AgentScript") && !superName.equals("groovy/lang/Closure")
                    && !superName.equals("java/lang/Object")) {
                violations.add(new Violation(0, "", "a script may not declare classes"));
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            if (GENERATED.contains(name)) {
                return null;
            }
            return new MethodChecker(violations);
        }
    }

    private final class MethodChecker extends MethodVisitor {
        private final List<Violation> violations;
        private int line;
        /** A class constant just pushed; it may only feed the coercion call that follows it. */
        private boolean classLiteralPending;
        private String classLiteral;

        MethodChecker(List<Violation> violations) {
            super(Opcodes.ASM9);
            this.violations = violations;
        }

        private void refuse(String reason, String member) {
            if (reason != null) {
                violations.add(new Violation(line, member, reason));
            }
        }

        /** Called before every instruction other than a coercion call. */
        private void instruction() {
            if (classLiteralPending) {
                classLiteralPending = false;
                refuse("class values are not available in agent scripts", "class");
            }
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            this.line = line;
        }

        @Override
        public void visitInsn(int opcode) {
            instruction();
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            instruction();
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            instruction();
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            instruction();
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            instruction();
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            instruction();
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            instruction();
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            boolean literal = classLiteralPending;
            classLiteralPending = false;
            if (descriptor.contains("Ljava/lang/Class;)") && !literal) {
                refuse("a conversion to a type chosen at run time is not available; write the type in the script", name);
            } else if (literal && !SandboxPolicy.allowsCoercionTo(classLiteral)) {
                refuse("conversion to " + classLiteral.replace('/', '.') + " is not available in agent scripts", "as");
            }
            if (owner.startsWith("[")) {
                refuse(name.equals("clone") ? checkType(owner) : "array method " + name + " is not available", name);
                return;
            }
            refuse(checkCall(owner, name, descriptor), name);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            instruction();
            if (own(owner)) {
                return;
            }
            refuse(opcode == Opcodes.GETSTATIC ? SandboxPolicy.refusesStaticField(owner, name, descriptor)
                    : "the field " + owner.replace('/', '.') + "." + name + " is not available in agent scripts", name);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            instruction();
            refuse(checkType(type), simple(type));
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            instruction();
            refuse(checkType(descriptor), "new");
        }

        @Override
        public void visitLdcInsn(Object value) {
            instruction();
            if (value instanceof Type type && type.getSort() != Type.METHOD) {
                refuse(checkType(type.getInternalName()), simple(type.getInternalName()));
                classLiteralPending = true;
                classLiteral = type.getInternalName();
            } else if (value instanceof Type || value instanceof Handle) {
                refuse("method handles are not available in agent scripts", "&");
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            boolean literal = classLiteralPending;
            classLiteralPending = false;
            String returned = Type.getReturnType(descriptor).getInternalName();
            if (bootstrap.getOwner().equals(GROOVY_INDY)) {
                String member = arguments.length > 0 && arguments[0] instanceof String s ? s : "";
                if (name.equals("cast")) {
                    refuse(literal ? "class values are not available in agent scripts" : null, member);
                    refuse(checkType(returned), member);
                } else if (name.equals("invoke") && member.equals("asType")) {
                    refuse(literal ? (SandboxPolicy.allowsCoercionTo(classLiteral) ? null
                            : "conversion to " + classLiteral.replace('/', '.') + " is not available in agent scripts")
                            : "a conversion to a type chosen at run time is not available; write the type in the script",
                            "as");
                } else if (literal || descriptor.contains("Ljava/lang/Class;")) {
                    refuse("class values are not available in agent scripts", member);
                } else if (!SandboxPolicy.allowsDynamicMember(name, member)) {
                    refuse(Remedies.member(member), member);
                }
                return;
            }
            if (literal) {
                refuse("class values are not available in agent scripts", name);
            }
            if (!LAMBDA_BOOTSTRAPS.contains(bootstrap.getOwner())) {
                refuse("this construct is not available in agent scripts", name);
                return;
            }
            for (Object argument : arguments) {
                if (argument instanceof Handle handle && !own(handle.getOwner())) {
                    refuse(checkCall(handle.getOwner(), handle.getName(), handle.getDesc()), handle.getName());
                }
            }
            refuse(checkType(returned), name);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type != null && !own(type) && !SandboxPolicy.allowsCatch(type)) {
                refuse("catching " + type.replace('/', '.') + " is not allowed", "catch");
            }
        }
    }
}
