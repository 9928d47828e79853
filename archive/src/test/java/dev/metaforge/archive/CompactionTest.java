package dev.metaforge.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 archive is rewritten whole when a writer that stored much closes it, and only then: not
 * by a reader, not after a few writes, and never while someone else still has it open.
 */
class CompactionTest {
    @TempDir
    Path dir;

    private String location() {
        return dir.resolve("archive").toString();
    }

    /** Rewriting the file replaces it: its identity (device and inode) changes. */
    private Object identity() throws Exception {
        return Files.readAttributes(ArchiveLocation.h2File(location()), BasicFileAttributes.class).fileKey();
    }

    private static void store(Archive archive, int designs, String prefix) {
        for (int i = 0; i < designs; i++) { // one commit each, as a search stores its designs
            archive.designs().add(NewDesign.builder(prefix + i, Fixtures.script(prefix + i)).build());
        }
    }

    @Test
    void aWriterThatStoredMuchLeavesTheFileAFractionOfItsSize() throws Exception {
        Path file = ArchiveLocation.h2File(location());
        long beforeClose;
        try (Archive archive = Archive.open(location())) {
            store(archive, 400, "Design ");
            beforeClose = Files.size(file);
        }
        assertThat(Files.size(file)).as("after the writer closed it").isLessThan(beforeClose / 2);
        try (Archive archive = Archive.openForReading(location())) {
            assertThat(archive.designs().get(400).name()).as("nothing lost").isEqualTo("Design 399");
        }
    }

    @Test
    void readersAndSmallWritesLeaveTheFileInPlace() throws Exception {
        try (Archive archive = Archive.open(location())) {
            store(archive, 400, "Design ");
        }
        Object compacted = identity();
        try (Archive archive = Archive.openForReading(location())) {
            store(archive, 400, "Read ");
        }
        assertThat(identity()).as("a reader never rewrites the file").isEqualTo(compacted);
        try (Archive archive = Archive.open(location())) {
            store(archive, 2, "Small ");
        }
        assertThat(identity()).as("a couple of designs are not worth a rewrite").isEqualTo(compacted);
    }

    @Test
    void anArchiveStillOpenElsewhereIsNotShutDownUnderIt() throws Exception {
        try (Archive other = Archive.openForReading(location())) {
            try (Archive archive = Archive.open(location())) {
                store(archive, 400, "Design ");
            }
            Object before = identity();
            assertThat(other.designs().get(400).name()).as("the other archive still reads").isEqualTo("Design 399");
            store(other, 1, "After ");
            assertThat(identity()).isEqualTo(before);
        }
        try (Archive archive = Archive.openForReading(location())) {
            assertThat(archive.designs().get(401).name()).isEqualTo("After 0");
        }
    }
}
