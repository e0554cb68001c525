package io.parley.chat.application.port.in;

import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** #9: is there a pending request to me from the user with this uuid ({@code :uuid}, 36 characters)? */
public record PendingRequestQuery(UserId me, String applicantUuid) {
    public PendingRequestQuery {
        Objects.requireNonNull(me, "me");
        Ensure.length("uuid", applicantUuid, 36, 36);
    }
}
