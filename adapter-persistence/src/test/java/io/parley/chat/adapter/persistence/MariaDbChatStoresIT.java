package io.parley.chat.adapter.persistence;

/** Relations, friends, messages and conversations on MariaDB, in a database of their own, dropped afterwards. */
class MariaDbChatStoresIT extends DatabaseChatStoresContract {
    @Override
    protected TestDatabase newDatabase() {
        return new MariaDbTestDatabase();
    }
}
