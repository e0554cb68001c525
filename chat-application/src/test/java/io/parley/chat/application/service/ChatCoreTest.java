package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.chat.application.contract.MutableClock;
import io.parley.chat.application.fixtures.FakePasswordHasher;
import io.parley.chat.application.fixtures.FakeTokens;
import io.parley.chat.application.fixtures.InMemoryUsers;
import io.parley.chat.application.fixtures.RecordedDisconnects;
import io.parley.chat.application.local.InMemoryRateLimiter;
import io.parley.chat.application.local.InMemorySessionStore;
import io.parley.chat.application.local.RandomIds;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChatCoreTest {
    private static final ChatCore.Settings SETTINGS = new ChatCore.Settings(Duration.ofDays(30), "salt", 100);

    private static ChatCore.Builder allPortsBut(String missing) {
        MutableClock clock = MutableClock.atNow();
        InMemoryUsers users = new InMemoryUsers();
        ChatCore.Builder builder = ChatCore.builder();
        builder.loadUsers("loadUsers".equals(missing) ? null : users)
                .saveUsers("saveUsers".equals(missing) ? null : users)
                .sessions("sessions".equals(missing) ? null : new InMemorySessionStore(clock))
                .tokens("tokens".equals(missing) ? null : new FakeTokens(clock))
                .passwords("passwords".equals(missing) ? null : new FakePasswordHasher())
                .rateLimits("rateLimits".equals(missing) ? null : new InMemoryRateLimiter(clock))
                .clock("clock".equals(missing) ? null : clock)
                .ids("ids".equals(missing) ? null : new RandomIds())
                .connections("connections".equals(missing) ? null : new RecordedDisconnects())
                .settings("settings".equals(missing) ? null : SETTINGS);
        return builder;
    }

    @Test
    void refuseToBuildWithoutAPortNamingIt() {
        for (String port : new String[] {"loadUsers", "saveUsers", "sessions", "tokens", "passwords", "rateLimits",
            "clock", "ids", "connections", "settings"}) {
            NullPointerException missing = assertThrows(NullPointerException.class,
                    () -> allPortsBut(port).build(), port);
            assertEquals(port, missing.getMessage());
        }
    }

    @Test
    void refuseSettingsThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new ChatCore.Settings(Duration.ZERO, "salt", 100));
        assertThrows(IllegalArgumentException.class,
                () -> new ChatCore.Settings(Duration.ofDays(-1), "salt", 100));
        assertThrows(IllegalArgumentException.class, () -> new ChatCore.Settings(Duration.ofDays(1), "salt", 0));
        assertThrows(NullPointerException.class, () -> new ChatCore.Settings(Duration.ofDays(1), null, 1));
    }
}
