package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.RecordedDisconnects.Disconnect;
import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.AuthenticatedUser;
import io.parley.chat.application.port.in.LoginCommand;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.in.MarkReadCommand;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A node cut off from presence and the bus (Redis down) keeps serving its own users: sends are stored and pushed
 * here, connects bring the inbox, logins and logouts close the sockets here; what other nodes would have carried
 * waits in the inbox. No such failure reaches a caller.
 */
class ClusterDownTest {
    private final TestCore node = TestCore.withClusterDown();
    private UserId sam;
    private UserId rita;

    @BeforeEach
    void strangersWhoMayWrite() {
        sam = node.user("sam_01");
        rita = node.user("rita_01");
        node.chatSettings(rita, new SendPolicy(2, false), new SendPolicy(2, false));
    }

    @Test
    void pushToAUserConnectedHere() {
        node.pusher().connectLegacy(rita);
        node.core().userConnected().connected(rita, "c-1");

        Message sent = node.send(sam, rita, "hi");

        assertEquals(List.of(sent.id()), node.pusher().idsPushedTo(rita));
        assertEquals(List.of(), node.messages().inboxOf(rita));
    }

    @Test
    void keepWhatIsForAUserElsewhereInTheInbox() {
        Message sent = node.send(sam, rita, "hi");

        assertEquals(List.of(sent.id()), node.messages().inboxOf(rita));
        assertEquals(0, node.core().deliverPending().deliverPending(rita));
    }

    @Test
    void bringTheInboxWithAConnectAndLetItClose() {
        node.send(sam, rita, "while away");
        node.pusher().connectLegacy(rita);

        assertEquals(1, node.core().userConnected().connected(rita, "c-1"));
        node.core().userDisconnected().disconnected(rita, "c-1");

        assertEquals(List.of(), node.messages().inboxOf(rita), "written to the socket here, so delivered");
    }

    @Test
    void passReadReceiptsHereOnly() {
        Message sent = node.send(sam, rita, "hi");

        node.core().markRead().markRead(new MarkReadCommand(rita, ChatType.SINGLE, sam.value(), sent.seq()));

        assertEquals(1, node.pusher().readReceipts().size());
    }

    @Test
    void closeTheSocketsHereAtLoginAndLogout() {
        node.disconnects().forget();
        LoginResult login = node.core().login().login(LoginCommand.of("rita_01", "secret1", "10.0.0.9"));
        AuthenticatedUser caller = node.core().authenticate().authenticate(login.token());

        node.core().logout().logout(caller);

        assertEquals(List.of(new Disconnect(rita, DisconnectReason.REPLACED),
                new Disconnect(rita, DisconnectReason.LOGGED_OUT)), node.disconnects().all());
    }
}
