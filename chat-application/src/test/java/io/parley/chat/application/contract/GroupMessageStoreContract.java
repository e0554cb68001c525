package io.parley.chat.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.port.out.GroupMessageStorePort;
import io.parley.chat.application.port.out.GroupMessageStorePort.GroupConversationEntry;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.GroupStorePort.NewGroup;
import io.parley.chat.application.port.out.InboxPort;
import io.parley.chat.application.port.out.MessageStorePort.Stored;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.group.GroupStatus;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.GroupMessageDraft;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What every store of group conversations does (the Hibernate adapter on H2, PostgreSQL and MariaDB, and any
 * in-memory one): a message is one stored message plus an inbox entry for exactly its recipients; each group numbers
 * its messages from 1 without gaps, also under parallel appends; a client message id used again returns the first
 * message; members read the history from the time they joined; my group conversations are the groups I am a member
 * of (active or muted, also once dissolved) with a message since I joined, each with its last message and my unread
 * count (messages after my read pointer and since I joined, not mine); and the read pointer only moves forward, never
 * past the last message. Groups and members are written through the group store this one shares its data with.
 * Tests create fresh users and groups, so a shared store needs no cleaning.
 */
public abstract class GroupMessageStoreContract {
    /** Times of what a test writes: apart by whole seconds, which every store keeps exactly. */
    private static final Instant START = ContractUsers.NOW;

    protected abstract GroupMessageStorePort groupMessages();

    /** Where the groups and their members are written; it shares its data with {@link #groupMessages()}. */
    protected abstract GroupStorePort groups();

    protected abstract InboxPort inbox();

    /** Where the users are created. */
    protected abstract SaveUserPort saveUsers();

    protected User newUser() {
        return new ContractUsers(saveUsers()).registered();
    }

    /** A group of the owner and the members, all joined at the start. */
    protected Group newGroup(User owner, User... members) {
        return groups().create(new NewGroup(UUID.randomUUID().toString(), owner.id(), "group of " + owner.username(),
                "o.png,m.png", START), Arrays.stream(members).map(User::id).toList());
    }

    /** A text message from the sender, written {@code second} seconds after the start. */
    protected static GroupMessageDraft draft(Group group, User sender, String text, int second, String clientId) {
        return new GroupMessageDraft(new MessageId(UUID.randomUUID().toString()), sender,
                "name of " + sender.username(), "avatar of " + sender.username(), group, "text", MessageData.text(text),
                null, clientId == null ? null : new ClientMessageId(clientId), START.plusSeconds(second));
    }

    /** A notice of the group's life, from the system. */
    protected static GroupMessageDraft notice(Group group, String text, int second) {
        return new GroupMessageDraft(new MessageId(UUID.randomUUID().toString()), null, "系统", "",
                group, "systemNotice", MessageData.json("{\"data\":\"" + text + "\",\"dataType\":false,"
                        + "\"otherData\":null}"), "{}", null, START.plusSeconds(second));
    }

    /** The sender's message to the group, for the recipients given. */
    protected Message send(GroupMessageDraft draft, User... recipients) {
        Stored stored = groupMessages().appendGroup(draft,
                Arrays.stream(recipients).map(User::id).toList());
        assertFalse(stored.repeated(), "a new message");
        return stored.message();
    }

    /** The recipient's undelivered messages from the start of the inbox, oldest first. */
    protected final List<Message> undelivered(UserId recipient) {
        return inbox().undelivered(recipient, InboxPort.FROM_THE_START, 1000).stream()
                .map(InboxPort.Entry::message).toList();
    }

    private List<Message> history(Group group) {
        return groupMessages().groupHistory(group.id(), START, null, 100);
    }

    private Optional<GroupConversationEntry> entryOf(User me, Group group) {
        return groupMessages().groupConversationsOf(me.id()).stream()
                .filter(entry -> entry.group().equals(group.id())).findFirst();
    }

    // --- appending

    @Test
    void aMessageIsStoredAsDraftedAndQueuedForExactlyItsRecipients() {
        User owner = newUser();
        User sender = newUser();
        User other = newUser();
        User leftOut = newUser();
        Group group = newGroup(owner, sender, other, leftOut);
        GroupMessageDraft draft = new GroupMessageDraft(new MessageId(UUID.randomUUID().toString()), sender, "小明",
                "me.png", group, "image", MessageData.text("{\"data\":\"你好 👋\"}"), "{\"w\":1}",
                new ClientMessageId("c-" + UUID.randomUUID()), START);

        Stored stored = groupMessages().appendGroup(draft, List.of(owner.id(), other.id()));

        assertFalse(stored.repeated());
        Message message = stored.message();
        assertEquals(draft.toMessage(message.conversationId(), 1), message);
        assertEquals(ChatType.GROUP, message.chatType());
        assertEquals(group.id().value(), message.toId());
        assertEquals(group.name(), message.toName());
        assertEquals(group.avatar(), message.toAvatar());
        assertEquals(sender.id().value(), message.fromId());
        assertEquals(sender.uuid(), message.senderUuid());
        assertEquals(List.of(message), undelivered(owner.id()));
        assertEquals(List.of(message), undelivered(other.id()));
        assertEquals(List.of(), undelivered(sender.id()), "the sender has it");
        assertEquals(List.of(), undelivered(leftOut.id()), "only the recipients given");
        assertEquals(List.of(message), history(group));
    }

    @Test
    void aNoticeIsTheSystemsAndReachesEveryoneGiven() {
        User owner = newUser();
        User member = newUser();
        Group group = newGroup(owner, member);

        Message message = send(notice(group, "群已创建", 0), owner, member);

        assertTrue(message.isFromSystem());
        assertEquals("", message.senderUuid());
        assertEquals(MessageData.Kind.JSON, message.data().kind());
        assertEquals(List.of(message), undelivered(owner.id()));
        assertEquals(List.of(message), undelivered(member.id()));
    }

    @Test
    void recipientsNamedTwiceGetOneEntryAndNoRecipientsNone() {
        User owner = newUser();
        User member = newUser();
        Group group = newGroup(owner, member);

        Message twice = groupMessages().appendGroup(draft(group, owner, "1", 0, null),
                List.of(member.id(), member.id())).message();
        Message alone = groupMessages().appendGroup(draft(group, owner, "2", 1, null), List.of()).message();

        assertEquals(List.of(twice), undelivered(member.id()));
        assertEquals(List.of(alone, twice), history(group), "stored all the same");
    }

    @Test
    void eachGroupNumbersItsMessagesFromOne() {
        User owner = newUser();
        User member = newUser();
        Group first = newGroup(owner, member);
        Group second = newGroup(owner, member);

        Message one = send(draft(first, owner, "1", 0, null), member);
        Message notice = send(notice(first, "n", 1), owner, member);
        Message three = send(draft(first, member, "3", 2, null), owner);
        Message elsewhere = send(draft(second, owner, "x", 3, null), member);

        assertEquals(List.of(1L, 2L, 3L), List.of(one.seq(), notice.seq(), three.seq()));
        assertEquals(one.conversationId(), three.conversationId());
        assertEquals(1L, elsewhere.seq());
        assertNotEquals(one.conversationId(), elsewhere.conversationId());
    }

    @Test
    void aRepeatedClientIdReturnsTheFirstMessageAndWritesNothing() {
        User owner = newUser();
        User member = newUser();
        Group group = newGroup(owner, member);
        String clientId = "c-" + UUID.randomUUID();
        Message first = send(draft(group, member, "once", 0, clientId), owner);

        Stored again = groupMessages().appendGroup(draft(group, member, "twice", 1, clientId), List.of(owner.id()));

        assertTrue(again.repeated());
        assertEquals(first, again.message());
        assertEquals(List.of(first), undelivered(owner.id()));
        assertEquals(2L, send(draft(group, member, "next", 2, null), owner).seq(), "no seq was taken");
    }

    @Test
    void aClientIdIsTheSendersInEveryGroup() {
        User owner = newUser();
        User member = newUser();
        Group first = newGroup(owner, member);
        Group second = newGroup(owner, member);
        String clientId = "c-" + UUID.randomUUID();
        Message stored = send(draft(first, member, "hi", 0, clientId), owner);

        Stored elsewhere = groupMessages().appendGroup(draft(second, member, "hi", 1, clientId), List.of(owner.id()));
        Message byOwner = send(draft(second, owner, "hi", 2, clientId), member);

        assertTrue(elsewhere.repeated());
        assertEquals(stored, elsewhere.message());
        assertEquals(List.of(byOwner), history(second), "another sender's id is another id");
    }

    @Test
    void parallelAppendsToOneGroupTakeEverySeqOnce() throws Exception {
        User owner = newUser();
        List<User> members = List.of(newUser(), newUser(), newUser());
        Group group = newGroup(owner, members.toArray(User[]::new));

        List<Stored> results = Concurrently.run(8, 40, i -> () -> groupMessages().appendGroup(
                draft(group, members.get(i % 3), "m" + i, i, null), List.of(owner.id())));

        assertEquals(LongStream.rangeClosed(1, 40).boxed().toList(),
                results.stream().map(stored -> stored.message().seq()).sorted().toList());
        assertEquals(40, history(group).size());
        assertEquals(40, undelivered(owner.id()).size());
    }

    @Test
    void parallelIdenticalRequestsStoreOneMessage() throws Exception {
        User owner = newUser();
        User sender = newUser();
        User other = newUser();
        Group group = newGroup(owner, sender, other);
        String clientId = "c-" + UUID.randomUUID();

        List<Stored> results = Concurrently.run(8, 8, i -> () -> groupMessages().appendGroup(
                draft(group, sender, "hello", 0, clientId), List.of(owner.id(), other.id())));

        Set<MessageId> ids = new HashSet<>();
        results.forEach(stored -> ids.add(stored.message().id()));
        assertEquals(1, ids.size(), results.toString());
        assertEquals(1, results.stream().filter(stored -> !stored.repeated()).count(), results.toString());
        assertEquals(1, undelivered(owner.id()).size());
        assertEquals(1, undelivered(other.id()).size());
        assertEquals(1, history(group).size());
    }

    // --- history

    @Test
    void theHistoryIsNewestFirstFromTheTimeGivenInPages() {
        User owner = newUser();
        User member = newUser();
        Group group = newGroup(owner, member);
        List<Message> sent = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            sent.add(send(draft(group, i % 2 == 0 ? owner : member, "m" + i, i, null), owner, member));
        }

        assertEquals(List.of(sent.get(4), sent.get(3), sent.get(2), sent.get(1), sent.get(0)), history(group));
        assertEquals(List.of(sent.get(4), sent.get(3), sent.get(2)),
                groupMessages().groupHistory(group.id(), START.plusSeconds(3), null, 100), "from the join time on");
        assertEquals(List.of(sent.get(2), sent.get(1)),
                groupMessages().groupHistory(group.id(), START, 4L, 2), "before seq 4, two of them");
        assertEquals(List.of(sent.get(2)),
                groupMessages().groupHistory(group.id(), START.plusSeconds(3), 4L, 100));
        assertEquals(List.of(), groupMessages().groupHistory(group.id(), START, 1L, 100));
        assertEquals(List.of(), groupMessages().groupHistory(group.id(), START.plusSeconds(6), null, 100));
    }

    @Test
    void aGroupWithoutMessagesHasNoHistory() {
        Group group = newGroup(newUser());
        assertEquals(List.of(), history(group));
        assertEquals(List.of(), groupMessages().groupHistory(GroupId.of(Long.MAX_VALUE), START, null, 10));
    }

    // --- my group conversations

    @Test
    void myGroupConversationsHaveTheirLastMessageAndWhatIHaveNotRead() {
        User me = newUser();
        User owner = newUser();
        Group quiet = newGroup(owner, me);
        Group first = newGroup(owner, me);
        Group second = newGroup(me, owner);
        Group notMine = newGroup(owner);
        send(draft(first, owner, "a", 1, null), me);
        send(draft(second, owner, "b", 2, null), me);
        send(draft(first, me, "mine", 3, null), owner);
        Message lastOfFirst = send(notice(first, "n", 4), owner, me);
        Message lastOfSecond = send(draft(second, owner, "c", 5, null), me);
        send(draft(notMine, owner, "x", 6, null));

        List<GroupConversationEntry> mine = groupMessages().groupConversationsOf(me.id());

        assertEquals(List.of(
                new GroupConversationEntry(second.id(), lastOfSecond, 2, START.plusSeconds(5)),
                new GroupConversationEntry(first.id(), lastOfFirst, 2, START.plusSeconds(4))), mine,
                "notices count, my own messages do not; a group without messages is not listed");
        assertEquals(Optional.empty(), entryOf(me, quiet));
        assertEquals(List.of(), groupMessages().groupConversationsOf(newUser().id()));
    }

    @Test
    void aMemberStillWaitingHasNoGroupConversation() {
        User owner = newUser();
        User waiting = newUser();
        Group group = newGroup(owner);
        groups().addMember(new GroupMember(group.id(), waiting.id(), "", "", MemberStatus.PENDING, START), 500);
        send(draft(group, owner, "hi", 1, null));
        assertEquals(Optional.empty(), entryOf(waiting, group));
    }

    @Test
    void aMutedMemberAndTheMembersOfADissolvedGroupKeepTheirConversation() {
        User owner = newUser();
        User muted = newUser();
        Group group = newGroup(owner, muted);
        Message message = send(draft(group, owner, "hi", 1, null), muted);
        groups().updateMember(groups().membership(group.id(), muted.id()).orElseThrow()
                .withStatus(MemberStatus.MUTED));
        groups().update(group.withStatus(GroupStatus.DISSOLVED));

        assertEquals(Optional.of(new GroupConversationEntry(group.id(), message, 1, START.plusSeconds(1))),
                entryOf(muted, group));
        assertEquals(Optional.of(new GroupConversationEntry(group.id(), message, 0, START.plusSeconds(1))),
                entryOf(owner, group));
    }

    @Test
    void aLateJoinerSeesAndCountsOnlyWhatCameAfterJoining() {
        User owner = newUser();
        User member = newUser();
        User late = newUser();
        Group group = newGroup(owner, member);
        send(draft(group, member, "before", 1, null), owner);
        send(draft(group, owner, "before too", 2, null), member);
        groups().addMember(new GroupMember(group.id(), late.id(), "", "", MemberStatus.ACTIVE,
                START.plusSeconds(3)), 500);

        assertEquals(Optional.empty(), entryOf(late, group), "nothing he may read yet");

        Message after = send(draft(group, member, "after", 4, null), owner, late);

        assertEquals(Optional.of(new GroupConversationEntry(group.id(), after, 1, START.plusSeconds(4))),
                entryOf(late, group));
        assertEquals(List.of(after), groupMessages().groupHistory(group.id(), START.plusSeconds(3), null, 100));
    }

    // --- read pointers

    @Test
    void theReadPointerMovesForwardOnlyAndNeverPastTheLastMessage() {
        User owner = newUser();
        User member = newUser();
        Group group = newGroup(owner, member);
        for (int i = 1; i <= 3; i++) {
            send(draft(group, owner, "m" + i, i, null), member);
        }

        assertEquals(Optional.of(2L), groupMessages().markGroupRead(member.id(), group.id(), 2));
        assertEquals(1, entryOf(member, group).orElseThrow().unread());
        assertEquals(Optional.of(2L), groupMessages().markGroupRead(member.id(), group.id(), 1), "never backward");
        assertEquals(Optional.of(3L), groupMessages().markGroupRead(member.id(), group.id(), 99), "the last at most");
        assertEquals(0, entryOf(member, group).orElseThrow().unread());

        Message next = send(draft(group, owner, "m4", 4, null), member);
        assertEquals(1, entryOf(member, group).orElseThrow().unread());
        assertEquals(Optional.of(4L), groupMessages().markGroupRead(member.id(), group.id(), next.seq()));
        assertEquals(Optional.of(0L), groupMessages().markGroupRead(owner.id(), group.id(), 0), "each has his own");
    }

    @Test
    void thereIsNothingToMarkWithoutAConversationOrAMembership() {
        User owner = newUser();
        User stranger = newUser();
        Group quiet = newGroup(owner);
        Group talking = newGroup(owner);
        send(draft(talking, owner, "hi", 1, null));

        assertEquals(Optional.empty(), groupMessages().markGroupRead(owner.id(), quiet.id(), 1));
        assertEquals(Optional.empty(), groupMessages().markGroupRead(stranger.id(), talking.id(), 1));
        assertEquals(Optional.empty(), groupMessages().markGroupRead(owner.id(), GroupId.of(Long.MAX_VALUE), 1));
    }

    // --- recall

    @Test
    void aRecallDropsTheContentAndReachesEveryRecipientOnce() {
        User owner = newUser();
        User sender = newUser();
        User delivered = newUser();
        Group group = newGroup(owner, sender, delivered);
        Message sent = send(draft(group, sender, "oops", 0, null), owner, delivered);
        inbox().remove(delivered.id(), List.of(sent.id()));

        Optional<Message> recalled = groupMessages().recallGroup(sent.id(), START.plusSeconds(5),
                List.of(owner.id(), delivered.id(), delivered.id()));

        assertTrue(recalled.orElseThrow().recalled());
        assertEquals(MessageData.REMOVED, recalled.get().data());
        assertEquals(List.of(recalled.get()), history(group), "kept in history, marked");
        assertEquals(List.of(recalled.get()), undelivered(owner.id()), "still waiting: one entry, the recall");
        assertEquals(List.of(recalled.get()), undelivered(delivered.id()), "had it: queued again for the recall");
        assertEquals(List.of(), undelivered(sender.id()));
    }

    @Test
    void aMessageRecalledBeforeIsReturnedAsItIsAndNothingIsQueued() {
        User owner = newUser();
        User member = newUser();
        Group group = newGroup(owner, member);
        Message sent = send(draft(group, owner, "once", 0, null), member);
        groupMessages().recallGroup(sent.id(), START.plusSeconds(1), List.of(member.id()));
        inbox().remove(member.id(), List.of(sent.id()));

        Message again = groupMessages().recallGroup(sent.id(), START.plusSeconds(2), List.of(member.id()))
                .orElseThrow();

        assertTrue(again.recalled());
        assertEquals(List.of(), undelivered(member.id()));
    }

    @Test
    void onlyGroupMessagesAreRecalledHere() {
        assertEquals(Optional.empty(), groupMessages().recallGroup(new MessageId(UUID.randomUUID().toString()),
                START, List.of()));
    }
}
