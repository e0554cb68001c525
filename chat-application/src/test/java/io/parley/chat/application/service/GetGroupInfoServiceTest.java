package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.GroupCommand;
import io.parley.chat.application.port.in.GroupInfoView;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetGroupInfoServiceTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final UserId tom = test.user("tom_01");
    private final GroupId group = steps.create(sam, rita, tom);

    private GroupInfoView info(UserId caller, GroupId id) {
        return test.core().groupInfo().groupInfo(new GroupCommand(caller, id));
    }

    @Test
    void showTheGroupAndItsMembersToAnyoneWithTheMutedAndWithoutThoseWaiting() {
        steps.mute(sam, group, tom, true);
        steps.policy(sam, group, 1);
        steps.selfJoin(group, test.user("pete_01"));

        GroupInfoView info = info(test.visitor(), group);

        assertEquals(steps.group(group), info.group());
        assertEquals(List.of(sam, rita, tom), info.members().stream().map(m -> m.membership().user()).toList());
        assertEquals(UserSummary.of(test.stored(rita)), info.members().get(1).user());
        assertEquals(MemberStatus.MUTED, info.members().get(2).membership().status());
    }

    @Test
    void showALockedGroupAndNotADissolvedOne() {
        steps.lock(group);
        assertEquals(3, info(rita, group).members().size());

        steps.leave(sam, group);
        assertRefused(ReasonCode.GROUP_DISSOLVED, () -> info(rita, group));
        assertRefused(ReasonCode.GROUP_NOT_FOUND, () -> info(rita, GroupId.of(4040)));
    }
}
