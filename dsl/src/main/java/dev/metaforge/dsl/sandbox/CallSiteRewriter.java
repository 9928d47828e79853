package dev.metaforge.dsl.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The last step before a verified script is loaded: calls left to run time are bound through
 * {@link GuardedCallSites} instead of Groovy's own bootstrap, and property reads by a computed
 * name go to {@link Subscripts}. Both keep the instruction's descriptor, so nothing else moves.
 */
final class CallSiteRewriter {
    private static final String GROOVY_INDY = "org/codehaus/groovy/vmplugin/v8/IndyInterface";
    private static final Handle GUARDED = new Handle(Opcodes.H_INVOKESTATIC, GuardedCallSites.OWNER, "bootstrap",
            GuardedCallSites.DESCRIPTOR, false);

    private CallSiteRewriter() {
    }

    static Map<String, byte[]> rewrite(Map<String, byte[]> classes) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        classes.forEach((name, bytes) -> out.put(name, rewrite(bytes)));
        return out;
    }

    private static byte[] rewrite(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public void visitInvokeDynamicInsn(String site, String type, Handle bootstrap, Object... arguments) {
                        boolean groovy = bootstrap.getOwner().equals(GROOVY_INDY);
                        boolean engineType = org.objectweb.asm.Type.getReturnType(type).getInternalName()
                                .startsWith("dev/metaforge/");
                        boolean guarded = groovy && (!site.equals("cast") || engineType);
                        super.visitInvokeDynamicInsn(site, type, guarded ? GUARDED : bootstrap, arguments);
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String type, boolean itf) {
                        String redirected = SandboxPolicy.REDIRECTED.get(owner + "." + method + type);
                        super.visitMethodInsn(opcode, redirected == null ? owner : redirected, method, type,
                                redirected == null && itf);
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }
}
