package io.parley.chat.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.port.out.ConversationPort;
import io.parley.chat.application.port.out.ConversationPort.ConversationEntry;
import io.parley.chat.application.port.out.InboxPort;
import io.parley.chat.application.port.out.MessageStorePort;
import io.parley.chat.application.port.out.MessageStorePort.Stored;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.domain.message.DirectMessageDraft;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.sending.SendDecision;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every conversation store does (the Hibernate adapter on H2, PostgreSQL and MariaDB, and any in-memory one):
 * history newest first in pages, my conversations with their last message and unread count, read pointers that only
 * move forward and never past the last message, and recall, which drops a message's content and queues it for its
 * recipient again. Messages are written through the message store the conversation store reads. Tests create fresh
 * users, so a shared store needs no cleaning.
 */
public abstract class ConversationStoreContract {
    private static final SendDecision.Allowed NAMES = new SendDecision.Allowed("sender's name", "recipient's name");
    /** Times of the messages a test writes: apart by whole seconds, which every store keeps exactly. */
    private static final Instant START = ContractUsers.NOW;

    protected abstract ConversationPort conversations();

    /** Where the messages the conversations hold are written; it shares its data with {@link #conversations()}. */
    protected abstract MessageStorePort messages();

    protected abstract InboxPort inbox();

    /** The recipient's undelivered messages from the start of the inbox, oldest first. */
    protected final List<Message> undelivered(UserId recipient, int limit) {
        return inbox().undelivered(recipient, InboxPort.FROM_THE_START, limit).stream()
                .map(InboxPort.Entry::message).toList();
    }

    /** Where the users the messages refer to are created. */
    protected abstract SaveUserPort saveUsers();

    protected User newUser() {
        return new ContractUsers(saveUsers()).registered();
    }

    /** A text message, sent {@code second} seconds after the start of the tests. */
    protected Message send(User sender, User recipient, String text, int second) {
        return send(new DirectMessageDraft(new MessageId(UUID.randomUUID().toString()), sender, recipient, "text",
                MessageData.text(text), null, null, START.plusSeconds(second)));
    }

    protected Message send(DirectMessageDraft draft) {
        return assertInstanceOf(Stored.class, messages().appendDirect(draft, state -> NAMES)).message();
    }

    /** {@code count} messages from {@code a} and {@code b} in turn, starting with {@code a}. */
    private List<Message> exchange(User a, User b, int count) {
        List<Message> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(i % 2 == 0 ? send(a, b, "a" + i, i) : send(b, a, "b" + i, i));
        }
        return sent;
    }

    private static List<Message> newestFirst(List<Message> messages, int from, int to) {
        List<Message> page = new ArrayList<>(messages.subList(from, to));
        Collections.reverse(page);
        return page;
    }

    private Optional<ConversationEntry> entry(User me, User peer) {
        return conversations().conversationsOf(me.id()).stream()
                .filter(entry -> entry.peer().equals(peer.id()))
                .findFirst();
    }

    private long unread(User me, User peer) {
        return entry(me, peer).orElseThrow(() -> new AssertionError("no conversation with " + peer.id())).unread();
    }

    // --- history

    @Test
    void historyIsNewestFirstAndTheSameFromBothSides() {
        User a = newUser();
        User b = newUser();
        List<Message> sent = exchange(a, b, 5);

        assertEquals(newestFirst(sent, 0, 5), conversations().history(a.id(), b.id(), null, 10));
        assertEquals(newestFirst(sent, 0, 5), conversations().history(b.id(), a.id(), null, 10));
    }

    @Test
    void historyPagesBackwardsFromBeforeSeqExclusive() {
        User a = newUser();
        User b = newUser();
        List<Message> sent = exchange(a, b, 7);

        assertEquals(newestFirst(sent, 4, 7), conversations().history(a.id(), b.id(), null, 3), "seq 7, 6, 5");
        assertEquals(newestFirst(sent, 1, 4), conversations().history(a.id(), b.id(), 5L, 3), "seq 4, 3, 2");
        assertEquals(newestFirst(sent, 0, 1), conversations().history(a.id(), b.id(), 2L, 3), "seq 1");
        assertEquals(List.of(), conversations().history(a.id(), b.id(), 1L, 3));
        assertEquals(newestFirst(sent, 0, 7), conversations().history(a.id(), b.id(), 100L, 30),
                "a before_seq past the end is the newest");
    }

    @Test
    void askingForOneMoreThanAPageTellsWhetherThereIsMore() {
        User a = newUser();
        User b = newUser();
        List<Message> sent = exchange(a, b, 4);
        int pageSize = 2;

        List<Message> first = conversations().history(a.id(), b.id(), null, pageSize + 1);
        assertEquals(pageSize + 1, first.size(), "more after the first page");
        assertEquals(newestFirst(sent, 1, 4), first);

        long before = first.get(pageSize - 1).seq();
        List<Message> second = conversations().history(a.id(), b.id(), before, pageSize + 1);
        assertEquals(newestFirst(sent, 0, 2), second, "no more after the second page");
    }

    @Test
    void historyHoldsOnlyThatConversation() {
        User a = newUser();
        User b = newUser();
        User c = newUser();
        Message toB = send(a, b, "to b", 1);
        Message note = send(a, a, "note", 2);
        Message fromC = send(c, a, "from c", 3);

        assertEquals(List.of(toB), conversations().history(a.id(), b.id(), null, 10));
        assertEquals(List.of(note), conversations().history(a.id(), a.id(), null, 10));
        assertEquals(List.of(fromC), conversations().history(a.id(), c.id(), null, 10));
        assertEquals(List.of(), conversations().history(b.id(), c.id(), null, 10), "b and c never wrote");
    }

    @Test
    void historyOfAConversationWithoutMessagesIsEmpty() {
        User a = newUser();
        User b = newUser();
        messages().openConversationFor(a.id(), b.id());
        assertEquals(List.of(), conversations().history(a.id(), b.id(), null, 10));
    }

    @Test
    void historyShowsARecalledMessageAsStoredInItsPlace() {
        User a = newUser();
        User b = newUser();
        List<Message> sent = exchange(a, b, 3);
        Message recalled = conversations().recall(sent.get(1).id(), START.plusSeconds(10)).orElseThrow();

        assertEquals(List.of(sent.get(2), recalled, sent.get(0)), conversations().history(b.id(), a.id(), null, 10));
    }

    // --- the conversation list

    @Test
    void myConversationsOnEitherSideAreListedMostRecentFirstWithTheirLastMessage() {
        User earlier = newUser();
        User me = newUser();
        User later = newUser();
        // whatever the ids, I may be either side of a conversation's pair
        send(me, earlier, "hello", 1);
        Message fromLater = send(later, me, "hi", 2);
        Message note = send(me, me, "note to self", 3);
        Message reply = send(earlier, me, "hello to you", 4);

        List<ConversationEntry> list = conversations().conversationsOf(me.id());

        assertEquals(List.of(earlier.id(), me.id(), later.id()), list.stream().map(ConversationEntry::peer).toList());
        assertEquals(List.of(reply, note, fromLater), list.stream().map(ConversationEntry::lastMessage).toList());
        assertEquals(List.of(reply.createTime(), note.createTime(), fromLater.createTime()),
                list.stream().map(ConversationEntry::updatedAt).toList());
    }

    @Test
    void aNewMessageMovesItsConversationToTheTop() {
        User me = newUser();
        User b = newUser();
        User c = newUser();
        send(b, me, "1", 1);
        send(c, me, "2", 2);
        assertEquals(List.of(c.id(), b.id()), peers(me));

        Message latest = send(me, b, "3", 3);

        assertEquals(List.of(b.id(), c.id()), peers(me));
        assertEquals(latest, entry(me, b).orElseThrow().lastMessage());
    }

    private List<UserId> peers(User me) {
        return conversations().conversationsOf(me.id()).stream().map(ConversationEntry::peer).toList();
    }

    @Test
    void onlyConversationsWithMessagesAreListed() {
        User me = newUser();
        User follower = newUser();
        assertEquals(List.of(), conversations().conversationsOf(me.id()));

        // a follow opens a conversation without a message in it
        messages().openConversationFor(me.id(), follower.id());

        assertEquals(List.of(), conversations().conversationsOf(me.id()));
        assertEquals(List.of(), conversations().conversationsOf(follower.id()));
    }

    @Test
    void otherPeoplesConversationsAreNotMine() {
        User me = newUser();
        User b = newUser();
        User c = newUser();
        send(b, c, "between b and c", 1);
        send(me, b, "mine", 2);

        assertEquals(List.of(b.id()), peers(me));
        assertEquals(List.of(me.id(), c.id()), peers(b));
    }

    @Test
    void unreadCountsThePeersMessagesAfterMyReadPointer() {
        User me = newUser();
        User peer = newUser();
        send(peer, me, "1", 1);
        send(peer, me, "2", 2);
        send(me, peer, "3", 3);
        send(peer, me, "4", 4);

        assertEquals(3, unread(me, peer), "my own messages are never unread to me");
        assertEquals(1, unread(peer, me));

        conversations().markRead(me.id(), peer.id(), 2);
        assertEquals(1, unread(me, peer), "only seq 4 is after my pointer");
        assertEquals(1, unread(peer, me), "the peer's pointer is theirs");

        conversations().markRead(me.id(), peer.id(), 4);
        assertEquals(0, unread(me, peer));
        send(peer, me, "5", 5);
        assertEquals(1, unread(me, peer));
    }

    @Test
    void noticesCountAsUnread() {
        User me = newUser();
        User peer = newUser();
        send(new DirectMessageDraft(new MessageId(UUID.randomUUID().toString()), peer, me, "systemNotice",
                MessageData.json("{\"data\":\"notice\",\"dataType\":false,\"otherData\":null}"), null, null,
                START.plusSeconds(1)));
        send(peer, me, "text", 2);
        assertEquals(2, unread(me, peer));
    }

    @Test
    void aNoteToSelfIsNeverUnread() {
        User me = newUser();
        send(me, me, "remember", 1);
        send(me, me, "and this", 2);
        assertEquals(0, unread(me, me));
    }

    // --- read pointers

    @Test
    void thereIsNoPointerWithoutAConversation() {
        User a = newUser();
        User b = newUser();
        send(a, newUser(), "elsewhere", 1);
        assertEquals(Optional.empty(), conversations().markRead(a.id(), b.id(), 1));
        assertEquals(Optional.empty(), conversations().markRead(b.id(), a.id(), 0));
    }

    @Test
    void aConversationWithoutMessagesHasItsPointerAtZero() {
        User a = newUser();
        User b = newUser();
        messages().openConversationFor(a.id(), b.id());
        assertEquals(Optional.of(0L), conversations().markRead(a.id(), b.id(), 5));
    }

    @Test
    void aPointerNeverMovesBackward() {
        User me = newUser();
        User peer = newUser();
        exchange(peer, me, 5);

        assertEquals(Optional.of(3L), conversations().markRead(me.id(), peer.id(), 3));
        assertEquals(Optional.of(3L), conversations().markRead(me.id(), peer.id(), 1));
        assertEquals(Optional.of(3L), conversations().markRead(me.id(), peer.id(), 0), "0 reads the pointer");
        assertEquals(Optional.of(4L), conversations().markRead(me.id(), peer.id(), 4));
        assertEquals(1, unread(me, peer), "seq 5, the peer's");
    }

    @Test
    void aPointerStopsAtTheLastMessage() {
        User me = newUser();
        User peer = newUser();
        send(peer, me, "1", 1);
        send(peer, me, "2", 2);

        assertEquals(Optional.of(2L), conversations().markRead(me.id(), peer.id(), 100));

        // a pointer left at 100 would hide the messages to come
        send(peer, me, "3", 3);
        assertEquals(1, unread(me, peer));
        assertEquals(Optional.of(3L), conversations().markRead(me.id(), peer.id(), 100));
    }

    @Test
    void eachSideHasItsOwnPointer() {
        User a = newUser();
        User b = newUser();
        exchange(a, b, 4);
        assertEquals(Optional.of(4L), conversations().markRead(a.id(), b.id(), 4));
        assertEquals(Optional.of(1L), conversations().markRead(b.id(), a.id(), 1));
        assertEquals(Optional.of(4L), conversations().markRead(a.id(), b.id(), 0));
        assertEquals(0, unread(a, b));
        assertEquals(1, unread(b, a), "a's seq 3; seq 2 and 4 are b's own");
    }

    @Test
    void parallelPointerMovesEndAtTheFurthest() throws Exception {
        User me = newUser();
        User peer = newUser();
        for (int i = 1; i <= 8; i++) {
            send(peer, me, "m" + i, i);
        }
        List<Optional<Long>> results = Concurrently.run(8, 8,
                i -> () -> conversations().markRead(me.id(), peer.id(), i + 1));

        for (int i = 0; i < results.size(); i++) {
            long pointer = results.get(i).orElseThrow();
            assertTrue(pointer >= i + 1, "a pointer after moving to " + (i + 1) + " reads " + pointer);
        }
        assertEquals(Optional.of(8L), conversations().markRead(me.id(), peer.id(), 0));
        assertEquals(0, unread(me, peer));
    }

    // --- recall

    @Test
    void recallingAnUnknownMessageFindsNothing() {
        assertEquals(Optional.empty(), conversations().recall(new MessageId(UUID.randomUUID().toString()),
                START));
    }

    @Test
    void aRecalledMessageKeepsItsPlaceAndLosesItsContent() {
        User a = newUser();
        User b = newUser();
        Message original = send(new DirectMessageDraft(new MessageId(UUID.randomUUID().toString()), a, b, "image",
                MessageData.text("https://example.com/secret.png"), "{\"width\":100}", null, START.plusSeconds(1)));

        Message recalled = conversations().recall(original.id(), START.plusSeconds(2)).orElseThrow();

        assertEquals(original.recalledCopy(), recalled);
        assertTrue(recalled.recalled());
        assertEquals(MessageData.REMOVED, recalled.data());
        assertNull(recalled.options());
        assertEquals(original.seq(), recalled.seq());
        assertEquals(Optional.of(recalled), messages().byId(original.id()));
    }

    @Test
    void recallingADeliveredMessageQueuesItForTheRecipientAgain() {
        User a = newUser();
        User b = newUser();
        Message first = send(a, b, "first", 1);
        Message second = send(a, b, "second", 2);
        assertEquals(1, inbox().remove(b.id(), List.of(first.id())), "b's client has the first one");

        Message recalled = conversations().recall(first.id(), START.plusSeconds(3)).orElseThrow();

        assertEquals(List.of(second, recalled), undelivered(b.id(), 10),
                "the recall comes after what was waiting");
        assertEquals(List.of(), undelivered(a.id(), 10), "nothing for the sender");
    }

    @Test
    void recallingAWaitingMessageLeavesOneEntryWhereItWas() {
        User a = newUser();
        User b = newUser();
        Message first = send(a, b, "first", 1);
        Message second = send(a, b, "second", 2);

        Message recalled = conversations().recall(first.id(), START.plusSeconds(3)).orElseThrow();

        assertEquals(List.of(recalled, second), undelivered(b.id(), 10));
    }

    @Test
    void recallingAgainChangesNothing() {
        User a = newUser();
        User b = newUser();
        Message message = send(a, b, "oops", 1);
        Message recalled = conversations().recall(message.id(), START.plusSeconds(2)).orElseThrow();
        inbox().remove(b.id(), List.of(message.id()));

        assertEquals(Optional.of(recalled), conversations().recall(message.id(), START.plusSeconds(3)));
        assertEquals(List.of(), undelivered(b.id(), 10), "b was told once");
    }

    @Test
    void aRecallTakesNoSeqAndAddsNoUnread() {
        User me = newUser();
        User peer = newUser();
        send(peer, me, "1", 1);
        Message last = send(peer, me, "2", 2);

        Message recalled = conversations().recall(last.id(), START.plusSeconds(3)).orElseThrow();

        ConversationEntry entry = entry(me, peer).orElseThrow();
        assertEquals(recalled, entry.lastMessage());
        assertEquals(2, entry.unread());
        assertEquals(3, send(me, peer, "3", 4).seq());
    }

    @Test
    void aNoteToSelfCanBeRecalled() {
        User me = newUser();
        Message note = send(me, me, "note", 1);
        inbox().remove(me.id(), List.of(note.id()));

        Message recalled = conversations().recall(note.id(), START.plusSeconds(2)).orElseThrow();

        assertEquals(note.recalledCopy(), recalled);
        assertEquals(List.of(recalled), undelivered(me.id(), 10));
        assertEquals(List.of(recalled), conversations().history(me.id(), me.id(), null, 10));
    }
}
