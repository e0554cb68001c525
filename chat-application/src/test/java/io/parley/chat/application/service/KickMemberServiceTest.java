package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.HistoryQuery;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KickMemberServiceTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final UserId tom = test.user("tom_01");
    private final GroupId group;

    KickMemberServiceTest() {
        test.users().update(test.stored(tom).withAvatar("https://a/tom.png", test.clock().now()));
        group = steps.create(sam, rita, tom);
        test.pusher().forget();
    }

    @Test
    void removeTheMemberRedrawTheMosaicAndTellThemAndTheRest() {
        steps.nickname(sam, group, "Boss");

        steps.kick(sam, group, tom);

        assertEquals(Optional.empty(), steps.membership(group, tom));
        assertFalse(steps.group(group).avatar().contains("https://a/tom.png"));
        Message kicked = steps.last(group);
        assertEquals(GroupSteps.noticeText("Boss将[tom_01]移出了群聊"), kicked.data());
        assertEquals("Boss", kicked.fromName());
        assertEquals(Set.of(sam, rita, tom), steps.pushedTo(kicked));
        assertEquals(Set.of(sam, rita, tom), steps.inboxesHolding(kicked, sam, rita, tom));
    }

    @Test
    void keepTheKickedFromSendingAndReading() {
        steps.kick(sam, group, tom);

        assertRefused(ReasonCode.NOT_GROUP_MEMBER, () -> steps.say(tom, group, "let me back"));
        assertRefused(ReasonCode.NOT_GROUP_MEMBER, () -> test.core().history().history(new HistoryQuery(tom,
                ChatType.GROUP, group.value(), null, 10)));
    }

    @Test
    void removeSomeoneWhoIsStillWaiting() {
        UserId pete = test.user("pete_01");
        steps.policy(sam, group, 1);
        steps.selfJoin(group, pete);

        steps.kick(sam, group, pete);

        assertEquals(Optional.empty(), steps.membership(group, pete));
    }

    @Test
    void refuseTheOwnerThemselfMembersAndOutsiders() {
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> steps.kick(sam, group, sam));
        assertRefused(ReasonCode.NOT_GROUP_OWNER, () -> steps.kick(rita, group, tom));
        assertRefused(ReasonCode.NOT_GROUP_MEMBER, () -> steps.kick(sam, group, test.user("olga_01")));
        assertEquals(List.of(), test.pusher().pushes());
    }
}
