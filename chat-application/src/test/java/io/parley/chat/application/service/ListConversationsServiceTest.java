package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.ConversationView;
import io.parley.chat.application.port.in.MarkReadCommand;
import io.parley.chat.application.port.in.RecallMessageCommand;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ListConversationsServiceTest {
    private static final SendPolicy UNLIMITED = new SendPolicy(2, false);

    /** Users the core cannot find any more, as if their rows had been removed. */
    private final Set<UserId> gone = ConcurrentHashMap.newKeySet();
    private final TestCore test = TestCore.readingUsersThrough(users -> new LoadUserPort() {
        @Override
        public Optional<User> byId(UserId id) {
            return gone.contains(id) ? Optional.empty() : users.byId(id);
        }

        @Override
        public Optional<User> byUuid(String uuid) {
            return users.byUuid(uuid);
        }

        @Override
        public Optional<User> byUsername(String username) {
            return users.byUsername(username);
        }

        @Override
        public List<User> searchByUsername(String fragment, UserId except, PageRequest page) {
            return users.searchByUsername(fragment, except, page);
        }

        @Override
        public Optional<User> byDevice(DeviceId device) {
            return users.byDevice(device);
        }
    });
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final UserId tom = test.user("tom_01");

    private List<ConversationView> listOf(UserId me) {
        return test.core().conversations().conversations(me);
    }

    private void markRead(UserId reader, UserId peer, long seq) {
        test.core().markRead().markRead(new MarkReadCommand(reader, ChatType.SINGLE, peer.value(), seq));
    }

    private static List<Long> peers(List<ConversationView> list) {
        return list.stream().map(ConversationView::id).toList();
    }

    @Test
    void listMyConversationsMostRecentFirstWithTheirLastMessageAndWhatIHaveNotRead() {
        test.relations().befriend(sam, "", rita, "");
        Instant start = test.clock().now();
        test.send(rita, sam, "a");
        test.clock().advance(Duration.ofMinutes(1));
        Message toTom = test.send(sam, tom, "b");
        test.clock().advance(Duration.ofMinutes(1));
        Message last = test.send(rita, sam, "c");

        List<ConversationView> sams = listOf(sam);

        assertEquals(List.of(rita.value(), tom.value()), peers(sams));
        ConversationView withRita = sams.get(0);
        assertEquals(ChatType.SINGLE, withRita.chatType());
        assertEquals(last, withRita.lastMessage());
        assertEquals(2, withRita.unread());
        assertEquals(start.plus(Duration.ofMinutes(2)), withRita.updatedAt());
        ConversationView withTom = sams.get(1);
        assertEquals(toTom, withTom.lastMessage());
        assertEquals(0, withTom.unread(), "my own message is not unread to me");
        assertEquals(start.plus(Duration.ofMinutes(1)), withTom.updatedAt());

        List<ConversationView> toms = listOf(tom);
        assertEquals(List.of(sam.value()), peers(toms));
        assertEquals(1, toms.get(0).unread());
    }

    @Test
    void bringAConversationToTheTopWhenItIsWrittenTo() {
        test.chatSettings(rita, UNLIMITED, UNLIMITED);
        test.chatSettings(tom, UNLIMITED, UNLIMITED);
        test.send(sam, rita, "a");
        test.clock().advance(Duration.ofSeconds(1));
        test.send(sam, tom, "b");
        assertEquals(List.of(tom.value(), rita.value()), peers(listOf(sam)));

        test.clock().advance(Duration.ofSeconds(1));
        test.send(sam, rita, "c");

        assertEquals(List.of(rita.value(), tom.value()), peers(listOf(sam)));
    }

    @Test
    void nameEachPeerAsIKnowThemWithTheirAvatar() {
        test.relations().addEntry(sam, rita, "Ri");
        test.nickname(rita, "Rita");
        test.nickname(tom, "Tommy");
        UserId una = test.user("una_01");
        test.send(rita, sam, "a");
        test.clock().advance(Duration.ofSeconds(1));
        test.send(tom, sam, "b");
        test.clock().advance(Duration.ofSeconds(1));
        test.send(una, sam, "c");

        List<ConversationView> sams = listOf(sam);

        assertEquals(List.of(una.value(), tom.value(), rita.value()), peers(sams));
        assertEquals(List.of("una_01", "Tommy", "Ri"), sams.stream().map(ConversationView::name).toList());
        assertEquals(List.of(test.stored(una).avatar(), test.stored(tom).avatar(), test.stored(rita).avatar()),
                sams.stream().map(ConversationView::avatar).toList());
        // rita has no remark for sam: his own name
        assertEquals("sam_01", listOf(rita).get(0).name());
    }

    @Test
    void countWhatIHaveNotReadSinceMyReadPointer() {
        test.relations().befriend(sam, "", rita, "");
        for (int i = 0; i < 4; i++) {
            test.send(rita, sam, "m" + i);
        }

        markRead(sam, rita, 1);
        assertEquals(3, listOf(sam).get(0).unread());
        markRead(sam, rita, 4);
        assertEquals(0, listOf(sam).get(0).unread());
        markRead(sam, rita, 2);
        assertEquals(0, listOf(sam).get(0).unread(), "the pointer never moves back");

        test.send(sam, rita, "mine");
        test.send(rita, sam, "new");
        assertEquals(1, listOf(sam).get(0).unread());
        assertEquals(1, listOf(rita).get(0).unread(), "rita has not read the one message sam sent");
    }

    @Test
    void showARecalledLastMessageAsStoredWithoutAnUnreadOfItsOwn() {
        test.relations().befriend(sam, "", rita, "");
        Message sent = test.send(sam, rita, "oops");
        markRead(rita, sam, sent.seq());

        test.core().recallMessage().recall(new RecallMessageCommand(sam, sent.id(), null, null));

        ConversationView ritas = listOf(rita).get(0);
        assertTrue(ritas.lastMessage().recalled());
        assertEquals(sent.id(), ritas.lastMessage().id());
        assertEquals(0, ritas.unread());
    }

    @Test
    void leaveOutConversationsWithoutMessages() {
        test.core().followUser().follow(new RelationCommand(sam, tom));

        assertEquals(List.of(), listOf(sam));
        assertEquals(List.of(), listOf(tom));
    }

    @Test
    void listNotesToSelfAsNeverUnread() {
        test.send(sam, sam, "remember");

        List<ConversationView> sams = listOf(sam);

        assertEquals(List.of(sam.value()), peers(sams));
        assertEquals(0, sams.get(0).unread());
    }

    @Test
    void keepAConversationWhosePeerIsGoneUnderTheNamesItLastCarried() {
        test.nickname(rita, "Rita");
        Message fromRita = test.send(rita, sam, "bye");
        gone.add(rita);

        ConversationView withRita = listOf(sam).get(0);

        assertEquals(rita.value(), withRita.id());
        assertEquals(fromRita.fromName(), withRita.name());
        assertEquals(fromRita.fromAvatar(), withRita.avatar());
        assertEquals("Rita", withRita.name());
    }
}
