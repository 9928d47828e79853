package dev.metaforge.archive;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where an archive lives: a JDBC URL as given, or a path to an H2 file database. The default
 * is {@code .metaforge/archive} in the working directory; {@code METAFORGE_ARCHIVE} overrides it,
 * and an explicit option overrides both.
 */
public final class ArchiveLocation {
    public static final String DEFAULT = ".metaforge/archive";
    public static final String ENVIRONMENT = "METAFORGE_ARCHIVE";

    private ArchiveLocation() {
    }

    /** The location to use given an option (may be null) and the environment. */
    public static String resolve(String option, Map<String, String> environment) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        String fromEnvironment = environment.get(ENVIRONMENT);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : DEFAULT;
    }

    /** A location as it may be shown: a password in a JDBC URL is replaced by stars. */
    public static String shown(String location) {
        return location.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /**
     * The JDBC URL for a location. A file path becomes an H2 database that other processes can
     * open at the same time (the first one serves the others over loopback), and that hands every
     * commit to the operating system at once ({@code WRITE_DELAY=0}; H2 would otherwise wait up
     * to half a second), so a killed process loses nothing it reported as stored. Closing does not
     * compact the file bit by bit ({@code MAX_COMPACT_TIME=0}: that took up to five seconds at the
     * end of every command); a writer that wrote much rewrites it whole instead, see {@link H2Compaction}.
     */
    public static String jdbcUrl(String location) {
        if (location.startsWith("jdbc:")) {
            return location;
        }
        String path = Path.of(location).toAbsolutePath().normalize().toString();
        if (path.endsWith(".mv.db")) {
            path = path.substring(0, path.length() - ".mv.db".length());
        }
        return "jdbc:h2:file:" + path + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;MAX_COMPACT_TIME=0;COMPRESS=TRUE";
    }

    /** The file an H2 location is stored in, or null for other databases. */
    public static Path h2File(String location) {
        if (location.startsWith("jdbc:")) {
            return null;
        }
        String path = Path.of(location).toAbsolutePath().normalize().toString();
        return Path.of(path.endsWith(".mv.db") ? path : path + ".mv.db");
    }
}
