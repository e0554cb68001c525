package io.parley.chat.application.local;

import io.parley.chat.application.contract.PresenceContract;
import io.parley.chat.application.port.out.PresencePort;

class InMemoryPresenceTest extends PresenceContract {
    private final InMemoryPresence presence = new InMemoryPresence();

    @Override
    protected PresencePort presence() {
        return presence;
    }
}
