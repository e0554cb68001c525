package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertInvalid;
import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.contract.Concurrently;
import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.JoinGroupCommand;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.SystemNotices;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JoinGroupServiceTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final UserId tom = test.user("tom_01");
    private final GroupId group = steps.create(sam, rita);

    @Test
    void letAnyoneInUnderPolicyZeroAndTellEveryMemberAndTheNewcomer() {
        test.users().update(test.stored(tom).withAvatar("https://a/tom.png", test.clock().now()));
        test.pusher().forget();

        assertEquals(MemberStatus.ACTIVE, steps.selfJoin(group, tom));

        assertEquals(Optional.of(MemberStatus.ACTIVE), steps.statusOf(group, tom));
        Message joined = steps.last(group);
        assertEquals(GroupSteps.noticeText("[tom_01] 加入了群聊"), joined.data());
        assertEquals("加群申请提醒", joined.fromName());
        assertEquals(SystemNotices.REQUEST_AVATAR, joined.fromAvatar());
        assertEquals(Set.of(sam, rita, tom), steps.pushedTo(joined));
        assertTrue(steps.group(group).avatar().endsWith(",https://a/tom.png"), "the mosaic shows the newcomer");
        assertEquals(steps.group(group).avatar(), joined.toAvatar());
    }

    @Test
    void nameTheMemberWhoInvited() {
        steps.nickname(rita, group, "Rita in here");

        assertEquals(MemberStatus.ACTIVE, steps.invite(rita, group, tom));

        assertEquals(GroupSteps.noticeText("[Rita in here]邀请 [tom_01] 加入了群聊"), steps.last(group).data());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 10})
    void letTheOwnerDecideUnderPolicyOneAndLikeIt(int policy) {
        steps.policy(sam, group, policy);
        test.pusher().forget();
        int before = steps.conversation(group).size();

        assertEquals(MemberStatus.PENDING, steps.selfJoin(group, tom));

        assertEquals(Optional.of(MemberStatus.PENDING), steps.statusOf(group, tom));
        assertEquals(before, steps.conversation(group).size(), "the members are not told yet");
        assertEquals(1, test.pusher().pushes().size());
        Message request = test.pusher().pushes().get(0).message();
        assertEquals(sam, test.pusher().pushes().get(0).recipient());
        assertEquals(ChatType.SINGLE, request.chatType());
        assertEquals("text", request.type());
        assertEquals("加群处理", request.fromName());
        assertEquals(sam.value(), request.toId());
        assertEquals(GroupSteps.noticeText("请处理申请 [tom_01] 加入了群[" + steps.group(group).name() + "]"),
                request.data());
        assertTrue(request.options().contains("\"addGroupUserType\":\"用户自主进群\""), request.options());
        assertEquals(List.of(request.id()), test.messages().inboxOf(sam).stream()
                .filter(id -> id.equals(request.id())).toList(), "the owner finds it when away");
        assertRefused(ReasonCode.NOT_GROUP_MEMBER, () -> steps.say(tom, group, "am I in?"));
    }

    @Test
    void askTheOwnerAboutAMembersInvitationNamingTheInviter() {
        steps.policy(sam, group, 1);
        test.pusher().forget();

        assertEquals(MemberStatus.PENDING, steps.invite(rita, group, tom));

        Message request = test.pusher().pushes().get(0).message();
        assertEquals(GroupSteps.noticeText("请处理申请 [rita_01]邀请 [tom_01] 加入了群[" + steps.group(group).name()
                + "]"), request.data());
        assertTrue(request.options().contains("\"addGroupUserType\":\"邀请进群\""), request.options());
    }

    @Test
    void letTheOwnersInvitationInAtOnceWhateverThePolicy() {
        steps.policy(sam, group, 1);

        assertEquals(MemberStatus.ACTIVE, steps.invite(sam, group, tom));

        assertEquals(GroupSteps.noticeText("[sam_01]邀请 [tom_01] 加入了群聊"), steps.last(group).data());
    }

    @Test
    void letUsersInUnderPolicyTwoAndAskVisitorsToLogIn() {
        steps.policy(sam, group, 2);
        UserId visitor = test.visitor();

        assertEquals(MemberStatus.ACTIVE, steps.selfJoin(group, tom));
        assertRefused(ReasonCode.LOGIN_REQUIRED, () -> steps.selfJoin(group, visitor));

        assertEquals(Optional.empty(), steps.statusOf(group, visitor));
    }

    @Test
    void letAVisitorJoinOnlyThemself() {
        UserId visitor = test.visitor();

        assertEquals(MemberStatus.ACTIVE, steps.selfJoin(group, visitor));
        assertRefused(ReasonCode.VISITOR_FORBIDDEN, () -> steps.invite(visitor, group, tom));
    }

    @Test
    void refuseAnOutsiderAddingSomeoneElse() {
        UserId olga = test.user("olga_01");

        assertRefused(ReasonCode.NOT_GROUP_MEMBER, () -> steps.invite(olga, group, tom));

        assertEquals(Optional.empty(), steps.statusOf(group, tom));
    }

    @Test
    void refuseAnInviterWhoIsNotTheCaller() {
        assertInvalid("inviteuser_id", Problem.MISMATCH, () -> test.core().joinGroup().join(
                new JoinGroupCommand(rita, group, tom, sam.value(), "")));
    }

    @Test
    void refuseSomeoneInTheGroupOrWaitingAlready() {
        steps.policy(sam, group, 1);
        steps.selfJoin(group, tom);

        assertRefused(ReasonCode.ALREADY_MEMBER, () -> steps.selfJoin(group, rita));
        assertRefused(ReasonCode.JOIN_PENDING, () -> steps.selfJoin(group, tom));
    }

    @Test
    void refuseAJoinerWhoIsNobodyOrDisabled() {
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> steps.invite(rita, group, UserId.of(4040)));
        test.disable(tom);
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> steps.invite(rita, group, tom));
    }

    @Test
    void refuseAGroupThatIsMissingLockedOrDissolved() {
        assertRefused(ReasonCode.GROUP_NOT_FOUND, () -> steps.selfJoin(GroupId.of(4040), tom));
        steps.lock(group);
        assertRefused(ReasonCode.GROUP_LOCKED, () -> steps.selfJoin(group, tom));
        steps.leave(sam, group);
        assertRefused(ReasonCode.GROUP_DISSOLVED, () -> steps.selfJoin(group, tom));
    }

    @Test
    void refuseAFullGroupCountingThoseWhoWait() {
        TestCore small = TestCore.withMaxGroupMembers(3);
        GroupSteps inSmall = new GroupSteps(small);
        UserId ann = small.user("ann_01");
        GroupId full = inSmall.create(ann, small.user("ben_01"));
        inSmall.policy(ann, full, 1);
        inSmall.selfJoin(full, small.user("cid_01"));

        UserId dan = small.user("dan_01");
        assertRefused(ReasonCode.GROUP_FULL, () -> inSmall.selfJoin(full, dan));
        assertRefused(ReasonCode.GROUP_FULL, () -> inSmall.invite(ann, full, dan));

        assertEquals(3, small.groups().countMembers(full));
    }

    @Test
    void neverPassTheLimitWhenManyJoinAtOnce() throws Exception {
        TestCore small = TestCore.withMaxGroupMembers(5);
        GroupSteps inSmall = new GroupSteps(small);
        GroupId full = inSmall.create(small.user("ann_01"), small.user("ben_01"));
        List<UserId> joiners = IntStream.range(0, 12).mapToObj(i -> small.user("joiner_" + i)).toList();

        List<ReasonCode> outcomes = Concurrently.run(12, 12, i -> () -> {
            try {
                inSmall.selfJoin(full, joiners.get(i));
                return null;
            } catch (DomainException refused) {
                return refused.reason();
            }
        });

        assertEquals(3, outcomes.stream().filter(Objects::isNull).count());
        assertEquals(9, outcomes.stream().filter(ReasonCode.GROUP_FULL::equals).count());
        assertEquals(5, small.groups().countMembers(full));
    }
}
