package dev.metaforge.archive;

import org.junit.jupiter.api.Nested;

/**
 * The search store, the response cache and the kill test on a private PostgreSQL server, a
 * database for each archive: a writer killed with {@code kill -9} loses at most the evaluation
 * it was writing there too.
 */
class PostgresStoresTest {
    private static String database() {
        return PostgresServer.sharedDatabase();
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

    @Nested
    class Kill extends KillTest {
        private String database;

        @Override
        protected String location() {
            if (database == null) {
                database = database();
            }
            return database;
        }
    }
}
