package io.parley.chat.adapter.persistence.archfixture;

/** Breaks GRIZZLY_ONLY_IN_SERVERS. */
public class PersistenceUsesGrizzly {
    org.glassfish.grizzly.http.server.HttpServer server;
}
