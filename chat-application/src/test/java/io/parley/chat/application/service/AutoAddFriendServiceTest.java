package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static io.parley.chat.application.service.FriendSteps.noticeText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.out.FriendRequestPort.Received;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.relation.FriendRequest;
import io.parley.chat.domain.relation.FriendRequestStatus;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** #41: friends at once with someone who needs no approval; both hear N-2. */
class AutoAddFriendServiceTest {
    private final TestCore test = TestCore.create();
    private final FriendSteps friends = new FriendSteps(test);
    private final UserId ann = test.user("ann_01");
    private final UserId ben = test.user("ben_01");

    private void requireApproval(UserId user, int inviteConfirm) {
        test.users().update(test.stored(user).withInviteConfirm(inviteConfirm, test.clock().now()));
    }

    private List<FriendRequest> requestsTo(UserId target) {
        return test.relations().addressedTo(target, new PageRequest(1, 10)).rows().stream()
                .map(Received::request).toList();
    }

    @Test
    void befriendAtOnceTheTargetNamingTheApplicantByTheirNickname() {
        test.nickname(ann, "Ann");

        friends.autoAdd(ann, ben, "hello Ben");

        assertEquals("", test.relations().entry(ann, ben).orElseThrow().remark());
        assertEquals("Ann", test.relations().entry(ben, ann).orElseThrow().remark());
        FriendRequest request = requestsTo(ben).get(0);
        assertEquals(FriendRequestStatus.AGREE, request.status());
        assertEquals("hello Ben", request.text());
        assertFalse(test.relations().pendingBetween(ann, ben));
    }

    @Test
    void tellBothTheyAreFriendsNowEachFromTheOther() {
        test.nickname(ann, "Ann");
        test.pusher().connectLegacy(ann);

        friends.autoAdd(ann, ben, "");

        Message toBen = friends.onlyMessageTo(ben);
        assertEquals(ann.value(), toBen.fromId());
        assertEquals("Ann", toBen.fromName(), "the remark Ben's entry gives Ann");
        assertEquals("systemNotice", toBen.type());
        assertEquals(noticeText("我们已经是好友了，可以开始聊天了"), toBen.data());
        Message toAnn = friends.onlyMessageTo(ann);
        assertEquals(ben.value(), toAnn.fromId());
        assertEquals("ben_01", toAnn.fromName(), "no remark: Ben's display name");
        assertEquals(List.of(toBen, toAnn), test.messages().between(ann, ben), "both in the pair's conversation");
        assertEquals(List.of(toAnn.id()), test.pusher().idsPushedTo(ann));
        assertEquals(List.of(toBen.id()), test.messages().inboxOf(ben), "Ben is away: his waits");
    }

    @Test
    void refuseWhenTheTargetApprovesTheirFriends() {
        requireApproval(ben, 1);
        assertRefused(ReasonCode.APPROVAL_REQUIRED, () -> friends.autoAdd(ann, ben, ""));

        assertFalse(test.relations().entry(ann, ben).isPresent());
        assertEquals(List.of(), requestsTo(ben));
        assertEquals(List.of(), test.messages().all());
    }

    @Test
    void refuseWhatARequestWouldBeRefused() {
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> friends.autoAdd(ann, ann, ""));
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> friends.autoAdd(ann, UserId.of(4040), ""));

        friends.apply(ben, ann, "");
        assertRefused(ReasonCode.REQUEST_PENDING, () -> friends.autoAdd(ann, ben, ""));

        friends.handle(ann, friends.pending(ben, ann).id(), FriendRequestStatus.AGREE, "");
        assertRefused(ReasonCode.ALREADY_FRIENDS, () -> friends.autoAdd(ann, ben, ""));
        assertEquals(List.of(), requestsTo(ben));
    }
}
