package io.parley.chat.adapter.rest.archfixture;

/** Breaks ADAPTERS_DO_NOT_KNOW_EACH_OTHER. */
public class RestCallsRedis {
    io.parley.chat.adapter.redis.RedisConnections redis;
}
