package io.parley.chat.application.service;

import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.application.port.out.IdGeneratorPort;
import io.parley.chat.application.port.out.MessageStorePort;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.NoticeDraft;
import io.parley.chat.domain.message.SystemNotices;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.user.User;
import java.util.function.Function;

/**
 * The notices of the friend requests (API.md d.4 N-1, N-2, and the refusal of j.9): each is stored as a message of
 * its conversation, then handed to delivery. They come after the change they announce was committed: a notice that
 * cannot be stored must not turn a request that succeeded into a failure the client would retry, so it is logged and
 * the caller carries on.
 */
final class FriendNotices {
    private static final System.Logger LOG = System.getLogger(FriendNotices.class.getName());

    private final FriendshipPort friendships;
    private final MessageStorePort messages;
    private final IdGeneratorPort ids;
    private final ClockPort clock;
    private final Delivery delivery;

    FriendNotices(FriendshipPort friendships, MessageStorePort messages, IdGeneratorPort ids, ClockPort clock,
            Delivery delivery) {
        this.friendships = friendships;
        this.messages = messages;
        this.ids = ids;
        this.clock = clock;
        this.delivery = delivery;
    }

    /** N-1: the target hears of the request. */
    void requestReceived(User applicant, User target) {
        send(target, id -> SystemNotices.friendRequestReceived(id, applicant, target, clock.now()));
    }

    /** N-2: each of the two new friends hears "we are friends now" from the other. */
    void nowFriends(User a, User b) {
        send(b, id -> SystemNotices.nowFriends(id, a, nameGivenBy(b, a), b, clock.now()));
        send(a, id -> SystemNotices.nowFriends(id, b, nameGivenBy(a, b), a, clock.now()));
    }

    /** The applicant hears that the target declined. */
    void refused(User refuser, User applicant) {
        send(applicant, id -> SystemNotices.friendRequestRefused(id, refuser, applicant, clock.now()));
    }

    /**
     * How {@code owner} sees {@code other}: the remark of their stored entry, which is read back rather than taken
     * from the request because an entry that existed before the friendship is kept as it was.
     */
    private String nameGivenBy(User owner, User other) {
        return friendships.entry(owner.id(), other.id())
                .filter(Friendship::hasRemark)
                .map(Friendship::remark)
                .orElseGet(other::displayName);
    }

    private void send(User recipient, Function<MessageId, NoticeDraft> notice) {
        try {
            Message stored = messages.appendNotice(notice.apply(new MessageId(ids.newUuid())));
            delivery.deliver(recipient.id(), stored);
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "could not notify user " + recipient.id()
                    + " about a friend request", failed);
        }
    }
}
