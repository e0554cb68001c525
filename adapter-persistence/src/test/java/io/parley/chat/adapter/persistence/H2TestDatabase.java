package io.parley.chat.adapter.persistence;

import java.nio.file.Path;

/** An H2 file database in a temporary directory, as in the embedded default; it goes with the directory. */
final class H2TestDatabase implements TestDatabase {
    private final Path dataDir;

    H2TestDatabase(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public DatabaseSettings create() {
        return new DatabaseSettings(H2Files.url(dataDir), null, null, 5);
    }

    @Override
    public void drop() {
        // the temporary directory goes with the test class
    }

    @Override
    public String quoted(String identifier) {
        return "\"" + identifier + "\"";
    }
}
