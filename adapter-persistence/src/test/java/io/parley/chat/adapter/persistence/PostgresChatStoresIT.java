package io.parley.chat.adapter.persistence;

/** Relations, friends, messages and conversations on PostgreSQL, in a schema of their own, dropped afterwards. */
class PostgresChatStoresIT extends DatabaseChatStoresContract {
    @Override
    protected TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }
}
