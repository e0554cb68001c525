package io.parley.chat.application.local;

import io.parley.chat.application.port.out.PresencePort;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Presence for the nodes of one JVM: the embedded server's single node, or several cores a test runs side by side.
 * Lost on restart, as the connections are.
 */
public final class InMemoryPresence implements PresencePort {
    private final ConcurrentMap<UserId, Location> locations = new ConcurrentHashMap<>();

    @Override
    public Optional<Location> arrived(UserId user, Location location) {
        Objects.requireNonNull(user, "user");
        return Optional.ofNullable(locations.put(user, Objects.requireNonNull(location, "location")));
    }

    @Override
    public void left(UserId user, Location location) {
        locations.remove(Objects.requireNonNull(user, "user"), Objects.requireNonNull(location, "location"));
    }

    @Override
    public Optional<Location> whereIs(UserId user) {
        return Optional.ofNullable(locations.get(Objects.requireNonNull(user, "user")));
    }
}
