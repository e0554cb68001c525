package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static io.parley.chat.application.service.FriendSteps.noticeText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.contract.Concurrently;
import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.relation.FriendRequestStatus;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** #13: only the target decides, only once; agreeing befriends and tells both, refusing tells the applicant. */
class HandleFriendRequestServiceTest {
    private final TestCore test = TestCore.create();
    private final FriendSteps friends = new FriendSteps(test);
    private final UserId ann = test.user("ann_01");
    private final UserId ben = test.user("ben_01");
    private final long request;

    HandleFriendRequestServiceTest() {
        friends.apply(ann, ben, "it is Ann");
        request = friends.pending(ann, ben).id();
    }

    /** The messages stored after the N-1 notice of the setup. */
    private List<Message> afterTheRequest() {
        List<Message> all = test.messages().all();
        return all.subList(1, all.size());
    }

    private FriendRequestStatus status() {
        return test.relations().byId(request).orElseThrow().status();
    }

    @Test
    void agreeingMakesBothFriendsEachEntryNamingTheOtherAsGF2Says() {
        test.nickname(ben, "Benny");

        friends.handle(ben, request, FriendRequestStatus.AGREE, "Annie");

        assertEquals(FriendRequestStatus.AGREE, status());
        assertEquals("Annie", test.relations().entry(ben, ann).orElseThrow().remark(), "the handler's choice");
        assertEquals("Benny", test.relations().entry(ann, ben).orElseThrow().remark(), "the handler's own nickname");
        assertFalse(test.relations().pendingBetween(ann, ben));
    }

    @Test
    void agreeingTellsBothTheyAreFriendsEachUnderTheNameTheyGaveTheOther() {
        test.nickname(ben, "Benny");
        test.pusher().connectLegacy(ann);
        test.pusher().connectLegacy(ben);
        test.pusher().forget();

        friends.handle(ben, request, FriendRequestStatus.AGREE, "Annie");

        List<Message> notices = afterTheRequest();
        assertEquals(2, notices.size(), notices::toString);
        Message toBen = notices.stream().filter(m -> m.toId() == ben.value()).findFirst().orElseThrow();
        Message toAnn = notices.stream().filter(m -> m.toId() == ann.value()).findFirst().orElseThrow();
        assertEquals(ann.value(), toBen.fromId());
        assertEquals("Annie", toBen.fromName());
        assertEquals(ben.value(), toAnn.fromId());
        assertEquals("Benny", toAnn.fromName());
        for (Message notice : notices) {
            assertEquals("systemNotice", notice.type());
            assertEquals(noticeText("我们已经是好友了，可以开始聊天了"), notice.data());
        }
        assertEquals(notices, test.messages().between(ann, ben));
        assertEquals(List.of(toAnn.id()), test.pusher().idsPushedTo(ann));
        assertEquals(List.of(toBen.id()), test.pusher().idsPushedTo(ben));
    }

    @Test
    void agreeingWithoutNamesFallsBackOnDisplayNames() {
        friends.handle(ben, request, FriendRequestStatus.AGREE, "");

        assertFalse(test.relations().entry(ben, ann).orElseThrow().hasRemark());
        assertFalse(test.relations().entry(ann, ben).orElseThrow().hasRemark());
        assertEquals("ann_01", friends.messagesTo(ben).get(1).fromName());
        assertEquals("ben_01", friends.onlyMessageTo(ann).fromName());
    }

    @Test
    void agreeingKeepsAnEntryThatWasThereBefore() {
        test.relations().addEntry(ben, ann, "old name");

        friends.handle(ben, request, FriendRequestStatus.AGREE, "new name");

        assertEquals("old name", test.relations().entry(ben, ann).orElseThrow().remark());
        assertEquals("old name", friends.messagesTo(ben).get(1).fromName());
    }

    @Test
    void refusingTellsTheApplicantWhoDeclined() {
        test.nickname(ben, "Benny");

        friends.handle(ben, request, FriendRequestStatus.REFUSE, "ignored remark");

        assertEquals(FriendRequestStatus.REFUSE, status());
        assertFalse(test.relations().entry(ben, ann).isPresent());
        assertFalse(test.relations().entry(ann, ben).isPresent());
        Message refusal = friends.onlyMessageTo(ann);
        assertTrue(refusal.isFromSystem());
        assertEquals(noticeText("Benny拒绝了你的好友申请"), refusal.data());
        assertEquals(List.of(), afterTheRequest().stream().filter(m -> m.toId() == ben.value()).toList());
    }

    @Test
    void ignoringTellsNobody() {
        friends.handle(ben, request, FriendRequestStatus.IGNORE, "");

        assertEquals(FriendRequestStatus.IGNORE, status());
        assertEquals(List.of(), afterTheRequest());
        assertFalse(test.relations().entry(ben, ann).isPresent());
    }

    @Test
    void decidingPendingChangesNothing() {
        friends.handle(ben, request, FriendRequestStatus.PENDING, "Annie");

        assertEquals(FriendRequestStatus.PENDING, status());
        assertEquals(List.of(), afterTheRequest());
        assertFalse(test.relations().entry(ben, ann).isPresent());
        friends.handle(ben, request, FriendRequestStatus.AGREE, "");
        assertEquals(FriendRequestStatus.AGREE, status());
    }

    @Test
    void toAnyoneButTheTargetTheRequestDoesNotExist() {
        UserId cal = test.user("cal_01");

        assertRefused(ReasonCode.REQUEST_NOT_FOUND, () -> friends.handle(ann, request, FriendRequestStatus.AGREE, ""));
        assertRefused(ReasonCode.REQUEST_NOT_FOUND, () -> friends.handle(cal, request, FriendRequestStatus.AGREE, ""));
        assertRefused(ReasonCode.REQUEST_NOT_FOUND,
                () -> friends.handle(ben, request + 100, FriendRequestStatus.AGREE, ""));

        assertEquals(FriendRequestStatus.PENDING, status());
        assertFalse(test.relations().entry(ann, ben).isPresent());
        assertEquals(List.of(), afterTheRequest());
    }

    @Test
    void aRequestIsDecidedOnce() {
        friends.handle(ben, request, FriendRequestStatus.REFUSE, "");

        assertRefused(ReasonCode.REQUEST_NOT_FOUND, () -> friends.handle(ben, request, FriendRequestStatus.AGREE, ""));

        assertEquals(FriendRequestStatus.REFUSE, status());
        assertFalse(test.relations().entry(ben, ann).isPresent());
        assertEquals(1, afterTheRequest().size(), "the one refusal");
    }

    @Test
    void oneOfTwoAnswersGivenAtOnceDecides() throws Exception {
        FriendRequestStatus[] answers = {FriendRequestStatus.AGREE, FriendRequestStatus.REFUSE};
        List<String> outcomes = Concurrently.run(2, 2, i -> () -> {
            try {
                friends.handle(ben, request, answers[i], "");
                return answers[i].wire();
            } catch (DomainException refused) {
                return refused.reason().name();
            }
        });

        String decided = outcomes.stream().filter(o -> !o.equals(ReasonCode.REQUEST_NOT_FOUND.name())).findFirst()
                .orElseThrow(() -> new AssertionError(outcomes.toString()));
        assertEquals(1, outcomes.stream().filter(ReasonCode.REQUEST_NOT_FOUND.name()::equals).count(),
                outcomes::toString);
        assertEquals(decided, status().wire());
        assertEquals(decided.equals("agree"), test.relations().entry(ben, ann).isPresent());
        assertEquals(decided.equals("agree") ? 2 : 1, afterTheRequest().size());
    }
}
