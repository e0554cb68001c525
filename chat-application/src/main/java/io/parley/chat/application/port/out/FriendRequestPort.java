package io.parley.chat.application.port.out;

import io.parley.chat.domain.relation.FriendRequest;
import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Friend requests ({@code goodfriendapply}, API.md b.4) and the friendships they end in. */
public interface FriendRequestPort {
    Optional<FriendRequest> byId(long id);

    /** #9: the pending request from {@code applicant} to {@code target}, if any. */
    Optional<FriendRequest> pendingFrom(UserId applicant, UserId target);

    /** Whether a request between the two is pending, whoever made it. */
    boolean pendingBetween(UserId a, UserId b);

    /**
     * #11: stores a new pending request. At most one request between two users is pending at a time, whoever made it
     * — under concurrency too: a second one refuses with {@code DomainException(REQUEST_PENDING)} and stores nothing.
     */
    FriendRequest createPending(UserId applicant, UserId target, String text, Instant at);

    /**
     * #41: stores a request already agreed and makes the two friends, in ONE transaction (the friendship as
     * {@link FriendshipPort#befriend} makes it).
     */
    FriendRequest createAgreed(UserId applicant, UserId target, String text, Instant at, Remarks remarks);

    /**
     * #13: in ONE transaction, under a lock on the request: {@code decide} is given the stored request and returns it
     * decided (it may throw a {@code DomainException}: nothing is written then); the new status is stored; if it is
     * {@code AGREE}, the two become friends as {@link FriendshipPort#befriend} makes them. Two handlers of one request
     * at once: one decides, the other finds it handled. An unknown id: {@code DomainException(REQUEST_NOT_FOUND)}.
     */
    FriendRequest decide(long id, UnaryOperator<FriendRequest> decide, Remarks remarksOnAgree);

    /** #12: the requests addressed to the target, every status, newest first, each with its applicant. */
    Page<Received> addressedTo(UserId target, PageRequest page);

    /** #12's {@code pendingCount}: the target's pending requests. */
    long pendingCountFor(UserId target);

    /**
     * The remarks two new friends' entries get.
     *
     * @param applicantForTarget the name the applicant's entry gives the target
     * @param targetForApplicant the name the target's entry gives the applicant
     */
    record Remarks(String applicantForTarget, String targetForApplicant) {
        public Remarks {
            applicantForTarget = applicantForTarget == null ? "" : applicantForTarget;
            targetForApplicant = targetForApplicant == null ? "" : targetForApplicant;
        }
    }

    /** A request with the user who made it. */
    record Received(FriendRequest request, User applicant) {
        public Received {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(applicant, "applicant");
        }
    }
}
