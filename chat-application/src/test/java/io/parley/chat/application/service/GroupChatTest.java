package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.ConversationView;
import io.parley.chat.application.port.in.HistoryPage;
import io.parley.chat.application.port.in.HistoryQuery;
import io.parley.chat.application.port.in.MarkReadCommand;
import io.parley.chat.application.port.in.RecallMessageCommand;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The group branch of sending (#20), history, conversations, reading and recall (#37). */
class GroupChatTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final UserId tom = test.user("tom_01");
    private final GroupId group = steps.create(sam, rita, tom);

    private HistoryPage history(UserId caller, Long beforeSeq, int limit) {
        return test.core().history().history(new HistoryQuery(caller, ChatType.GROUP, group.value(), beforeSeq,
                limit));
    }

    private ConversationView groupLine(UserId user) {
        return test.core().conversations().conversations(user).stream()
                .filter(line -> line.chatType() == ChatType.GROUP && line.id() == group.value())
                .findFirst().orElseThrow(() -> new AssertionError("no group line for " + user));
    }

    private Message recall(UserId caller, Message message) {
        return test.core().recallMessage().recall(new RecallMessageCommand(caller, message.id(), null, null));
    }

    @Test
    void storeOneMessageUnderTheSendersGroupIdentityForEveryOtherMember() {
        steps.nickname(rita, group, "Rita R.");
        test.pusher().forget();

        Message sent = steps.say(rita, group, "hello all");

        assertEquals(ChatType.GROUP, sent.chatType());
        assertEquals(rita.value(), sent.fromId());
        assertEquals("Rita R.", sent.fromName());
        assertEquals(test.stored(rita).avatar(), sent.fromAvatar());
        assertEquals(test.stored(rita).uuid(), sent.senderUuid());
        assertEquals(group.value(), sent.toId());
        assertEquals(steps.group(group).name(), sent.toName());
        assertEquals(steps.group(group).avatar(), sent.toAvatar());
        assertEquals(MessageData.text("hello all"), sent.data());
        assertEquals(2, sent.seq(), "the creation notice is the first");
        assertEquals(Set.of(sam, tom), steps.pushedTo(sent));
        assertEquals(Set.of(sam, tom), steps.inboxesHolding(sent, sam, rita, tom));
    }

    @Test
    void leaveThoseWaitingForTheOwnerOut() {
        UserId pete = test.user("pete_01");
        steps.policy(sam, group, 1);
        steps.selfJoin(group, pete);
        test.pusher().forget();

        Message sent = steps.say(sam, group, "members only");

        assertEquals(Set.of(rita, tom), steps.pushedTo(sent));
    }

    @Test
    void keepTheMessageForAnOfflineMemberUntilTheyConnect() {
        test.pusher().connectLegacy(sam);
        Message sent = steps.say(rita, group, "are you there, tom?");
        assertFalse(test.messages().inboxOf(sam).contains(sent.id()), "sam had it at once");
        assertTrue(test.messages().inboxOf(tom).contains(sent.id()), "tom is away");
        test.pusher().forget();

        test.pusher().connectLegacy(tom);
        test.core().userConnected().connected(tom, "tom-socket");

        assertTrue(test.pusher().idsPushedTo(tom).contains(sent.id()));
        assertEquals(List.of(), test.messages().inboxOf(tom));
    }

    @Test
    void answerARepeatWithTheFirstMessageAndPushNothingAgain() {
        Message first = steps.say(rita, group, "once", "c-1");
        test.pusher().forget();

        Message again = steps.say(rita, group, "once", "c-1");

        assertEquals(first, again);
        assertEquals(List.of(), test.pusher().pushes());
        assertEquals(2, steps.conversation(group).size());
    }

    @Test
    void numberTheGroupsMessagesWithoutGaps() {
        List<Long> seqs = List.of(steps.say(sam, group, "a").seq(), steps.say(rita, group, "b").seq(),
                steps.say(tom, group, "c").seq());

        assertEquals(List.of(2L, 3L, 4L), seqs);
    }

    @Test
    void refuseSendingToALockedGroup() {
        steps.lock(group);
        assertRefused(ReasonCode.GROUP_LOCKED, () -> steps.say(rita, group, "hello?"));
    }

    @Test
    void showAMemberTheHistoryFromTheTimeTheyJoined() {
        steps.say(sam, group, "before pete");
        test.clock().advance(Duration.ofMinutes(1));
        UserId pete = test.user("pete_01");
        steps.selfJoin(group, pete);
        Message after = steps.say(rita, group, "welcome pete");

        List<Message> petes = history(pete, null, 10).rows();

        assertEquals(List.of(after, steps.conversation(group).get(2)), petes);
        assertEquals(4, history(sam, null, 10).rows().size());
    }

    @Test
    void pageTheHistoryNewestFirst() {
        for (int i = 0; i < 4; i++) {
            steps.say(sam, group, "m" + i);
        }

        HistoryPage newest = history(rita, null, 2);
        HistoryPage older = history(rita, newest.rows().get(1).seq(), 10);

        assertEquals(List.of(5L, 4L), newest.rows().stream().map(Message::seq).toList());
        assertTrue(newest.hasMore());
        assertEquals(List.of(3L, 2L, 1L), older.rows().stream().map(Message::seq).toList());
        assertFalse(older.hasMore());
    }

    @Test
    void keepTheHistoryReadableForTheMembersOfADissolvedGroup() {
        steps.say(rita, group, "remember this");
        steps.leave(sam, group);

        assertEquals(3, history(tom, null, 10).rows().size());
    }

    @Test
    void listTheGroupAmongMyConversationsWithWhatIHaveNotRead() {
        steps.rename(sam, group, "Weekend");
        Message last = steps.say(rita, group, "saturday?");

        ConversationView line = groupLine(tom);

        assertEquals("Weekend", line.name());
        assertEquals(steps.group(group).avatar(), line.avatar());
        assertEquals(last, line.lastMessage());
        assertEquals(3, line.unread(), "the notices count, as every message does");
        assertEquals(2, groupLine(rita).unread(), "my own messages are never unread to me");
    }

    @Test
    void putTheMostRecentConversationFirstWhetherGroupOrNot() {
        test.relations().befriend(sam, "", tom, "");
        test.clock().advance(Duration.ofMinutes(1));
        test.send(sam, tom, "direct");
        test.clock().advance(Duration.ofMinutes(1));
        steps.say(rita, group, "group");

        List<ConversationView> toms = test.core().conversations().conversations(tom);

        assertEquals(List.of(ChatType.GROUP, ChatType.SINGLE), toms.stream().map(ConversationView::chatType).toList());
    }

    @Test
    void markTheGroupReadWithoutReceipts() {
        Message last = steps.say(rita, group, "read me");

        test.core().markRead().markRead(new MarkReadCommand(tom, ChatType.GROUP, group.value(), last.seq()));

        assertEquals(0, groupLine(tom).unread());
        assertEquals(List.of(), test.pusher().readReceipts());
        assertRefused(ReasonCode.NOT_GROUP_MEMBER, () -> test.core().markRead().markRead(new MarkReadCommand(
                test.user("olga_01"), ChatType.GROUP, group.value(), last.seq())));
    }

    @Test
    void recallAGroupMessageAndTellEveryOtherMember() {
        Message sent = steps.say(rita, group, "oops");
        test.pusher().forget();

        Message recalled = recall(rita, sent);

        assertTrue(recalled.recalled());
        assertEquals(MessageData.REMOVED, recalled.data());
        assertEquals(Set.of(sam, tom), steps.pushedTo(recalled));
        assertTrue(test.messages().byId(sent.id()).orElseThrow().recalled());
        assertEquals(List.of(sent.id()), test.messages().inboxOf(tom).stream()
                .filter(id -> id.equals(sent.id())).toList(), "one entry brings tom the recall");
    }

    @Test
    void letTheOwnerRecallAMembersMessageAndNobodyElse() {
        Message sent = steps.say(rita, group, "off topic");

        assertRefused(ReasonCode.NOT_MESSAGE_SENDER, () -> recall(tom, sent));
        test.pusher().forget();
        recall(sam, sent);

        assertEquals(Set.of(rita, tom), steps.pushedTo(sent), "the sender learns it too");
    }

    @Test
    void refuseRecallingANoticeOrOutsideTheWindow() {
        Message created = steps.conversation(group).get(0);
        assertRefused(ReasonCode.NOT_MESSAGE_SENDER, () -> recall(sam, created));

        Message sent = steps.say(rita, group, "too late");
        test.clock().advance(TestCore.RECALL_WINDOW.plusSeconds(1));
        assertRefused(ReasonCode.RECALL_WINDOW_PASSED, () -> recall(rita, sent));
        assertFalse(test.messages().byId(sent.id()).orElseThrow().recalled());
    }
}
