package io.parley.chat.application.local;

import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.SessionStorePort;
import io.parley.chat.domain.session.SessionId;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Sessions of a single node, in memory; lost on restart (tokens then need a new login). */
public final class InMemorySessionStore implements SessionStorePort {
    private record Entry(SessionId session, Instant expiresAt) { }

    private final ConcurrentMap<UserId, Entry> sessions = new ConcurrentHashMap<>();
    private final ClockPort clock;

    public InMemorySessionStore(ClockPort clock) {
        this.clock = clock;
    }

    @Override
    public void replace(UserId user, SessionId session, Duration ttl) {
        sessions.put(user, new Entry(session, clock.now().plus(ttl)));
    }

    @Override
    public Optional<SessionId> current(UserId user) {
        Entry entry = sessions.get(user);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.expiresAt().isAfter(clock.now())) {
            sessions.remove(user, entry);
            return Optional.empty();
        }
        return Optional.of(entry.session());
    }

    @Override
    public boolean remove(UserId user, SessionId session) {
        Entry live = sessions.get(user);
        return live != null && live.session().equals(session) && sessions.remove(user, live)
                && live.expiresAt().isAfter(clock.now());
    }

    @Override
    public void removeAll(UserId user) {
        sessions.remove(user);
    }
}
