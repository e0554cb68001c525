package io.parley.chat.adapter.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The user store on an H2 file database, as in the embedded default. */
class H2UserStoreTest extends DatabaseUserStoreContract {
    @TempDir
    static Path dataDir;

    @Override
    protected DatabaseSettings createDatabase() {
        return new H2TestDatabase(dataDir).create();
    }

    @Override
    protected void dropDatabase() {
        // the temporary directory goes with the test class
    }

    @Override
    protected String quoted(String identifier) {
        return new H2TestDatabase(dataDir).quoted(identifier);
    }
}
