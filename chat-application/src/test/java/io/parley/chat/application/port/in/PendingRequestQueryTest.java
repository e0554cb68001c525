package io.parley.chat.application.port.in;

import static io.parley.chat.application.fixtures.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

class PendingRequestQueryTest {
    private static final String UUID = "6f1c2a70-1111-4c3e-8f00-0000000000a1";

    @Test
    void takeAUuidOfThirtySixCharacters() {
        assertEquals(UUID, new PendingRequestQuery(UserId.of(1), UUID).applicantUuid());
    }

    @Test
    void refuseAnyOtherLength() {
        assertInvalid("uuid", Problem.REQUIRED, () -> new PendingRequestQuery(UserId.of(1), null));
        assertInvalid("uuid", Problem.LENGTH, () -> new PendingRequestQuery(UserId.of(1), UUID.substring(1)));
        assertInvalid("uuid", Problem.LENGTH, () -> new PendingRequestQuery(UserId.of(1), UUID + "0"));
    }
}
