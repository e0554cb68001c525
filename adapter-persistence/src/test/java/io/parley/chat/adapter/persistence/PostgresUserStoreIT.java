package io.parley.chat.adapter.persistence;

/** The user store on PostgreSQL, in a schema of its own in database {@code test}, dropped afterwards. */
class PostgresUserStoreIT extends DatabaseUserStoreContract {
    private final PostgresTestDatabase database = new PostgresTestDatabase();

    @Override
    protected DatabaseSettings createDatabase() throws Exception {
        return database.create();
    }

    @Override
    protected void dropDatabase() throws Exception {
        database.drop();
    }

    @Override
    protected String quoted(String identifier) {
        return database.quoted(identifier);
    }
}
