package io.parley.chat.adapter.redis.archfixture;

/** Breaks NOBODY_DEPENDS_ON_BOOTSTRAP. */
public class RedisReadsBootstrap {
    io.parley.chat.bootstrap.Wiring wiring;
}
