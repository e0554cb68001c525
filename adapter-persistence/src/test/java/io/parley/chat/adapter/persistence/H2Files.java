package io.parley.chat.adapter.persistence;

import java.nio.file.Path;

/** The H2 URL form recommended for the embedded default. */
final class H2Files {
    private H2Files() {
    }

    /**
     * An absolute path (H2 refuses paths implicitly relative to the working directory); {@code DB_CLOSE_ON_EXIT=FALSE}
     * leaves closing to {@link HibernatePersistence#close()} instead of H2's own shutdown hook, which could close the
     * database under requests still running while the server shuts down.
     */
    static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("parley") + ";DB_CLOSE_ON_EXIT=FALSE";
    }
}
