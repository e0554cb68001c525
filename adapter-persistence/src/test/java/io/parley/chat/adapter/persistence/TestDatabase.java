package io.parley.chat.adapter.persistence;

/** An empty database (or schema) of its own for one test class, on one kind of database server. */
interface TestDatabase {
    /** Creates the database; skips the test class (or fails it in CI) when the server is not reachable. */
    DatabaseSettings create() throws Exception;

    void drop() throws Exception;

    /** The identifier quoted as this database wants it ({@code user} and {@code order} are reserved words). */
    String quoted(String identifier);
}
