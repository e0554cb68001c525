package io.parley.chat.application.port.in;

import io.parley.chat.domain.relation.FriendRequest;
import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** #11 and #41: ask {@code target} to be friends, with a text of at most 50 characters ({@code nickname}). */
public record ApplyFriendCommand(UserId applicant, UserId target, String text) {
    public ApplyFriendCommand {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(target, "target");
        Ensure.atMost("nickname", text, FriendRequest.MAX_TEXT);
        text = text == null ? "" : text.trim();
    }

    /** From the request's {@code friend_id} and optional {@code nickname}. */
    public static ApplyFriendCommand of(UserId applicant, String friendId, String nickname) {
        return new ApplyFriendCommand(applicant, UserId.of(Numbers.positive("friend_id", friendId)), nickname);
    }
}
