package dev.metaforge.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 archive of many small commits is compacted when a writer closes it, and left as it is
 * when a reader does: looking at a large archive must not wait on its compaction.
 */
class CompactionTest {
    @TempDir
    Path dir;

    @Test
    void aReaderLeavesTheFileAsItIsAndAWriterCompactsIt() throws Exception {
        String location = dir.resolve("archive").toString();
        Path file = ArchiveLocation.h2File(location);
        try (Archive archive = Archive.openForReading(location)) {
            for (int i = 0; i < 400; i++) { // one commit each, as a search stores its designs
                archive.designs().add(NewDesign.builder("Design " + i, Fixtures.script("Design " + i)).build());
            }
        }
        long written = Files.size(file);

        try (Archive archive = Archive.openForReading(location)) {
            assertThat(archive.designs().get(1).name()).isEqualTo("Design 0");
        }
        assertThat(Files.size(file)).as("after a reader closed it: not compacted").isGreaterThanOrEqualTo(written);

        try (Archive archive = Archive.open(location)) {
            assertThat(archive.designs().get(400).name()).isEqualTo("Design 399");
        }
        assertThat(Files.size(file)).as("after a writer closed it").isLessThan(written / 2);
    }
}
