package io.parley.chat.adapter.redis.archfixture;

/** Breaks HIBERNATE_ONLY_IN_PERSISTENCE. */
public class RedisUsesHibernate {
    org.hibernate.Session session;
}
