package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupPolicies.Leaving;
import io.parley.chat.domain.group.GroupStatus;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeaveGroupServiceTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final UserId tom = test.user("tom_01");
    private final GroupId group = steps.create(sam, rita, tom);

    /** The server's local date and time now, as N-5 prints it. */
    private String localNow() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(test.clock().now()
                .atZone(ZoneId.systemDefault()));
    }

    @Test
    void letAMemberQuitAndTellOnlyTheOwner() {
        steps.nickname(rita, group, "Rita R.");
        String avatar = steps.group(group).avatar();
        test.pusher().forget();

        assertEquals(Leaving.QUIT, steps.leave(rita, group));

        assertEquals(Optional.empty(), steps.membership(group, rita));
        Message quit = steps.last(group);
        assertEquals(GroupSteps.noticeText("Rita R.于 " + localNow() + " 已退出群聊"), quit.data());
        assertEquals("Rita R.", quit.fromName());
        assertEquals(Set.of(sam), steps.pushedTo(quit));
        assertEquals(avatar, steps.group(group).avatar(), "quitting leaves the mosaic as it was (f.4)");
        assertRefused(ReasonCode.NOT_GROUP_MEMBER, () -> steps.say(rita, group, "still here?"));
    }

    @Test
    void letSomeoneStillWaitingWithdraw() {
        UserId pete = test.user("pete_01");
        steps.policy(sam, group, 1);
        steps.selfJoin(group, pete);

        assertEquals(Leaving.QUIT, steps.leave(pete, group));

        assertEquals(Optional.empty(), steps.membership(group, pete));
    }

    @Test
    void dissolveForTheOwnerKeepingTheHistoryAndTellEveryRow() {
        UserId pete = test.user("pete_01");
        steps.policy(sam, group, 1);
        steps.selfJoin(group, pete);
        Message before = steps.say(rita, group, "hello");
        test.pusher().forget();

        assertEquals(Leaving.DISSOLVE, steps.leave(sam, group));

        assertEquals(GroupStatus.DISSOLVED, steps.group(group).status());
        Message dissolved = steps.last(group);
        assertEquals(GroupSteps.noticeText("群主于 " + localNow() + " 解散了该群"), dissolved.data());
        assertEquals(Set.of(sam, rita, tom, pete), steps.pushedTo(dissolved));
        assertEquals(before, steps.conversation(group).get(steps.conversation(group).size() - 2),
                "the history stays (G-G8)");
    }

    @Test
    void refuseEverySendAndWriteOnceDissolved() {
        steps.leave(sam, group);

        assertRefused(ReasonCode.GROUP_DISSOLVED, () -> steps.say(rita, group, "anyone?"));
        assertRefused(ReasonCode.GROUP_DISSOLVED, () -> steps.say(sam, group, "gone"));
        assertRefused(ReasonCode.GROUP_DISSOLVED, () -> steps.leave(rita, group));
        assertRefused(ReasonCode.GROUP_DISSOLVED, () -> steps.rename(sam, group, "Back"));
    }

    @Test
    void letOwnerAndMembersLeaveALockedGroup() {
        steps.lock(group);

        assertEquals(Leaving.QUIT, steps.leave(rita, group));
        assertEquals(Leaving.DISSOLVE, steps.leave(sam, group));
    }

    @Test
    void refuseOutsidersAndGroupsThatAreNot() {
        assertRefused(ReasonCode.NOT_GROUP_MEMBER, () -> steps.leave(test.user("olga_01"), group));
        assertRefused(ReasonCode.GROUP_NOT_FOUND, () -> steps.leave(sam, GroupId.of(4040)));
    }
}
