package dev.metaforge.dsl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.model.Hashes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Verified bytecode kept on disk is used by the next compiler of an unchanged script, and read as
 * untrusted: classes that fail the verifier, belong to another script or a damaged file are a
 * miss, and the script is compiled as usual.
 */
class VerifiedScriptFilesTest {
    @TempDir
    Path dir;

    private static String source(String name) {
        return "agent('" + name + "') { solve { task -> ask(task.question).answer } }";
    }

    /** A compiler of a new process: nothing of this script kept in memory. */
    private CompiledScript compileAfresh(VerifiedScriptFiles files, String source) throws CompilationFailed {
        VerifiedScripts.forget(Hashes.sha256(source));
        return new ScriptCompiler(4, files).compile(source, "kept.groovy");
    }

    /** A script compiled once with the store: its source, source hash and what the store kept. */
    private record Compiled(String source, String hash, VerifiedScriptFiles.Kept kept) {
    }

    private Compiled compiledOnce(VerifiedScriptFiles files, String name) throws Exception {
        String source = source(name + " " + System.nanoTime());
        compileAfresh(files, source);
        String hash = Hashes.sha256(source);
        return new Compiled(source, hash, files.read(hash).orElseThrow());
    }

    @Test
    void theNextCompilerOfAnUnchangedScriptLoadsItFromDisk() throws Exception {
        VerifiedScriptFiles files = VerifiedScriptFiles.under(dir, "build-test");
        Compiled once = compiledOnce(files, "Kept");
        assertThat(once.kept().mainClass()).isEqualTo("Agent_" + once.hash().substring(0, 16));
        // the same classes under another declared name: only a compiler that reads the file can know it
        files.write(once.hash(), new VerifiedScriptFiles.Kept(once.kept().classes(), once.kept().mainClass(),
                "Read From Disk", ""));
        assertThat(compileAfresh(files, once.source()).agentName()).isEqualTo("Read From Disk");
        assertThat(VerifiedScriptFiles.under(dir, "build-other").read(once.hash())).as("another build's store").isEmpty();
    }

    @Test
    void classesThatFailTheVerifierAreCompiledAgainFromTheSource() throws Exception {
        VerifiedScriptFiles files = VerifiedScriptFiles.under(dir, "build-test");
        String source = source("Honest " + System.nanoTime());
        String hash = Hashes.sha256(source);
        String main = VerifiedScriptFiles.mainClassOf(hash);
        files.write(hash, new VerifiedScriptFiles.Kept(Map.of(main, exiting(main)), main, "Planted", ""));
        assertThat(files.read(hash)).as("the planted file is there").isPresent();
        CompiledScript compiled = compileAfresh(files, source);
        assertThat(compiled.agentName()).startsWith("Honest ");
        assertThat(files.read(hash).orElseThrow().agentName()).as("replaced by the real compilation").startsWith("Honest ");
    }

    @Test
    void anotherScriptsClassesOrADamagedFileAreAMiss() throws Exception {
        VerifiedScriptFiles files = VerifiedScriptFiles.under(dir, "build-test");
        String other = source("Other " + System.nanoTime());
        compileAfresh(files, other);
        VerifiedScriptFiles.Kept theirs = files.read(Hashes.sha256(other)).orElseThrow();
        String source = source("Mine " + System.nanoTime());
        String hash = Hashes.sha256(source);
        files.write(hash, theirs);
        assertThat(files.read(hash)).as("classes named for another script").isEmpty();
        assertThat(compileAfresh(files, source).agentName()).startsWith("Mine ");

        Path file = files.directory().resolve(hash + ".classes");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(files.read(hash)).as("cut short").isEmpty();
        Files.writeString(file, "not classes at all");
        assertThat(files.read(hash)).as("garbage").isEmpty();
        assertThat(compileAfresh(files, source).agentName()).startsWith("Mine ");
    }

    @Test
    void aStoreThatCannotBeWrittenCostsOnlyTheCompilation() throws Exception {
        Path blocked = Files.writeString(dir.resolve("a-file"), "in the way");
        VerifiedScriptFiles files = VerifiedScriptFiles.under(blocked, "build-test");
        String source = source("Unkept " + System.nanoTime());
        assertThat(compileAfresh(files, source).agentName()).startsWith("Unkept ");
        assertThat(files.read(Hashes.sha256(source))).isEmpty();
    }

    /** A script class whose solve would end the JVM: the verifier must refuse it wherever it comes from. */
    private static byte[] exiting(String name) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, "dev/metaforge/dsl/AgentScript", null);
        MethodVisitor run = w.visitMethod(Opcodes.ACC_PUBLIC, "run", "()Ljava/lang/Object;", null, null);
        run.visitCode();
        run.visitInsn(Opcodes.ICONST_0);
        run.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/System", "exit", "(I)V", false);
        run.visitInsn(Opcodes.ACONST_NULL);
        run.visitInsn(Opcodes.ARETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    @Test
    void aClassThatIsNotTheOneItsEntryNamesIsAMiss() throws Exception {
        VerifiedScriptFiles files = VerifiedScriptFiles.under(dir, "build-test");
        Compiled once = compiledOnce(files, "Named");
        // a decoy under the script's own entry name that declares itself java.lang.Runtime: calls to
        // it would pass for calls within the script
        Map<String, byte[]> planted = new java.util.LinkedHashMap<>(once.kept().classes());
        planted.put(once.kept().mainClass() + "$99", decoy("java/lang/Runtime"));
        files.write(once.hash(), new VerifiedScriptFiles.Kept(planted, once.kept().mainClass(), "Planted", ""));
        assertThat(compileAfresh(files, once.source()).agentName()).startsWith("Named ");
        assertThat(files.read(once.hash()).orElseThrow().classes()).as("written again from the source")
                .doesNotContainKey(once.kept().mainClass() + "$99");
    }

    @Test
    void lengthsBeyondTheFileAndDescriptionsNoCompilerWritesAreAMiss() throws Exception {
        VerifiedScriptFiles files = VerifiedScriptFiles.under(dir, "build-test");
        Compiled once = compiledOnce(files, "Bounded");
        files.write(once.hash(), new VerifiedScriptFiles.Kept(once.kept().classes(), once.kept().mainClass(), "Bounded",
                "two\nlines"));
        assertThat(files.read(once.hash())).as("a description with a line break").isEmpty();

        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeInt(0x4D46_5643);
        out.writeUTF(once.kept().mainClass());
        out.writeUTF("Bounded");
        out.writeUTF("");
        out.writeInt(1);
        out.writeUTF(once.kept().mainClass());
        out.writeInt(0x7FFF_FFF0); // a length no file here can hold
        Files.write(files.directory().resolve(once.hash() + ".classes"), bytes.toByteArray());
        assertThat(files.read(once.hash())).isEmpty();
        assertThat(compileAfresh(files, once.source()).agentName()).startsWith("Bounded ");
    }

    @Test
    void aDirectoryOthersCanWriteToIsNotRead() throws Exception {
        VerifiedScriptFiles files = VerifiedScriptFiles.under(dir, "build-test");
        String source = source("Shared " + System.nanoTime());
        compileAfresh(files, source);
        assertThat(files.read(Hashes.sha256(source))).isPresent();
        assertThat(java.nio.file.Files.getPosixFilePermissions(files.directory()))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        java.nio.file.Files.setPosixFilePermissions(files.directory(),
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(files.read(Hashes.sha256(source))).isEmpty();
    }

    private static byte[] decoy(String name) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
        MethodVisitor exec = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "getRuntime", "()Ljava/lang/Runtime;",
                null, null);
        exec.visitCode();
        exec.visitInsn(Opcodes.ACONST_NULL);
        exec.visitInsn(Opcodes.ARETURN);
        exec.visitMaxs(0, 0);
        exec.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }
}
