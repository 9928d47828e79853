package dev.metaforge.dsl.sandbox;

import dev.metaforge.dsl.Limits;
import dev.metaforge.model.Hashes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Verified script bytecode kept on disk between runs, so that running or checking an unchanged
 * script again skips the Groovy compiler, most of a short command's time. One file per source
 * hash under a directory per engine build (a new build never reads an old build's classes).
 *
 * <p>The directory is trusted as the engine's jar is: it is the user's own, created readable and
 * writable by them alone, and a directory that others could write to is not used at all; anyone
 * who can write into it could as well replace the jar. Files are still read defensively: a
 * damaged file (cut short, wrong lengths, a description a compiler would not have written, classes
 * named for another script, bytecode the verifier refuses or the JVM will not load) is a miss,
 * and the script is compiled from its source and its file written again.
 */
public final class VerifiedScriptFiles {
    private static final int MAGIC = 0x4D46_5643; // "MFVC"
    private static final int MAX_FILE_BYTES = 8 << 20;
    private static final int MAX_CLASSES = 256;
    /** Kept per build; beyond this the oldest files go. */
    static final int MAX_FILES = 1_000;

    private final Path directory;

    private VerifiedScriptFiles(Path directory) {
        this.directory = directory;
    }

    /**
     * The store under {@code root} for this engine build, or empty when the build cannot be told
     * apart from the next one (classes from a directory rather than a jar).
     */
    public static Optional<VerifiedScriptFiles> under(Path root) {
        return EngineBuild.id().map(id -> new VerifiedScriptFiles(root.resolve(id)));
    }

    /** The store under {@code root} for the build called {@code buildId}. */
    static VerifiedScriptFiles under(Path root, String buildId) {
        return new VerifiedScriptFiles(root.resolve(buildId));
    }

    Path directory() {
        return directory;
    }

    /** The classes (as the compiler wrote them, before rewriting) and declarations kept for {@code hash}. */
    Optional<Kept> read(String hash) {
        Path file = file(hash);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES || !usable(directory)) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)));
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            String mainClass = in.readUTF();
            String agentName = in.readUTF();
            String description = in.readUTF();
            int count = in.readInt();
            if (!mainClass.equals(mainClassOf(hash)) || !Limits.isName(agentName) || !asWritten(description)
                    || count < 1 || count > MAX_CLASSES) {
                return Optional.empty();
            }
            Map<String, byte[]> classes = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    return Optional.empty();
                }
                byte[] bytes = new byte[length];
                in.readFully(bytes);
                if (!name.equals(mainClass) && !name.startsWith(mainClass + "$")) {
                    return Optional.empty();
                }
                classes.put(name, bytes);
            }
            return Optional.of(new Kept(classes, mainClass, agentName, description));
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /** A description as the compiler leaves it: one line of at most 500 characters and an ellipsis. */
    private static boolean asWritten(String description) {
        return description.length() <= 501 && description.chars().noneMatch(c -> c < 0x20 || c == 0x7F)
                && description.equals(description.strip());
    }

    /** Keeps a verified compilation; a store that cannot be written is simply not used. */
    void write(String hash, Kept kept) {
        try {
            ownDirectory(directory);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeInt(MAGIC);
            out.writeUTF(kept.mainClass());
            out.writeUTF(kept.agentName());
            out.writeUTF(kept.description());
            out.writeInt(kept.classes().size());
            for (Map.Entry<String, byte[]> c : kept.classes().entrySet()) {
                out.writeUTF(c.getKey());
                out.writeInt(c.getValue().length);
                out.write(c.getValue());
            }
            Path partial = Files.createTempFile(directory, hash, ".part");
            Files.write(partial, buffer.toByteArray());
            Files.move(partial, file(hash), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException unwritable) {
            // a read-only or full disk costs only the next compilation
        }
    }

    /** Creates the directory (and those above it that are missing) readable and writable by this user alone. */
    private static void ownDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Path parent = directory.getParent();
        if (parent != null) {
            ownDirectory(parent);
        }
        try {
            Files.createDirectory(directory, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectory(directory);
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // another process made it first
        }
    }

    /** Owned by this user and writable by no one else: otherwise its files are not read. */
    static boolean usable(Path directory) {
        try {
            var attributes = Files.readAttributes(directory, java.nio.file.attribute.PosixFileAttributes.class);
            var permissions = attributes.permissions();
            return attributes.owner().getName().equals(System.getProperty("user.name"))
                    && !permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException notPosix) {
            return true;
        } catch (IOException | RuntimeException unknown) {
            return false;
        }
    }

    private void prune() throws IOException {
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        try (var parts = Files.list(directory)) { // left by a writer that was killed
            parts.filter(f -> f.toString().endsWith(".part") && f.toFile().lastModified() < hourAgo)
                    .forEach(f -> f.toFile().delete());
        }
        try (var files = Files.list(directory)) {
            var all = files.filter(f -> f.toString().endsWith(".classes")).toList();
            if (all.size() <= MAX_FILES) {
                return;
            }
            all.stream().sorted(java.util.Comparator.comparingLong(f -> f.toFile().lastModified()))
                    .limit(all.size() - MAX_FILES * 4L / 5).forEach(f -> f.toFile().delete());
        }
    }

    private Path file(String hash) {
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a source hash: " + hash);
        }
        return directory.resolve(hash + ".classes");
    }

    static String mainClassOf(String hash) {
        return "Agent_" + hash.substring(0, 16);
    }

    /** A compilation as kept: classes before rewriting, by binary name, and what the script declared. */
    record Kept(Map<String, byte[]> classes, String mainClass, String agentName, String description) {
    }

    /** Tells engine builds apart by the jar they run from. */
    static final class EngineBuild {
        private static final Optional<String> ID = compute();

        static Optional<String> id() {
            return ID;
        }

        private static Optional<String> compute() {
            try {
                Path jar = Path.of(ScriptCompiler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (!Files.isRegularFile(jar)) {
                    return Optional.empty();
                }
                return Optional.of("build-" + Hashes.sha256(jar.toAbsolutePath() + "|" + Files.size(jar) + "|"
                        + Files.getLastModifiedTime(jar).toMillis()).substring(0, 16));
            } catch (Exception unknown) {
                return Optional.empty();
            }
        }
    }
}
