package io.parley.chat.adapter.persistence.archfixture;

/** Breaks LETTUCE_ONLY_IN_REDIS. */
public class PersistenceUsesLettuce {
    io.lettuce.core.RedisClient client;
}
