package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetGroupNicknameServiceTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final GroupId group = steps.create(sam, rita);

    @Test
    void nameMeInThisGroupOnlyAndTellNobody() {
        GroupId other = steps.create(sam, rita);
        test.pusher().forget();

        steps.nickname(rita, group, "Rita R.");

        assertEquals("Rita R.", steps.membership(group, rita).orElseThrow().nickname());
        assertEquals("", steps.membership(other, rita).orElseThrow().nickname());
        assertEquals(List.of(), test.pusher().pushes());
        assertEquals("Rita R.", steps.say(rita, group, "hi").fromName(), "my messages carry it from now on");
    }

    @Test
    void letAMutedMemberNameThemself() {
        steps.mute(sam, group, rita, true);

        steps.nickname(rita, group, "Quiet one");

        assertEquals("Quiet one", steps.membership(group, rita).orElseThrow().nickname());
    }

    @Test
    void refuseOutsidersAndLockedGroups() {
        assertRefused(ReasonCode.NOT_GROUP_MEMBER, () -> steps.nickname(test.user("olga_01"), group, "Olga"));
        steps.lock(group);
        assertRefused(ReasonCode.GROUP_LOCKED, () -> steps.nickname(rita, group, "Rita R."));
    }
}
