package io.parley.chat.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.port.out.InboxPort;
import io.parley.chat.application.port.out.MessageStorePort;
import io.parley.chat.application.port.out.MessageStorePort.AppendResult;
import io.parley.chat.application.port.out.MessageStorePort.Refused;
import io.parley.chat.application.port.out.MessageStorePort.Stored;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.DirectMessageDraft;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.NoticeDraft;
import io.parley.chat.domain.message.SystemNotices;
import io.parley.chat.domain.sending.ConversationState;
import io.parley.chat.domain.sending.DirectMessageFacts;
import io.parley.chat.domain.sending.SendDecision;
import io.parley.chat.domain.sending.Sendability;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What every message store does (the Hibernate adapter on H2, PostgreSQL and MariaDB, and any in-memory one):
 * appends with gapless sequences, idempotent client ids, the one-message rule decided under the conversation's lock,
 * and each recipient's inbox. Tests create fresh users, so a shared store needs no cleaning.
 */
public abstract class MessageStoreContract {
    private static final SendDecision.Allowed NAMES = new SendDecision.Allowed("sender's name", "recipient's name");
    private static final Function<ConversationState, SendDecision> ALWAYS = state -> NAMES;

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

    /** A text message from the sender to the recipient with a fresh id. */
    protected static DirectMessageDraft draft(User sender, User recipient, String text, String clientId) {
        return new DirectMessageDraft(new MessageId(UUID.randomUUID().toString()), sender, recipient, "text",
                MessageData.text(text), null, clientId == null ? null : new ClientMessageId(clientId),
                ContractUsers.NOW);
    }

    /**
     * The domain's rules for a stranger's message with the recipient's default settings (one message until answered),
     * as the send use case asks them: everything but the conversation's state is known beforehand.
     */
    protected static Function<ConversationState, SendDecision> strangerRules(User sender, User recipient) {
        DirectMessageFacts facts = new DirectMessageFacts(sender, Optional.of(recipient), Optional.empty(),
                Optional.empty(), false, false, false);
        return state -> Sendability.decide(facts, state);
    }

    protected Message stored(DirectMessageDraft draft) {
        return assertInstanceOf(Stored.class, messages().appendDirect(draft, ALWAYS)).message();
    }

    // --- appending

    @Test
    void anAppendedMessageIsStoredAsDraftedWithTheDecidedNames() {
        User sender = newUser();
        User recipient = newUser();
        DirectMessageDraft draft = new DirectMessageDraft(new MessageId(UUID.randomUUID().toString()), sender,
                recipient, "image", MessageData.text("{\"data\":\"你好 👋\",\"dataType\":false,\"otherData\":null}"),
                "{\"width\":100}", new ClientMessageId("c-" + UUID.randomUUID()), ContractUsers.NOW);

        Stored stored = assertInstanceOf(Stored.class, messages().appendDirect(draft, ALWAYS));

        assertFalse(stored.repeated());
        Message message = stored.message();
        assertEquals(draft.toMessage(message.conversationId(), 1, NAMES), message);
        assertEquals(sender.id().value(), message.fromId());
        assertEquals("sender's name", message.fromName());
        assertEquals(sender.avatar(), message.fromAvatar());
        assertEquals(sender.uuid(), message.senderUuid());
        assertEquals(recipient.id().value(), message.toId());
        assertEquals("recipient's name", message.toName());
        assertEquals(ChatType.SINGLE, message.chatType());
        assertFalse(message.recalled());
        assertEquals(Optional.of(message), messages().byId(draft.id()));
    }

    @Test
    void jsonDataAndMissingOptionsAreKept() {
        User sender = newUser();
        User recipient = newUser();
        DirectMessageDraft draft = new DirectMessageDraft(new MessageId(UUID.randomUUID().toString()), sender,
                recipient, "systemNotice", MessageData.json("{\"data\":\"欢迎\",\"dataType\":false,\"otherData\":null}"),
                null, null, ContractUsers.NOW);
        Message message = stored(draft);
        assertEquals(MessageData.Kind.JSON, message.data().kind());
        assertNull(message.options());
        assertEquals(Optional.empty(), message.clientId());
        assertEquals(Optional.of(message), messages().byId(draft.id()));
    }

    @Test
    void anUnknownMessageIsNotFound() {
        assertEquals(Optional.empty(), messages().byId(new MessageId(UUID.randomUUID().toString())));
    }

    @Test
    void aConversationNumbersItsMessagesFromOneInBothDirections() {
        User a = newUser();
        User b = newUser();
        User c = newUser();
        Message first = stored(draft(a, b, "1", null));
        Message reply = stored(draft(b, a, "2", null));
        Message third = stored(draft(a, b, "3", null));
        Message elsewhere = stored(draft(a, c, "other", null));

        assertEquals(List.of(1L, 2L, 3L), List.of(first.seq(), reply.seq(), third.seq()));
        assertEquals(first.conversationId(), reply.conversationId(), "one conversation per unordered pair");
        assertEquals(first.conversationId(), third.conversationId());
        assertEquals(1, elsewhere.seq());
        assertNotEquals(first.conversationId(), elsewhere.conversationId());
    }

    @Test
    void aNoteToSelfIsAConversationOfItsOwn() {
        User a = newUser();
        User b = newUser();
        Message toB = stored(draft(a, b, "hi", null));
        Message note = stored(draft(a, a, "remember", null));
        Message secondNote = stored(draft(a, a, "again", null));
        assertNotEquals(toB.conversationId(), note.conversationId());
        assertEquals(List.of(1L, 2L), List.of(note.seq(), secondNote.seq()));
        assertEquals(a.id().value(), note.toId());
    }

    // --- notices from the system

    @Test
    void aNoticeIsStoredInTheRecipientsOwnConversationWithAnInboxEntry() {
        User recipient = newUser();
        User other = newUser();
        Message fromOther = stored(draft(other, recipient, "hi", null));
        NoticeDraft draft = SystemNotices.visitorWelcome(new MessageId(UUID.randomUUID().toString()), recipient,
                ContractUsers.NOW);

        Message notice = messages().appendNotice(draft);

        assertEquals(draft.toMessage(notice.conversationId(), 1), notice);
        assertEquals(1, notice.seq());
        assertNotEquals(fromOther.conversationId(), notice.conversationId());
        assertTrue(notice.isFromSystem());
        assertEquals(MessageData.Kind.JSON, notice.data().kind());
        assertEquals("{}", notice.options());
        assertEquals(Optional.of(notice), messages().byId(draft.id()));
        assertEquals(List.of(fromOther, notice), undelivered(recipient.id(), 10));
        assertEquals(List.of(), undelivered(other.id(), 10));
    }

    @Test
    void noticesTakeTheNextSeqAndLeaveTheCountersAlone() {
        User recipient = newUser();
        Message first = messages().appendNotice(SystemNotices.visitorWelcome(
                new MessageId(UUID.randomUUID().toString()), recipient, ContractUsers.NOW));
        Message second = messages().appendNotice(SystemNotices.visitorWelcome(
                new MessageId(UUID.randomUUID().toString()), recipient, ContractUsers.NOW));
        List<ConversationState> seen = new ArrayList<>();
        Message note = assertInstanceOf(Stored.class, messages().appendDirect(draft(recipient, recipient, "me", null),
                state -> {
                    seen.add(state);
                    return NAMES;
                })).message();

        assertEquals(List.of(1L, 2L, 3L), List.of(first.seq(), second.seq(), note.seq()));
        assertEquals(first.conversationId(), note.conversationId(), "the recipient's note-to-self conversation");
        assertEquals(List.of(ConversationState.NEW), seen, "nothing counted, nothing opened by the notices");
    }


    @Test
    void aRepeatedClientIdReturnsTheStoredMessageAndWritesNothing() {
        User sender = newUser();
        User recipient = newUser();
        String clientId = "c-" + UUID.randomUUID();
        Message original = stored(draft(sender, recipient, "once", clientId));
        DirectMessageDraft repeat = draft(sender, recipient, "once again", clientId);

        AppendResult result = messages().appendDirect(repeat, ALWAYS);

        assertEquals(new Stored(original, true), result);
        assertEquals(Optional.empty(), messages().byId(repeat.id()));
        assertEquals(List.of(original), undelivered(recipient.id(), 10));
        assertEquals(2, stored(draft(sender, recipient, "next", null)).seq(), "the repeat took no seq");
    }

    @Test
    void aRepeatIsAnsweredEvenWhenTheRulesWouldNowRefuse() {
        User sender = newUser();
        User recipient = newUser();
        String clientId = "c-" + UUID.randomUUID();
        Message original = assertInstanceOf(Stored.class, messages().appendDirect(
                draft(sender, recipient, "hello", clientId), strangerRules(sender, recipient))).message();

        // the second identical request would break the one-message rule if it were a new message
        assertEquals(new Stored(original, true), messages().appendDirect(draft(sender, recipient, "hello", clientId),
                strangerRules(sender, recipient)));
    }

    @Test
    void clientIdsBelongToTheirSender() {
        User a = newUser();
        User b = newUser();
        String clientId = "c-" + UUID.randomUUID();
        Message fromA = stored(draft(a, b, "from a", clientId));
        Message fromB = stored(draft(b, a, "from b", clientId));
        assertNotEquals(fromA.id(), fromB.id());
        assertEquals(2, fromB.seq());
    }

    @Test
    void messagesWithoutClientIdsAreNeverRepeats() {
        User a = newUser();
        User b = newUser();
        Message first = stored(draft(a, b, "same", null));
        Message second = stored(draft(a, b, "same", null));
        assertNotEquals(first.id(), second.id());
    }

    @Test
    void parallelIdenticalRequestsStoreOneMessage() throws Exception {
        User sender = newUser();
        User recipient = newUser();
        String clientId = "c-" + UUID.randomUUID();
        // an existing conversation, so that the requests meet at its lock, not in a race to create it; the rules
        // would refuse a second new message, so a repeat must be recognised as such after waiting for the lock
        messages().openConversationFor(recipient.id(), sender.id());
        List<AppendResult> results = Concurrently.run(8, 8, i -> () -> messages().appendDirect(
                draft(sender, recipient, "hello", clientId), strangerRules(sender, recipient)));

        Set<MessageId> ids = new HashSet<>();
        int fresh = 0;
        for (AppendResult result : results) {
            Stored stored = assertInstanceOf(Stored.class, result, "every identical request gets the message");
            ids.add(stored.message().id());
            fresh += stored.repeated() ? 0 : 1;
        }
        assertEquals(1, ids.size(), results.toString());
        assertEquals(1, fresh, results.toString());
        assertEquals(1, undelivered(recipient.id(), 10).size());
    }

    @Test
    void aClientIdReusedForAnotherRecipientReturnsTheFirstMessage() {
        User sender = newUser();
        User b = newUser();
        User c = newUser();
        String clientId = "c-" + UUID.randomUUID();
        Message toB = stored(draft(sender, b, "to b", clientId));

        assertEquals(new Stored(toB, true), messages().appendDirect(draft(sender, c, "to c", clientId), ALWAYS));
        assertEquals(List.of(), undelivered(c.id(), 10));
    }

    @Test
    void parallelRequestsWithOneClientIdToTwoRecipientsStoreOneMessage() throws Exception {
        User sender = newUser();
        User b = newUser();
        User c = newUser();
        String clientId = "c-" + UUID.randomUUID();
        List<AppendResult> results = Concurrently.run(8, 8, i -> () -> messages().appendDirect(
                draft(sender, i % 2 == 0 ? b : c, "hello", clientId), ALWAYS));

        Set<MessageId> ids = new HashSet<>();
        int fresh = 0;
        for (AppendResult result : results) {
            Stored stored = assertInstanceOf(Stored.class, result);
            ids.add(stored.message().id());
            fresh += stored.repeated() ? 0 : 1;
        }
        assertEquals(1, ids.size(), results.toString());
        assertEquals(1, fresh, results.toString());
        assertEquals(1, undelivered(b.id(), 10).size() + undelivered(c.id(), 10).size());
    }

    // --- the decision under the lock

    @Test
    void theDecisionSeesTheSendersSideOfTheConversation() {
        User a = newUser();
        User b = newUser();
        List<ConversationState> seen = new CopyOnWriteArrayList<>();
        Function<ConversationState, SendDecision> recording = state -> {
            seen.add(state);
            return NAMES;
        };
        messages().appendDirect(draft(a, b, "1", null), recording);
        messages().appendDirect(draft(a, b, "2", null), recording);
        messages().appendDirect(draft(b, a, "reply", null), recording);
        messages().appendDirect(draft(a, b, "3", null), recording);

        assertEquals(List.of(
                ConversationState.NEW,
                new ConversationState(false, 1),
                new ConversationState(true, 0),
                new ConversationState(true, 2)), seen);
    }

    @Test
    void aRefusalWritesNothing() {
        User sender = newUser();
        User recipient = newUser();
        DirectMessageDraft refused = draft(sender, recipient, "no", "c-" + UUID.randomUUID());

        AppendResult result = messages().appendDirect(refused, state -> new SendDecision.Denied(ReasonCode.BLACKLISTED));

        assertEquals(new Refused(ReasonCode.BLACKLISTED), result);
        assertEquals(Optional.empty(), messages().byId(refused.id()));
        assertEquals(List.of(), undelivered(recipient.id(), 10));
        // nothing counted, no seq taken, and the client id is still free
        List<ConversationState> seen = new ArrayList<>();
        Message next = assertInstanceOf(Stored.class, messages().appendDirect(
                draft(sender, recipient, "yes", refused.clientMessageId().value()), state -> {
                    seen.add(state);
                    return NAMES;
                })).message();
        assertEquals(1, next.seq());
        assertEquals(List.of(ConversationState.NEW), seen);
    }

    @Test
    void aStrangerHasOneMessageUntilTheRecipientReplies() {
        User stranger = newUser();
        User recipient = newUser();
        assertInstanceOf(Stored.class, messages().appendDirect(draft(stranger, recipient, "hi", null),
                strangerRules(stranger, recipient)));
        assertEquals(new Refused(ReasonCode.ONE_MESSAGE_LIMIT), messages().appendDirect(
                draft(stranger, recipient, "hello?", null), strangerRules(stranger, recipient)));

        assertInstanceOf(Stored.class, messages().appendDirect(draft(recipient, stranger, "yes?", null),
                strangerRules(recipient, stranger)), "the recipient's first message to the stranger");

        assertInstanceOf(Stored.class, messages().appendDirect(draft(stranger, recipient, "thanks", null),
                strangerRules(stranger, recipient)));
        assertInstanceOf(Stored.class, messages().appendDirect(draft(stranger, recipient, "and more", null),
                strangerRules(stranger, recipient)));
    }

    @Test
    void parallelFirstMessagesOfAStrangerStoreExactlyOne() throws Exception {
        User stranger = newUser();
        User recipient = newUser();
        List<AppendResult> results = Concurrently.run(8, 8, i -> () -> messages().appendDirect(
                draft(stranger, recipient, "first " + i, "c-" + UUID.randomUUID()), strangerRules(stranger, recipient)));

        long stored = results.stream().filter(Stored.class::isInstance).count();
        assertEquals(1, stored, results.toString());
        assertTrue(results.stream().filter(Refused.class::isInstance)
                .allMatch(r -> ((Refused) r).reason() == ReasonCode.ONE_MESSAGE_LIMIT), results.toString());
        assertEquals(1, undelivered(recipient.id(), 10).size());
    }

    @Test
    void parallelFirstMessagesOfAStrangerInAnExistingConversationStoreExactlyOne() throws Exception {
        User stranger = newUser();
        User recipient = newUser();
        // the conversation exists (the recipient's side is open), so no race to create it serialises the senders
        messages().openConversationFor(recipient.id(), stranger.id());
        List<AppendResult> results = Concurrently.run(8, 8, i -> () -> messages().appendDirect(
                draft(stranger, recipient, "first " + i, null), strangerRules(stranger, recipient)));

        assertEquals(1, results.stream().filter(Stored.class::isInstance).count(), results.toString());
        assertEquals(7, results.stream().filter(new Refused(ReasonCode.ONE_MESSAGE_LIMIT)::equals).count(),
                results.toString());
        assertEquals(1, undelivered(recipient.id(), 10).size());
    }

    @Test
    void parallelAppendsToOneConversationTakeEverySeqOnce() throws Exception {
        User a = newUser();
        User b = newUser();
        int threads = 8;
        int each = 25;
        List<List<Long>> seqs = Concurrently.run(threads, threads, thread -> () -> {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                // both directions: both sides lock the same conversation
                DirectMessageDraft draft = thread % 2 == 0 ? draft(a, b, thread + "/" + i, null)
                        : draft(b, a, thread + "/" + i, null);
                mine.add(assertInstanceOf(Stored.class, messages().appendDirect(draft, ALWAYS)).message().seq());
            }
            return mine;
        });

        List<Long> all = seqs.stream().flatMap(List::stream).sorted().toList();
        assertEquals(LongStream.rangeClosed(1, threads * each).boxed().toList(), all);
        for (List<Long> mine : seqs) {
            assertEquals(mine.stream().sorted().toList(), mine, "one sender's messages are numbered in its order");
        }
        assertEquals(threads * each + 1L, stored(draft(a, b, "after", null)).seq());
    }

    // --- opening a conversation

    @Test
    void openingAConversationLiftsTheOneMessageRuleForThatSideOnly() {
        User follower = newUser();
        User followed = newUser();
        // followed follows follower: the conversation opens for follower, before anyone wrote
        messages().openConversationFor(follower.id(), followed.id());

        assertInstanceOf(Stored.class, messages().appendDirect(draft(followed, follower, "one", null),
                strangerRules(followed, follower)));
        assertEquals(new Refused(ReasonCode.ONE_MESSAGE_LIMIT), messages().appendDirect(
                draft(followed, follower, "two", null), strangerRules(followed, follower)), "still closed this way");
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(Stored.class, messages().appendDirect(draft(follower, followed, "msg " + i, null),
                    strangerRules(follower, followed)));
        }
        assertInstanceOf(Stored.class, messages().appendDirect(draft(followed, follower, "three", null),
                strangerRules(followed, follower)), "the follower's messages opened it for its peer");
    }

    @Test
    void openingIsForGoodAndTakesNoSeq() {
        User a = newUser();
        User b = newUser();
        messages().openConversationFor(b.id(), a.id());
        messages().openConversationFor(b.id(), a.id());
        List<ConversationState> seen = new ArrayList<>();
        Message first = assertInstanceOf(Stored.class, messages().appendDirect(draft(b, a, "hi", null), state -> {
            seen.add(state);
            return NAMES;
        })).message();
        assertEquals(1, first.seq());
        assertEquals(List.of(new ConversationState(true, 0)), seen);

        // b wrote to a, which opens the conversation for a as well
        assertInstanceOf(Stored.class, messages().appendDirect(draft(a, b, "1", null), strangerRules(a, b)));
        assertInstanceOf(Stored.class, messages().appendDirect(draft(a, b, "2", null), strangerRules(a, b)));
    }

    // --- inbox

    @Test
    void anInboxHoldsTheRecipientsMessagesInTheOrderTheyWereStored() {
        User a = newUser();
        User b = newUser();
        User c = newUser();
        Message m1 = stored(draft(a, c, "1", null));
        Message m2 = stored(draft(b, c, "2", null));
        Message m3 = stored(draft(a, c, "3", null));
        Message toA = stored(draft(c, a, "to a", null));

        assertEquals(List.of(m1, m2, m3), undelivered(c.id(), 10));
        assertEquals(List.of(m1, m2), undelivered(c.id(), 2));
        assertEquals(List.of(toA), undelivered(a.id(), 10));
        assertEquals(List.of(), undelivered(b.id(), 10));
    }

    @Test
    void aReaderWalksTheInboxOnFromTheLastEntryItGot() {
        User a = newUser();
        User c = newUser();
        Message m1 = stored(draft(a, c, "1", null));
        Message m2 = stored(draft(a, c, "2", null));
        Message m3 = stored(draft(a, c, "3", null));

        List<InboxPort.Entry> firstTwo = inbox().undelivered(c.id(), InboxPort.FROM_THE_START, 2);
        assertEquals(List.of(m1, m2), firstTwo.stream().map(InboxPort.Entry::message).toList());
        assertTrue(firstTwo.get(0).position() < firstTwo.get(1).position(), "positions grow");

        List<InboxPort.Entry> rest = inbox().undelivered(c.id(), firstTwo.get(1).position(), 2);
        assertEquals(List.of(m3), rest.stream().map(InboxPort.Entry::message).toList());
        assertEquals(List.of(), inbox().undelivered(c.id(), rest.get(0).position(), 2));
        assertEquals(List.of(m1, m2, m3), undelivered(c.id(), 10), "walking removes nothing");
    }

    @Test
    void removingTakesOnlyTheRecipientsOwnEntries() {
        User a = newUser();
        User b = newUser();
        Message toB1 = stored(draft(a, b, "1", null));
        Message toB2 = stored(draft(a, b, "2", null));
        Message toB3 = stored(draft(a, b, "3", null));
        Message toA = stored(draft(b, a, "4", null));

        assertEquals(0, inbox().remove(a.id(), List.of(toB1.id())), "not a's entry");
        assertEquals(1, inbox().remove(b.id(), List.of(toB1.id(), toA.id(),
                new MessageId(UUID.randomUUID().toString()))));
        assertEquals(List.of(toB2, toB3), undelivered(b.id(), 10));
        assertEquals(List.of(toA), undelivered(a.id(), 10));
        assertEquals(0, inbox().remove(b.id(), List.of(toB1.id())), "removed once");
        assertEquals(0, inbox().remove(b.id(), List.of()));
        assertEquals(2, inbox().remove(b.id(), List.of(toB3.id(), toB2.id(), toB3.id())));
        assertEquals(List.of(), undelivered(b.id(), 10));
        assertEquals(Optional.of(toB2), messages().byId(toB2.id()), "the message itself stays");
    }

    @Test
    void aRemovedEntryDoesNotComeBackWithNewMessages() {
        User a = newUser();
        User b = newUser();
        Message old = stored(draft(a, b, "old", null));
        inbox().remove(b.id(), List.of(old.id()));
        Message fresh = stored(draft(a, b, "new", null));
        assertEquals(List.of(fresh), undelivered(b.id(), 10));
        assertEquals(Optional.of(old), messages().byId(old.id()));
    }
}
