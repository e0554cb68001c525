package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static io.parley.chat.application.service.FriendSteps.noticeText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.contract.Concurrently;
import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.out.MessageStorePort;
import io.parley.chat.domain.message.DirectMessageDraft;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.NoticeDraft;
import io.parley.chat.domain.relation.FriendRequest;
import io.parley.chat.domain.relation.FriendRequestStatus;
import io.parley.chat.domain.sending.ConversationState;
import io.parley.chat.domain.sending.SendDecision;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** #11: a pending request, N-1 to the target, and the refusals of G-F1. */
class ApplyFriendServiceTest {
    private final TestCore test = TestCore.create();
    private final FriendSteps friends = new FriendSteps(test);
    private final UserId ann = test.user("ann_01");
    private final UserId ben = test.user("ben_01");

    /** A message store whose notices cannot be stored (the database went away after the request was committed). */
    private record NoticesFail(MessageStorePort store) implements MessageStorePort {
        @Override
        public AppendResult appendDirect(DirectMessageDraft draft, Function<ConversationState, SendDecision> decide) {
            return store.appendDirect(draft, decide);
        }

        @Override
        public Message appendNotice(NoticeDraft draft) {
            throw new IllegalStateException("store down");
        }

        @Override
        public void openConversationFor(UserId openFor, UserId peer) {
            store.openConversationFor(openFor, peer);
        }

        @Override
        public Optional<Message> byId(MessageId id) {
            return store.byId(id);
        }
    }

    private void assertNothingStored() {
        assertFalse(test.relations().pendingBetween(ann, ben));
        assertEquals(List.of(), test.messages().all());
    }

    @Test
    void storeAPendingRequestWithTheApplicantsText() {
        friends.apply(ann, ben, "Ann from the book club");

        FriendRequest request = friends.pending(ann, ben);
        assertEquals(ann, request.applicant());
        assertEquals(ben, request.target());
        assertEquals("Ann from the book club", request.text());
        assertEquals(FriendRequestStatus.PENDING, request.status());
        assertEquals(test.clock().now(), request.createdAt());
        assertFalse(test.relations().entry(ann, ben).isPresent(), "no friendship before the target agrees");
    }

    @Test
    void pushTheRequestsNoticeToAConnectedTarget() {
        test.nickname(ann, "Ann");
        test.pusher().connectLegacy(ben);

        friends.apply(ann, ben, "");

        Message notice = friends.onlyMessageTo(ben);
        assertTrue(notice.isFromSystem());
        assertEquals("好友申请提醒", notice.fromName());
        assertEquals(noticeText("用户[Ann]申请添加您为好友，请尽快处理"), notice.data());
        assertTrue(notice.options().contains("\"applicant_id\":" + ann.value()), notice.options());
        assertEquals(List.of(notice.id()), test.pusher().idsPushedTo(ben));
        assertEquals(List.of(), test.messages().inboxOf(ben), "written to a legacy connection: delivered");
        assertEquals(List.of(), friends.messagesTo(ann), "the applicant hears nothing");
    }

    @Test
    void keepTheNoticeForATargetWhoIsAway() {
        friends.apply(ann, ben, "");

        Message notice = friends.onlyMessageTo(ben);
        assertEquals(noticeText("用户[ann_01]申请添加您为好友，请尽快处理"), notice.data());
        assertEquals(List.of(notice.id()), test.messages().inboxOf(ben));
    }

    @Test
    void keepTheRequestWhenItsNoticeCannotBeStored() {
        TestCore failing = TestCore.storingMessagesThrough(NoticesFail::new);
        FriendSteps steps = new FriendSteps(failing);
        UserId amy = failing.user("amy_01");
        UserId bob = failing.user("bob_01");

        steps.apply(amy, bob, "hi");

        assertEquals("hi", steps.pending(amy, bob).text());
        assertEquals(List.of(), failing.messages().all());
    }

    @Test
    void refuseToAskOneself() {
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> friends.apply(ann, ann, ""));
        assertFalse(test.relations().pendingBetween(ann, ann));
        assertEquals(List.of(), test.messages().all());
    }

    @Test
    void refuseToAskSomeoneMissingDisabledOrAVisitor() {
        UserId visitor = test.visitor();
        int greetings = test.messages().all().size();
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> friends.apply(ann, UserId.of(4040), ""));
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> friends.apply(ann, visitor, ""));
        test.disable(ben);
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> friends.apply(ann, ben, ""));

        assertFalse(test.relations().pendingBetween(ann, visitor));
        assertFalse(test.relations().pendingBetween(ann, ben));
        assertEquals(greetings, test.messages().all().size(), "only the visitor's greeting");
    }

    @Test
    void refuseToAskAFriend() {
        test.relations().befriend(ann, "", ben, "");
        assertRefused(ReasonCode.ALREADY_FRIENDS, () -> friends.apply(ann, ben, ""));
        assertRefused(ReasonCode.ALREADY_FRIENDS, () -> friends.apply(ben, ann, ""));
        assertNothingStored();
    }

    @Test
    void refuseToAskAgainOrBackWhileARequestIsPending() {
        friends.apply(ann, ben, "first");

        assertRefused(ReasonCode.REQUEST_PENDING, () -> friends.apply(ann, ben, "second"));
        assertRefused(ReasonCode.REQUEST_PENDING, () -> friends.apply(ben, ann, "back"));

        assertEquals("first", friends.pending(ann, ben).text());
        assertFalse(test.relations().pendingFrom(ben, ann).isPresent());
        assertEquals(1, test.messages().all().size(), "one notice, for the first request");
    }

    @Test
    void askAgainOnceTheTargetRefusedOrIgnored() {
        friends.apply(ann, ben, "first");
        friends.handle(ben, friends.pending(ann, ben).id(), FriendRequestStatus.REFUSE, "");
        friends.apply(ann, ben, "second");
        friends.handle(ben, friends.pending(ann, ben).id(), FriendRequestStatus.IGNORE, "");

        friends.apply(ann, ben, "third");

        assertEquals("third", friends.pending(ann, ben).text());
        assertEquals(3, test.relations().addressedTo(ben, new PageRequest(1, 10)).count());
    }

    @Test
    void storeOneRequestWhenBothAskEachOtherAtOnce() throws Exception {
        List<String> outcomes = Concurrently.run(8, 16, i -> () -> {
            try {
                friends.apply(i % 2 == 0 ? ann : ben, i % 2 == 0 ? ben : ann, "try " + i);
                return "stored";
            } catch (DomainException refused) {
                return refused.reason().name();
            }
        });

        assertEquals(1, outcomes.stream().filter("stored"::equals).count(), outcomes::toString);
        assertEquals(15, outcomes.stream().filter(ReasonCode.REQUEST_PENDING.name()::equals).count());
        assertEquals(1, test.relations().addressedTo(ann, new PageRequest(1, 10)).count()
                + test.relations().addressedTo(ben, new PageRequest(1, 10)).count());
        assertEquals(1, test.messages().all().size(), "one notice, for the one request");
    }
}
