package io.parley.chat.application.port.in;

import io.parley.chat.domain.relation.FriendRequest;
import io.parley.chat.domain.relation.FriendRequestStatus;
import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/**
 * #13: the target decides on a request ({@code :id}) — {@code status} pending, refuse, agree or ignore — and, on
 * agreeing, names the applicant in their contacts ({@code nickname}, at most 50 characters).
 */
public record HandleFriendRequestCommand(UserId handler, long requestId, FriendRequestStatus decision, String remark) {
    public HandleFriendRequestCommand {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(decision, "decision");
        Ensure.atMost("nickname", remark, FriendRequest.MAX_TEXT);
        remark = remark == null ? "" : remark.trim();
    }

    public static HandleFriendRequestCommand of(UserId handler, String id, String status, String nickname) {
        return new HandleFriendRequestCommand(handler, Numbers.positive("id", id),
                FriendRequestStatus.of("status", status), nickname);
    }
}
