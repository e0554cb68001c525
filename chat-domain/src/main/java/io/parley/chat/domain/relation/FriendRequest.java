package io.parley.chat.domain.relation;

import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A friend request ({@code goodfriendapply}, API.md b.4, j.6): {@code applicant} asks {@code target} to become
 * friends, with a text the target is shown.
 *
 * @param text the applicant's words to the target ({@code nickname} column); empty when none
 */
public record FriendRequest(long id, UserId applicant, UserId target, String text, FriendRequestStatus status,
        Instant createdAt) {

    /** The longest request text, and the longest remark (API.md c.3 #11, #13). */
    public static final int MAX_TEXT = 50;

    public FriendRequest {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        text = text == null ? "" : text;
    }

    public boolean isPending() {
        return status == FriendRequestStatus.PENDING;
    }

    /**
     * The request once {@code handler} decided on it. Only its target decides, and only while it is pending; to
     * anyone else it does not exist ({@code REQUEST_NOT_FOUND}, which reveals nothing). Deciding "pending" leaves it
     * as it is.
     */
    public FriendRequest decidedBy(UserId handler, FriendRequestStatus decision) {
        Objects.requireNonNull(decision, "decision");
        if (!target.equals(handler) || !isPending()) {
            throw new DomainException(ReasonCode.REQUEST_NOT_FOUND);
        }
        return new FriendRequest(id, applicant, target, text, decision, createdAt);
    }

    /** Whether the two users are this request's two parties, in either direction. */
    public boolean between(UserId a, UserId b) {
        return applicant.equals(a) && target.equals(b) || applicant.equals(b) && target.equals(a);
    }
}
