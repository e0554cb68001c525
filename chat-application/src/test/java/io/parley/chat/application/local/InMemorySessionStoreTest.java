package io.parley.chat.application.local;

import io.parley.chat.application.contract.MutableClock;
import io.parley.chat.application.contract.SessionStoreContract;
import io.parley.chat.application.port.out.SessionStorePort;
import java.time.Duration;

class InMemorySessionStoreTest extends SessionStoreContract {
    private final MutableClock clock = MutableClock.atNow();
    private final InMemorySessionStore store = new InMemorySessionStore(clock);

    @Override
    protected SessionStorePort store() {
        return store;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }
}
