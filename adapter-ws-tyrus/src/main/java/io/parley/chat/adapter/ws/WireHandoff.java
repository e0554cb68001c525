package io.parley.chat.adapter.ws;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Carries a connection's {@link Wire} from the upgrade filter to its endpoint. Tyrus shows the endpoint nothing of
 * the transport, only the handshake request, so the filter sets a one-time key in a header of its own (replacing
 * anything a client sent under that name) and the configurator claims the wire with it during the upgrade.
 */
final class WireHandoff {
    static final String HEADER = "X-Parley-Wire";

    private final ConcurrentMap<String, Wire> pending = new ConcurrentHashMap<>();

    String offer(Wire wire) {
        String key = UUID.randomUUID().toString();
        pending.put(key, wire);
        return key;
    }

    Optional<Wire> claim(String key) {
        return Optional.ofNullable(pending.remove(key));
    }

    /** Drops an offer nobody claimed (the handshake failed before the endpoint's configurator ran). */
    void withdraw(String key) {
        pending.remove(key);
    }
}
