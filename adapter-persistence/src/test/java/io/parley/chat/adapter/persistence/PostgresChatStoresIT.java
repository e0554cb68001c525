package io.parley.chat.adapter.persistence;

/** Relations and messages on PostgreSQL, in a schema of their own, dropped afterwards. */
class PostgresChatStoresIT extends DatabaseChatStoresContract {
    @Override
    protected TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }
}
