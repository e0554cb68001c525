package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MuteMemberServiceTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final UserId tom = test.user("tom_01");
    private final GroupId group = steps.create(sam, rita, tom);

    @Test
    void muteAMemberWhoStillReadsButNoLongerSends() {
        test.pusher().forget();

        steps.mute(sam, group, rita, true);

        assertEquals(Optional.of(MemberStatus.MUTED), steps.statusOf(group, rita));
        Message muted = steps.last(group);
        assertEquals(GroupSteps.noticeText("sam_01将[rita_01]禁言"), muted.data());
        assertEquals(Set.of(sam, rita, tom), steps.pushedTo(muted));
        assertRefused(ReasonCode.MUTED, () -> steps.say(rita, group, "but"));
        Message fromTom = steps.say(tom, group, "hi all");
        assertEquals(Set.of(sam, rita), steps.pushedTo(fromTom), "the muted still get the group's messages");
    }

    @Test
    void unmuteAndLetThemSpeakAgain() {
        steps.mute(sam, group, rita, true);

        steps.mute(sam, group, rita, false);

        assertEquals(Optional.of(MemberStatus.ACTIVE), steps.statusOf(group, rita));
        assertEquals(GroupSteps.noticeText("sam_01解除了[rita_01]的禁言"), steps.last(group).data());
        steps.say(rita, group, "thanks");
    }

    @Test
    void refuseAnyoneButTheOwnerAndAnyoneWhoIsNotAMember() {
        assertRefused(ReasonCode.NOT_GROUP_OWNER, () -> steps.mute(rita, group, tom, true));
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> steps.mute(sam, group, sam, true));
        UserId pete = test.user("pete_01");
        steps.policy(sam, group, 1);
        steps.selfJoin(group, pete);
        assertRefused(ReasonCode.NOT_GROUP_MEMBER, () -> steps.mute(sam, group, pete, true));
        assertRefused(ReasonCode.NOT_GROUP_MEMBER, () -> steps.mute(sam, group, test.user("olga_01"), true));
    }
}
