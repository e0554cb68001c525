package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.UpdateUserSettingsCommand;
import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.settings.UserSettings;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateUserSettingsServiceTest {
    private final TestCore test = TestCore.create();

    @Test
    void storeTheDocumentAndWhatItSays() {
        UserId alice = test.register("alice_01", "secret1").account().id();
        String json = "{\"chatset\":{\"visitor\":{\"sendCount\":0,\"needFollow\":false}},\"theme\":\"dark\"}";
        UserSettings settings = UserSettings.parse(json, Map.of("theme", "dark",
                "chatset", Map.of("visitor", Map.of("sendCount", 0, "needFollow", false))));
        test.clock().advance(Duration.ofMinutes(3));

        test.core().updateUserSettings().updateSettings(new UpdateUserSettingsCommand(alice, settings));

        User stored = test.stored(alice);
        assertEquals(json, stored.settings().json());
        assertEquals(new SendPolicy(0, false), stored.settings().chat().visitor());
        assertEquals(SendPolicy.DEFAULT, stored.settings().chat().user());
        assertEquals(test.clock().now(), stored.updateTime());
        assertEquals(json, test.core().publicProfile().publicProfile(stored.uuid()).userset());
    }

    @Test
    void refuseAUserWhoIsGone() {
        UserSettings settings = UserSettings.parse("{}", Map.of());
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> test.core().updateUserSettings()
                .updateSettings(new UpdateUserSettingsCommand(UserId.of(404), settings)));
    }
}
