package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecideJoinServiceTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final UserId tom = test.user("tom_01");
    private final GroupId group = steps.create(sam, rita);

    DecideJoinServiceTest() {
        steps.policy(sam, group, 1);
        test.users().update(test.stored(tom).withAvatar("https://a/tom.png", test.clock().now()));
        steps.selfJoin(group, tom);
        test.pusher().forget();
    }

    @Test
    void letTheWaitingMemberInAndTellEveryMemberAndTheNewcomer() {
        steps.decide(sam, group, tom, true);

        assertEquals(Optional.of(MemberStatus.ACTIVE), steps.statusOf(group, tom));
        Message joined = steps.last(group);
        assertEquals(GroupSteps.noticeText("[tom_01] 加入了群聊"), joined.data());
        assertEquals(Set.of(sam, rita, tom), steps.pushedTo(joined));
        assertTrue(steps.group(group).avatar().endsWith(",https://a/tom.png"));
        steps.say(tom, group, "thanks");
    }

    @Test
    void turnTheWaitingMemberAwayAndTellThemAlone() {
        steps.decide(sam, group, tom, false);

        assertEquals(Optional.empty(), steps.statusOf(group, tom));
        assertEquals(1, test.pusher().pushes().size());
        Message rejected = test.pusher().pushes().get(0).message();
        assertEquals(tom, test.pusher().pushes().get(0).recipient());
        assertEquals(ChatType.SINGLE, rejected.chatType());
        assertTrue(rejected.isFromSystem());
        assertEquals(GroupSteps.noticeText("群主拒绝了你的加群申请[" + steps.group(group).name() + "]"),
                rejected.data());
        assertTrue(test.messages().inboxOf(tom).contains(rejected.id()));
        // a refusal is no reason to stay out: they may ask again
        assertEquals(MemberStatus.PENDING, steps.selfJoin(group, tom));
    }

    @Test
    void refuseWhenNobodyWaits() {
        assertRefused(ReasonCode.REQUEST_NOT_FOUND, () -> steps.decide(sam, group, rita, true));
        assertRefused(ReasonCode.REQUEST_NOT_FOUND, () -> steps.decide(sam, group, test.user("olga_01"), false));
        assertEquals(List.of(), test.pusher().pushes());
    }

    @Test
    void refuseInALockedGroup() {
        steps.lock(group);

        assertRefused(ReasonCode.GROUP_LOCKED, () -> steps.decide(sam, group, tom, true));

        assertEquals(Optional.of(MemberStatus.PENDING), steps.statusOf(group, tom));
    }
}
