package dev.metaforge.archive;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The search store and the response cache tests on a private PostgreSQL server, a database for each archive. */
class PostgresStoresTest {
    private static PostgresServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Assumptions.assumeTrue(PostgresServer.available(), "PostgreSQL binaries under " + PostgresServer.binaries());
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static String database() {
        try {
            return server.newDatabase();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class SearchStore extends SearchStoreTest {
        @Override
        protected String location(String name) {
            return database();
        }
    }

    @Nested
    class ResponseCache extends ArchiveResponseCacheTest {
        @Override
        protected String newLocation() {
            return database();
        }
    }
}
