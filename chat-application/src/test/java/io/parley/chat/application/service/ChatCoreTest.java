package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.chat.application.contract.MutableClock;
import io.parley.chat.application.fixtures.FakeContentSniffer;
import io.parley.chat.application.fixtures.FakePasswordHasher;
import io.parley.chat.application.fixtures.FakeTokens;
import io.parley.chat.application.fixtures.InMemoryGroups;
import io.parley.chat.application.fixtures.InMemoryMediaStore;
import io.parley.chat.application.fixtures.InMemoryMessages;
import io.parley.chat.application.fixtures.InMemoryRelations;
import io.parley.chat.application.fixtures.InMemoryUsers;
import io.parley.chat.application.fixtures.RecordingPusher;
import io.parley.chat.application.fixtures.RecordedDisconnects;
import io.parley.chat.application.local.InMemoryMessageBus;
import io.parley.chat.application.local.InMemoryPresence;
import io.parley.chat.application.local.InMemoryRateLimiter;
import io.parley.chat.application.local.InMemorySessionStore;
import io.parley.chat.application.local.RandomIds;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChatCoreTest {
    private static final ChatCore.Settings SETTINGS = new ChatCore.Settings(Duration.ofDays(30), "salt", 100,
            Duration.ofMinutes(5), 500);

    private static ChatCore.Builder allPortsBut(String missing) {
        MutableClock clock = MutableClock.atNow();
        InMemoryUsers users = new InMemoryUsers();
        ChatCore.Builder builder = ChatCore.builder();
        builder.loadUsers("loadUsers".equals(missing) ? null : users)
                .saveUsers("saveUsers".equals(missing) ? null : users)
                .sessions("sessions".equals(missing) ? null : new InMemorySessionStore(clock))
                .tokens("tokens".equals(missing) ? null : new FakeTokens(clock))
                .passwords("passwords".equals(missing) ? null : new FakePasswordHasher())
                .rateLimits("rateLimits".equals(missing) ? null : new InMemoryRateLimiter(clock))
                .clock("clock".equals(missing) ? null : clock)
                .ids("ids".equals(missing) ? null : new RandomIds())
                .connections("connections".equals(missing) ? null : new RecordedDisconnects())
                .settings("settings".equals(missing) ? null : SETTINGS);
        InMemoryRelations relations = new InMemoryRelations(users);
        InMemoryGroups groups = new InMemoryGroups(users);
        InMemoryMessages messages = new InMemoryMessages(groups::membership);
        builder.friendships("friendships".equals(missing) ? null : relations)
                .friendRequests("friendRequests".equals(missing) ? null : relations)
                .blocks("blocks".equals(missing) ? null : relations)
                .follows("follows".equals(missing) ? null : relations)
                .senderRelations("senderRelations".equals(missing) ? null : relations)
                .messages("messages".equals(missing) ? null : messages)
                .inbox("inbox".equals(missing) ? null : messages)
                .pusher("pusher".equals(missing) ? null : new RecordingPusher())
                .conversations("conversations".equals(missing) ? null : messages)
                .groups("groups".equals(missing) ? null : groups)
                .groupMessages("groupMessages".equals(missing) ? null : messages)
                .node("node".equals(missing) ? null : "node-1")
                .presence("presence".equals(missing) ? null : new InMemoryPresence())
                .messageBus("messageBus".equals(missing) ? null : new InMemoryMessageBus())
                .mediaStore("mediaStore".equals(missing) ? null : new InMemoryMediaStore(clock))
                .contentSniffer("contentSniffer".equals(missing) ? null : new FakeContentSniffer());
        return builder;
    }

    @Test
    void refuseToBuildWithoutAPortNamingIt() {
        for (String port : new String[] {"loadUsers", "saveUsers", "sessions", "tokens", "passwords", "rateLimits",
            "clock", "ids", "connections", "settings", "friendships", "friendRequests", "blocks", "follows",
            "senderRelations", "messages", "inbox", "pusher", "conversations", "groups", "groupMessages", "node",
            "presence", "messageBus", "mediaStore", "contentSniffer"}) {
            NullPointerException missing = assertThrows(NullPointerException.class,
                    () -> allPortsBut(port).build(), port);
            assertEquals(port, missing.getMessage());
        }
    }

    @Test
    void buildWithEveryPortAndHandOutEveryUseCase() {
        ChatCore core = allPortsBut("none").build();
        for (Object useCase : new Object[] {core.sendMessage(), core.deliverPending(), core.userConnected(),
            core.userDisconnected(), core.acknowledgeMessages(),
            core.followUser(), core.unfollowUser(), core.blockUser(), core.unblockUser(), core.toggleBlacklist(),
            core.contactEntry(), core.listFollowees(), core.listFollowers(), core.listBlocked(), core.history(),
            core.conversations(), core.markRead(), core.recallMessage(), core.searchUsers(), core.pendingRequest(),
            core.applyFriend(), core.autoAddFriend(), core.friendRequests(), core.handleFriendRequest(),
            core.friends(), core.friendInfo(), core.toggleStar(), core.setFriendVisibility(), core.deleteFriend(),
            core.userSetInfo(), core.createGroup(), core.myGroups(), core.groupInfo(), core.renameGroup(),
            core.announce(), core.setGroupNickname(), core.kickMember(), core.decideJoin(), core.muteMember(),
            core.setJoinPolicy(), core.joinGroup(), core.leaveGroup(), core.groupQrText(), core.userQrText(), core.uploadMedia(), core.media()}) {
            assertNotNull(useCase);
        }
    }

    @Test
    void refuseAnUploadLimitBelowOneByte() {
        assertThrows(IllegalArgumentException.class, () -> allPortsBut("none").maxUploadBytes(0));
    }

    @Test
    void refuseANullDeliveryExecutor() {
        assertThrows(NullPointerException.class, () -> allPortsBut("none").deliveryExecutor(null));
    }

    @Test
    void refuseSettingsThatCannotWork() {
        Duration recall = Duration.ofMinutes(5);
        assertThrows(IllegalArgumentException.class,
                () -> new ChatCore.Settings(Duration.ZERO, "salt", 100, recall, 500));
        assertThrows(IllegalArgumentException.class,
                () -> new ChatCore.Settings(Duration.ofDays(-1), "salt", 100, recall, 500));
        assertThrows(IllegalArgumentException.class,
                () -> new ChatCore.Settings(Duration.ofDays(1), "salt", 0, recall, 500));
        assertThrows(NullPointerException.class, () -> new ChatCore.Settings(Duration.ofDays(1), null, 1, recall, 500));
        assertThrows(IllegalArgumentException.class,
                () -> new ChatCore.Settings(Duration.ofDays(1), "salt", 1, Duration.ZERO, 500));
        assertThrows(IllegalArgumentException.class,
                () -> new ChatCore.Settings(Duration.ofDays(1), "salt", 1, Duration.ofSeconds(-1), 500));
        assertThrows(NullPointerException.class, () -> new ChatCore.Settings(Duration.ofDays(1), "salt", 1, null, 500));
        assertThrows(IllegalArgumentException.class,
                () -> new ChatCore.Settings(Duration.ofDays(1), "salt", 1, recall, 1));
    }
}
