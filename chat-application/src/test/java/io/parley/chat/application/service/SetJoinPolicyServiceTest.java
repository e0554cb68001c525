package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.JoinPolicy;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetJoinPolicyServiceTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final GroupId group = steps.create(sam, rita);

    @Test
    void keepThePolicyAndTellNobody() {
        test.pusher().forget();

        steps.policy(sam, group, 2);

        assertEquals(new JoinPolicy(2), steps.group(group).joinPolicy());
        assertEquals(List.of(), test.pusher().pushes());
    }

    @Test
    void refuseMembersAndLockedGroups() {
        assertRefused(ReasonCode.NOT_GROUP_OWNER, () -> steps.policy(rita, group, 1));
        steps.lock(group);
        assertRefused(ReasonCode.GROUP_LOCKED, () -> steps.policy(sam, group, 1));
        assertEquals(JoinPolicy.OPEN, steps.group(group).joinPolicy());
    }
}
