package io.parley.chat.adapter.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Relations, friends, messages and conversations on an H2 file database, as in the embedded default. */
class H2ChatStoresTest extends DatabaseChatStoresContract {
    @TempDir
    static Path dataDir;

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase(dataDir);
    }
}
