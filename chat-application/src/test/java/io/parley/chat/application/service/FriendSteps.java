package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.ApplyFriendCommand;
import io.parley.chat.application.port.in.HandleFriendRequestCommand;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.relation.FriendRequest;
import io.parley.chat.domain.relation.FriendRequestStatus;
import io.parley.chat.domain.user.UserId;
import java.util.List;

/** The friend actions as the adapters call them, on one test core, and what the tests read back. */
final class FriendSteps {
    private final TestCore test;

    FriendSteps(TestCore test) {
        this.test = test;
    }

    void apply(UserId applicant, UserId target, String text) {
        test.core().applyFriend().apply(new ApplyFriendCommand(applicant, target, text));
    }

    void autoAdd(UserId applicant, UserId target, String text) {
        test.core().autoAddFriend().autoAdd(new ApplyFriendCommand(applicant, target, text));
    }

    void handle(UserId handler, long requestId, FriendRequestStatus decision, String remark) {
        test.core().handleFriendRequest().handle(new HandleFriendRequestCommand(handler, requestId, decision, remark));
    }

    /** The pending request between the two, made by the applicant. */
    FriendRequest pending(UserId applicant, UserId target) {
        return test.relations().pendingFrom(applicant, target)
                .orElseThrow(() -> new AssertionError("no request pending from " + applicant + " to " + target));
    }

    /** Asks, then the target agrees naming the applicant as given. */
    void befriend(UserId applicant, UserId target, String targetsRemark) {
        apply(applicant, target, "");
        handle(target, pending(applicant, target).id(), FriendRequestStatus.AGREE, targetsRemark);
    }

    void delete(UserId actor, UserId friend) {
        test.core().deleteFriend().deleteFriend(new RelationCommand(actor, friend));
    }

    /** The notice text a message carries, as {@code data.data}. */
    static MessageData noticeText(String text) {
        return MessageData.json("{\"data\":\"" + text + "\",\"dataType\":false,\"otherData\":null}");
    }

    /** Every message stored for the user, oldest first. */
    List<Message> messagesTo(UserId recipient) {
        return test.messages().all().stream().filter(m -> m.toId() == recipient.value()).toList();
    }

    /** The one message stored for the user. */
    Message onlyMessageTo(UserId recipient) {
        List<Message> received = messagesTo(recipient);
        assertEquals(1, received.size(), received::toString);
        return received.get(0);
    }
}
