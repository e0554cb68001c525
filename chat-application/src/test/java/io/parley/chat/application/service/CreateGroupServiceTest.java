package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.CreateGroupCommand;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.group.GroupStatus;
import io.parley.chat.domain.group.JoinPolicy;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreateGroupServiceTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final UserId tom = test.user("tom_01");

    private long entryOf(UserId owner, UserId friend) {
        if (test.relations().entry(owner, friend).isEmpty()) {
            test.relations().befriend(owner, "", friend, "");
        }
        return test.relations().entry(owner, friend).orElseThrow().id();
    }

    private GroupId create(UserId owner, Long... entries) {
        return test.core().createGroup().create(new CreateGroupCommand(owner, List.of(entries)));
    }

    @Test
    void makeAGroupOfMeAndMyContactsNamedAndDrawnAfterUs() {
        test.nickname(sam, "Sam");
        test.users().update(test.stored(rita).withAvatar("https://a/rita.png", test.clock().now()));

        GroupId id = create(sam, entryOf(sam, rita), entryOf(sam, tom));

        Group group = steps.group(id);
        assertEquals(sam, group.owner());
        assertEquals("Sam、rita_01、tom_01", group.name());
        assertEquals(String.join(",", test.stored(sam).avatar(), "https://a/rita.png", test.stored(tom).avatar()),
                group.avatar());
        assertEquals(JoinPolicy.OPEN, group.joinPolicy());
        assertEquals(GroupStatus.ACTIVE, group.status());
        assertEquals("", group.announcement());
        assertEquals(List.of(sam, rita, tom), test.groups().members(id).stream().map(m -> m.user().id()).toList());
        for (UserId user : List.of(sam, rita, tom)) {
            assertEquals(new GroupMember(id, user, "", "", MemberStatus.ACTIVE, test.clock().now()),
                    steps.membership(id, user).orElseThrow());
        }
    }

    @Test
    void tellEveryMemberAndTheCreatorThatTheGroupIsThere() {
        test.nickname(sam, "Sam");
        GroupId id = create(sam, entryOf(sam, rita), entryOf(sam, tom));

        Message created = steps.last(id);
        assertEquals(List.of(created), steps.conversation(id));
        assertEquals(ChatType.GROUP, created.chatType());
        assertEquals("systemNotice", created.type());
        assertEquals(GroupSteps.noticeText("Sam创建了一个群，大家可以开始聊天了"), created.data());
        assertEquals("Sam", created.fromName());
        assertEquals(test.stored(sam).avatar(), created.fromAvatar());
        assertEquals(id.value(), created.toId(), "data.group carries the new group's id");
        assertEquals(steps.group(id).name(), created.toName());
        assertEquals(steps.group(id).avatar(), created.toAvatar());
        assertEquals(1, created.seq());
        assertEquals(Set.of(sam, rita, tom), steps.pushedTo(created));
        // nobody is connected: each finds it on connecting
        assertEquals(Set.of(sam, rita, tom), steps.inboxesHolding(created, sam, rita, tom));
    }

    @Test
    void leaveOutEntriesThatAreNotMine() {
        long mine = entryOf(sam, rita);
        long toms = entryOf(tom, rita);

        GroupId id = create(sam, mine, toms);

        assertEquals(List.of(sam, rita), test.groups().members(id).stream().map(m -> m.user().id()).toList());
    }

    @Test
    void refuseWhenNoneOfTheEntriesIsMine() {
        long toms = entryOf(tom, rita);

        assertRefused(ReasonCode.NOT_FRIENDS, () -> create(sam, toms, 4040L));

        assertEquals(List.of(), test.groups().all());
        assertEquals(List.of(), test.messages().all());
    }

    @Test
    void leaveOutContactsIBlockAndContactsWhoAreDisabled() {
        long blocked = entryOf(sam, rita);
        long disabled = entryOf(sam, tom);
        test.relations().block(sam, rita);
        test.disable(tom);

        assertRefused(ReasonCode.NOT_FRIENDS, () -> create(sam, blocked, disabled));

        assertEquals(List.of(), test.groups().all());
    }

    @Test
    void refuseMoreMembersThanAGroupHolds() {
        TestCore small = TestCore.withMaxGroupMembers(2);
        UserId ann = small.user("ann_01");
        UserId ben = small.user("ben_01");
        UserId cid = small.user("cid_01");
        small.relations().befriend(ann, "", ben, "");
        small.relations().befriend(ann, "", cid, "");
        List<Long> entries = List.of(small.relations().entry(ann, ben).orElseThrow().id(),
                small.relations().entry(ann, cid).orElseThrow().id());

        assertRefused(ReasonCode.GROUP_FULL, () -> small.core().createGroup().create(new CreateGroupCommand(ann,
                entries)));

        assertEquals(List.of(), small.groups().all());
        assertEquals(List.of(), small.messages().all());
    }
}
