package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.RecordedDisconnects.Disconnect;
import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.AuthenticatedUser;
import io.parley.chat.application.port.in.LoginCommand;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.in.MarkReadCommand;
import io.parley.chat.application.port.out.PresencePort;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes sharing stores, presence and the bus: a message reaches its recipient on whichever node holds the
 * connection, and waits in the inbox when none does, whatever presence believes; a user's connections are closed on
 * whichever node holds them.
 */
class TwoNodesTest {
    private final TestCore one = TestCore.create();
    private final TestCore two = one.anotherNode("node-2");
    private UserId sam;
    private UserId rita;

    @BeforeEach
    void strangersWhoMayWrite() {
        sam = one.user("sam_01");
        rita = one.user("rita_01");
        one.chatSettings(rita, new SendPolicy(2, false), new SendPolicy(2, false));
    }

    @Test
    void reachTheRecipientOnTheNodeThatHoldsTheConnection() {
        two.pusher().connectLegacy(rita);
        two.core().userConnected().connected(rita, "c-1");

        Message sent = one.send(sam, rita, "hi");

        assertEquals(List.of(sent.id()), two.pusher().idsPushedTo(rita));
        assertEquals(List.of(sent.id()), one.pusher().idsPushedTo(rita), "asked here first, nobody here");
        assertEquals(List.of(), one.messages().inboxOf(rita), "written on node-2, settled there");
    }

    @Test
    void keepTheEntryUntilTheAckWhicheverNodeTakesIt() {
        two.pusher().connectAckMode(rita);
        two.core().userConnected().connected(rita, "c-1");

        Message sent = one.send(sam, rita, "hi");
        assertEquals(List.of(sent.id()), one.messages().inboxOf(rita));

        one.core().acknowledgeMessages().acknowledge(rita, List.of(sent.id().value()));
        assertEquals(List.of(), one.messages().inboxOf(rita));
    }

    @Test
    void askTheNodeThatHoldsTheConnectionToPushWhatWaits() {
        List<MessageId> waiting = IntStream.range(0, 3).mapToObj(i -> one.send(sam, rita, "m" + i).id()).toList();
        two.pusher().connectLegacy(rita);
        two.presence().arrived(rita, new PresencePort.Location("node-2", "c-1"));

        assertEquals(0, one.core().deliverPending().deliverPending(rita), "nothing goes to a connection here");

        assertEquals(waiting, two.pusher().idsPushedTo(rita));
        assertEquals(List.of(), one.messages().inboxOf(rita));
    }

    @Test
    void passTheReadReceiptToTheNodeThatHoldsThePeer() {
        Message sent = one.send(sam, rita, "hi");
        two.pusher().connectLegacy(sam);
        two.core().userConnected().connected(sam, "c-7");

        one.core().markRead().markRead(new MarkReadCommand(rita, ChatType.SINGLE, sam.value(), sent.seq()));

        assertEquals(List.of(Map.entry(sam, new ReadReceipt(ChatType.SINGLE, rita.value(), rita.value(), 1))),
                two.pusher().readReceipts());
    }

    @Test
    void leaveTheMessageInTheInboxOnceTheConnectionClosed() {
        two.pusher().connectLegacy(rita);
        two.core().userConnected().connected(rita, "c-1");
        two.pusher().disconnect(rita);
        two.core().userDisconnected().disconnected(rita, "c-1");

        Message sent = one.send(sam, rita, "hi");

        assertEquals(Optional.empty(), one.presence().whereIs(rita));
        assertEquals(List.of(), two.pusher().idsPushedTo(rita));
        assertEquals(List.of(sent.id()), one.messages().inboxOf(rita));
    }

    @Test
    void neverForgetANewerConnectionForAnOlderOnesLateClose() {
        two.core().userConnected().connected(rita, "c-1");
        one.pusher().connectLegacy(rita);
        one.core().userConnected().connected(rita, "c-2");
        two.core().userDisconnected().disconnected(rita, "c-1");

        Message sent = two.send(sam, rita, "hi");

        assertEquals(Optional.of(new PresencePort.Location("node-1", "c-2")), one.presence().whereIs(rita));
        assertTrue(one.pusher().idsPushedTo(rita).contains(sent.id()));
        assertEquals(List.of(), one.messages().inboxOf(rita));
    }

    @Test
    void loseNothingWhenPresenceIsStale() {
        // node-2 went away without saying so: presence still points there, nobody is connected
        two.presence().arrived(rita, new PresencePort.Location("node-2", "c-1"));

        Message sent = one.send(sam, rita, "hi");

        assertEquals(List.of(sent.id()), two.pusher().idsPushedTo(rita), "tried there");
        assertEquals(List.of(sent.id()), one.messages().inboxOf(rita), "and kept for the next connect");
    }

    @Test
    void bringTheWaitingMessagesWithTheConnect() {
        List<MessageId> waiting = IntStream.range(0, 2).mapToObj(i -> one.send(sam, rita, "m" + i).id()).toList();
        two.pusher().connectLegacy(rita);

        assertEquals(2, two.core().userConnected().connected(rita, "c-1"));

        assertEquals(waiting, two.pusher().idsPushedTo(rita));
        assertEquals(Optional.of(new PresencePort.Location("node-2", "c-1")), one.presence().whereIs(rita));
    }

    @Test
    void kickTheOldConnectionOnTheOtherNodeWhenTheUserConnectsAgain() {
        one.core().userConnected().connected(rita, "c-1");
        one.disconnects().forget();

        two.core().userConnected().connected(rita, "c-2");

        assertEquals(List.of(new Disconnect(rita, DisconnectReason.REPLACED, Optional.of("c-1"))),
                one.disconnects().all(), "node-1 closes exactly the replaced connection");
        assertEquals(List.of(), two.disconnects().all(), "node-2's own registry keeps the new one");
        assertEquals(Optional.of(new PresencePort.Location("node-2", "c-2")), one.presence().whereIs(rita));
    }

    @Test
    void keepTheNewConnectionWhenTheKickedOneClosesLate() {
        one.core().userConnected().connected(rita, "c-1");
        two.pusher().connectLegacy(rita);
        two.core().userConnected().connected(rita, "c-2");

        one.core().userDisconnected().disconnected(rita, "c-1");
        Message sent = one.send(sam, rita, "hi");

        assertEquals(Optional.of(new PresencePort.Location("node-2", "c-2")), one.presence().whereIs(rita));
        assertEquals(List.of(sent.id()), two.pusher().idsPushedTo(rita));
    }

    @Test
    void askNoNodeToCloseAnythingWhenTheUserConnectsAgainOnTheSameNode() {
        one.core().userConnected().connected(rita, "c-1");
        one.disconnects().forget();

        one.core().userConnected().connected(rita, "c-2");

        assertEquals(List.of(), one.disconnects().all(), "this node's registry replaced it already");
        assertEquals(List.of(), two.disconnects().all());
    }

    @Test
    void closeTheSocketOnTheOtherNodeAtLogout() {
        LoginResult login = one.core().login().login(LoginCommand.of("rita_01", "secret1", "10.0.0.9"));
        AuthenticatedUser caller = one.core().authenticate().authenticate(login.token());
        two.core().userConnected().connected(rita, "c-1");
        one.disconnects().forget();

        one.core().logout().logout(caller);

        assertEquals(List.of(new Disconnect(rita, DisconnectReason.LOGGED_OUT)), one.disconnects().all());
        assertEquals(List.of(new Disconnect(rita, DisconnectReason.LOGGED_OUT)), two.disconnects().all());
    }

    @Test
    void closeTheSocketOnTheOtherNodeAsReplacedAtANewLogin() {
        two.core().userConnected().connected(rita, "c-1");
        two.disconnects().forget();

        one.core().login().login(LoginCommand.of("rita_01", "secret1", "10.0.0.9"));

        assertEquals(List.of(new Disconnect(rita, DisconnectReason.REPLACED)), two.disconnects().all());
    }

    @Test
    void pushWhatWaitsForTheUsersHereWhenTheBusComesBack() {
        two.pusher().connectLegacy(rita);
        two.core().userConnected().connected(rita, "c-1");
        // published while the bus was down: stored, never forwarded
        one.presence().left(rita, new PresencePort.Location("node-2", "c-1"));
        Message lost = one.send(sam, rita, "while the bus was away");
        assertEquals(List.of(), two.pusher().idsPushedTo(rita));

        two.bus().recovered("node-2");

        assertEquals(List.of(lost.id()), two.pusher().idsPushedTo(rita));
        assertEquals(List.of(), one.messages().inboxOf(rita));
    }
}
