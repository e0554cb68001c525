package io.parley.chat.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupStatus;
import io.parley.chat.domain.group.JoinPolicy;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecallPolicyTest {
    private static final Instant AT = Instant.parse("2024-06-01T10:00:00Z");
    private static final RecallPolicy POLICY = new RecallPolicy(Duration.ofMinutes(5));
    private static final Group GROUP = new Group(GroupId.of(7), "g-uuid", UserId.of(1), "Friends", "", "",
            JoinPolicy.OPEN, GroupStatus.ACTIVE, AT);

    private static Message inGroup(long fromId) {
        return new Message(new MessageId("0b7e8d1a-344c-4f2a-9c3d-1234567890ab"), 3, 2, fromId, "", "", "", 7,
                "Friends", "", ChatType.GROUP, "text", MessageData.text("hi"), null, null, AT, false);
    }

    private static void assertRefused(ReasonCode reason, Runnable check) {
        assertEquals(reason, assertThrows(DomainException.class, check::run).reason());
    }

    @Test
    void letTheSenderAndTheOwnerRecallInAGroup() {
        POLICY.checkInGroup(inGroup(2), GROUP, 2, AT);
        POLICY.checkInGroup(inGroup(2), GROUP, 1, AT.plus(Duration.ofMinutes(5)));
    }

    @Test
    void refuseOtherMembersTheWindowsEndAndTheGroupsNotices() {
        assertRefused(ReasonCode.NOT_MESSAGE_SENDER, () -> POLICY.checkInGroup(inGroup(2), GROUP, 3, AT));
        assertRefused(ReasonCode.RECALL_WINDOW_PASSED,
                () -> POLICY.checkInGroup(inGroup(2), GROUP, 1, AT.plus(Duration.ofMinutes(6))));
        assertRefused(ReasonCode.NOT_MESSAGE_SENDER,
                () -> POLICY.checkInGroup(inGroup(Message.SYSTEM_SENDER), GROUP, 1, AT));
    }

    @Test
    void keepTheOwnersRightToTheirGroup() {
        Message direct = new Message(new MessageId("0b7e8d1a-344c-4f2a-9c3d-1234567890ac"), 3, 2, 2, "", "", "", 5,
                "", "", ChatType.SINGLE, "text", MessageData.text("hi"), null, null, AT, false);
        assertRefused(ReasonCode.NOT_MESSAGE_SENDER, () -> POLICY.check(direct, 1, AT));
    }
}
