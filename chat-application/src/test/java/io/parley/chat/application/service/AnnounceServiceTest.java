package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnounceServiceTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final GroupId group = steps.create(sam, rita);

    @Test
    void keepTheAnnouncementAndTellEveryMember() {
        test.pusher().forget();

        steps.announce(sam, group, "Bring \"snacks\"");

        assertEquals("Bring \"snacks\"", steps.group(group).announcement());
        Message announced = steps.last(group);
        assertEquals(MessageData.json("{\"data\":\"[公告] \\n\\n Bring \\\"snacks\\\"\",\"dataType\":false,"
                + "\"otherData\":null}"), announced.data());
        assertEquals("sam_01", announced.fromName());
        assertEquals(Set.of(sam, rita), steps.pushedTo(announced));
    }

    @Test
    void refuseMembers() {
        assertRefused(ReasonCode.NOT_GROUP_OWNER, () -> steps.announce(rita, group, "Hear me"));
        assertEquals("", steps.group(group).announcement());
    }

    @Test
    void refuseADissolvedGroup() {
        steps.leave(sam, group);
        assertRefused(ReasonCode.GROUP_DISSOLVED, () -> steps.announce(sam, group, "Too late"));
    }
}
