package dev.metaforge.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {
    @Test
    void theDeclaredVersionIsTheHighestMigration() throws Exception {
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int highest = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.toList()) {
                Matcher m = name.matcher(f.getFileName().toString());
                assertThat(m.matches()).as(f.toString()).isTrue();
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        assertThat(Archive.SCHEMA_VERSION).isEqualTo(highest);
    }
}
