package dev.metaforge.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Every archive test of {@link ArchiveTest} on a real PostgreSQL server (a private one, started
 * for the test JVM on a free loopback port), each test in a database of its own; the two that are
 * about H2's file are replaced by what stands for them on a server.
 */
class PostgresArchiveTest extends ArchiveTest {
    private String database;

    @Override
    protected String location() {
        if (database == null) {
            database = PostgresServer.sharedDatabase();
        }
        return database;
    }

    @Override
    protected Connection raw() throws SQLException {
        return DriverManager.getConnection(location());
    }

    @Override
    protected org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return org.flywaydb.core.Flyway.configure().dataSource(location(), null, null);
    }

    @Override
    @Test
    protected void createsTheFileAndMigratesFromEmpty() {
        try (Archive archive = open()) {
            assertThat(archive.designs().count()).isZero();
        }
        try (Archive again = open()) {
            assertThat(again.designs().count()).as("opening a migrated database again").isZero();
        }
    }

    @Override
    @Test
    protected void aDamagedFileGivesAClearMessage() {
        String nowhere = PostgresServer.shared().url("no_such_database");
        assertThatThrownBy(() -> Archive.open(nowhere)).isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("cannot open the archive at " + nowhere)
                .hasMessageContaining("no_such_database");
    }
}
