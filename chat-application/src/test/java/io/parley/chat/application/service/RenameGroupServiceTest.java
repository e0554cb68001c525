package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenameGroupServiceTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final UserId tom = test.user("tom_01");
    private final GroupId group = steps.create(sam, rita);

    @Test
    void renameAndTellEveryMemberRowFromTheOwnersGroupIdentity() {
        steps.policy(sam, group, 1);
        steps.selfJoin(group, tom);
        steps.nickname(sam, group, "Boss");
        test.pusher().forget();

        steps.rename(sam, group, "Weekend");

        assertEquals("Weekend", steps.group(group).name());
        Message renamed = steps.last(group);
        assertEquals(GroupSteps.noticeText("群名称修改为：Weekend"), renamed.data());
        assertEquals("Boss", renamed.fromName());
        assertEquals("Weekend", renamed.toName());
        assertEquals(Set.of(sam, rita, tom), steps.pushedTo(renamed), "those waiting hear it too (N-3b)");
    }

    @Test
    void refuseMembersAndLeaveTheNameAsItWas() {
        String name = steps.group(group).name();
        int messages = steps.conversation(group).size();

        assertRefused(ReasonCode.NOT_GROUP_OWNER, () -> steps.rename(rita, group, "Mine now"));

        assertEquals(name, steps.group(group).name());
        assertEquals(messages, steps.conversation(group).size());
    }

    @Test
    void refuseALockedGroup() {
        steps.lock(group);
        assertRefused(ReasonCode.GROUP_LOCKED, () -> steps.rename(sam, group, "Weekend"));
    }

    @Test
    void refuseAGroupThatIsNot() {
        assertRefused(ReasonCode.GROUP_NOT_FOUND, () -> steps.rename(sam, GroupId.of(4040), "Weekend"));
    }
}
