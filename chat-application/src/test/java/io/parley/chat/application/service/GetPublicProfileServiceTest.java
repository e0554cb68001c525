package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertInvalid;
import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.in.PublicProfile;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GetPublicProfileServiceTest {
    private final TestCore test = TestCore.create();

    private PublicProfile profile(String uuid) {
        return test.core().publicProfile().publicProfile(uuid);
    }

    @Test
    void showWhatAnyoneMaySeeOfAnEnabledUser() {
        LoginResult alice = test.register("alice_01", "secret1");
        User stored = test.stored(alice.account().id());
        PublicProfile profile = profile(alice.account().uuid());
        assertEquals(alice.account().id(), profile.id());
        assertEquals("alice_01", profile.username());
        assertEquals(Role.USER, profile.role());
        assertEquals(User.DEFAULT_AVATAR, profile.avatar());
        assertEquals(stored.settings().json(), profile.userset());
        assertEquals(stored.info(), profile.info());
    }

    @Test
    void refuseAUuidThatIsNotThirtySixCharacters() {
        assertInvalid("uuid", Problem.LENGTH, () -> profile("1234"));
        assertInvalid("uuid", Problem.LENGTH, () -> profile(UUID.randomUUID() + "0"));
        assertInvalid("uuid", Problem.REQUIRED, () -> profile(null));
    }

    @Test
    void refuseAnUnknownUser() {
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> profile(UUID.randomUUID().toString()));
    }

    @Test
    void hideADisabledUser() {
        LoginResult alice = test.register("alice_01", "secret1");
        test.disable(alice.account().id());
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> profile(alice.account().uuid()));
    }
}
