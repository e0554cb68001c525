package io.parley.chat.domain.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.settings.ChatSettings;
import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.settings.UserSettings;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserInfo;
import io.parley.chat.domain.user.UserStatus;
import io.parley.chat.domain.user.Username;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of API.md j.3, for a visitor sender and for a registered sender: the decision and, when allowed, the
 * names the message carries. Each row states only what differs from "a stranger writes to an enabled recipient
 * who has no chat settings, for the first time".
 */
class SendabilityTableTest {
    private static final Instant AT = Instant.parse("2024-06-01T10:00:00Z");
    private static final UserId SENDER = UserId.of(10);
    private static final UserId RECIPIENT = UserId.of(20);

    static Stream<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        for (Role role : Role.values()) {
            String who = role.wireName() + ": ";
            // 1. recipient missing or disabled, whatever else holds
            rows.add(row(who + "recipient missing", from(role).recipientMissing(),
                    ReasonCode.RECIPIENT_UNAVAILABLE));
            rows.add(row(who + "recipient disabled", from(role).recipientDisabled(),
                    ReasonCode.RECIPIENT_UNAVAILABLE));
            rows.add(row(who + "recipient disabled, even for a friend", from(role).recipientDisabled().friend(),
                    ReasonCode.RECIPIENT_UNAVAILABLE));
            // 2. blocks, with and without friendship, before every allowance
            rows.add(row(who + "blocked, no friendship", from(role).blocked(), ReasonCode.BLACKLISTED));
            rows.add(row(who + "blocked, friend", from(role).blocked().friend(), ReasonCode.BLACKLISTED));
            rows.add(row(who + "blocked, unlimited strangers", from(role).blocked().policy(2, false),
                    ReasonCode.BLACKLISTED));
            rows.add(row(who + "blocked, conversation open", from(role).blocked().open(), ReasonCode.BLACKLISTED));
            // 3. the recipient's contacts may write, whatever the chat settings say
            rows.add(row(who + "friend, strangers forbidden", from(role).friend().policy(0, false), ALLOWED));
            rows.add(row(who + "friend, follow asked and not following", from(role).friend().policy(1, true),
                    ALLOWED));
            rows.add(row(who + "friend, many messages sent already", from(role).friend().sent(7), ALLOWED));
            rows.add(row(who + "only the sender has the recipient in contacts", from(role).sendersEntry()
                    .policy(0, false), role == Role.VISITOR ? ReasonCode.LOGIN_REQUIRED
                            : ReasonCode.FRIENDSHIP_REQUIRED));
            // 4a. needFollow
            rows.add(row(who + "follow asked, not following", from(role).policy(2, true),
                    ReasonCode.FOLLOW_REQUIRED));
            rows.add(row(who + "follow asked, not following, strangers forbidden", from(role).policy(0, true),
                    ReasonCode.FOLLOW_REQUIRED));
            rows.add(row(who + "follow asked, following, unlimited", from(role).policy(2, true).following(),
                    ALLOWED));
            rows.add(row(who + "follow asked, following, strangers forbidden", from(role).policy(0, true)
                    .following(), role == Role.VISITOR ? ReasonCode.LOGIN_REQUIRED : ReasonCode.FRIENDSHIP_REQUIRED));
            rows.add(row(who + "follow asked, following, first message", from(role).policy(1, true).following(),
                    ALLOWED));
            rows.add(row(who + "follow asked, following, second message", from(role).policy(1, true).following()
                    .sent(1), ReasonCode.ONE_MESSAGE_LIMIT));
            rows.add(row(who + "follow asked, replied to but not following", from(role).policy(1, true).open(),
                    ReasonCode.FOLLOW_REQUIRED));
            rows.add(row(who + "following without being asked to", from(role).policy(1, false).following().sent(1),
                    ReasonCode.ONE_MESSAGE_LIMIT));
            // 4b. sendCount 0
            rows.add(row(who + "strangers forbidden", from(role).policy(0, false),
                    role == Role.VISITOR ? ReasonCode.LOGIN_REQUIRED : ReasonCode.FRIENDSHIP_REQUIRED));
            rows.add(row(who + "strangers forbidden, even after a reply", from(role).policy(0, false).open(),
                    role == Role.VISITOR ? ReasonCode.LOGIN_REQUIRED : ReasonCode.FRIENDSHIP_REQUIRED));
            // 4c. sendCount 1: one message until a reply or a follow
            rows.add(row(who + "one message: the first", from(role).policy(1, false), ALLOWED));
            rows.add(row(who + "one message: the second", from(role).policy(1, false).sent(1),
                    ReasonCode.ONE_MESSAGE_LIMIT));
            rows.add(row(who + "one message: the tenth", from(role).policy(1, false).sent(9),
                    ReasonCode.ONE_MESSAGE_LIMIT));
            rows.add(row(who + "one message: after a reply", from(role).policy(1, false).sent(1).open(), ALLOWED));
            rows.add(row(who + "one message: many after a reply", from(role).policy(1, false).sent(30).open(),
                    ALLOWED));
            rows.add(row(who + "one message: the recipient follows the sender", from(role).policy(1, false).sent(1)
                    .followedBack(), ALLOWED));
            rows.add(row(who + "one message: opened by a follow that has ended", from(role).policy(1, false).sent(3)
                    .open(), ALLOWED));
            // 4d. sendCount 2
            rows.add(row(who + "unlimited: the first", from(role).policy(2, false), ALLOWED));
            rows.add(row(who + "unlimited: the hundredth", from(role).policy(2, false).sent(99), ALLOWED));
            // defaults: no chatset at all reads as {sendCount: 1, needFollow: false}
            rows.add(row(who + "no chatset: the first", from(role).noChatset(), ALLOWED));
            rows.add(row(who + "no chatset: the second", from(role).noChatset().sent(1),
                    ReasonCode.ONE_MESSAGE_LIMIT));
            rows.add(row(who + "no chatset: after a reply", from(role).noChatset().sent(1).open(), ALLOWED));
            rows.add(row(who + "no chatset: recipient follows", from(role).noChatset().sent(1).followedBack(),
                    ALLOWED));
            // 5. note to self, whatever one's own settings say
            rows.add(row(who + "note to self", from(role).toSelf(), ALLOWED));
            rows.add(row(who + "note to self, strangers forbidden, follow asked", from(role).toSelf()
                    .policy(0, true), ALLOWED));
            rows.add(row(who + "note to self, many times", from(role).toSelf().policy(1, false).sent(12), ALLOWED));
        }
        // the setting for the sender's stored role applies, not the other one
        rows.add(row("visitor: only visitors forbidden", from(Role.VISITOR).settings(new SendPolicy(0, false),
                new SendPolicy(2, false)), ReasonCode.LOGIN_REQUIRED));
        rows.add(row("user: only visitors forbidden", from(Role.USER).settings(new SendPolicy(0, false),
                new SendPolicy(2, false)), ALLOWED));
        rows.add(row("visitor: only users forbidden", from(Role.VISITOR).settings(new SendPolicy(2, false),
                new SendPolicy(0, false)), ALLOWED));
        rows.add(row("user: only users forbidden", from(Role.USER).settings(new SendPolicy(2, false),
                new SendPolicy(0, false)), ReasonCode.FRIENDSHIP_REQUIRED));
        rows.add(row("visitor: only users must follow", from(Role.VISITOR).settings(new SendPolicy(2, false),
                new SendPolicy(2, true)), ALLOWED));
        rows.add(row("user: only users must follow", from(Role.USER).settings(new SendPolicy(2, false),
                new SendPolicy(2, true)), ReasonCode.FOLLOW_REQUIRED));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decideEveryRowOfTheTable(String rule, Case given, Optional<ReasonCode> deniedFor) {
        SendDecision decision = Sendability.decide(given.facts(), given.conversation());

        assertEquals(deniedFor.isEmpty(), decision.isAllowed(), () -> rule + ": " + decision);
        deniedFor.ifPresent(reason -> assertEquals(new SendDecision.Denied(reason), decision, rule));
    }

    @Test
    void nameBothSidesByTheRemarkTheOtherSideGave() {
        Case given = from(Role.USER).nicknames("Sam", "Rita").remarks("my colleague Sam", "boss");

        SendDecision decision = Sendability.decide(given.facts(), given.conversation());

        assertEquals(new SendDecision.Allowed("my colleague Sam", "boss"), decision);
    }

    @Test
    void nameByNicknameWhenThereIsNoRemark() {
        Case given = from(Role.USER).nicknames("Sam", "Rita").remarks("", "").policy(2, false);

        assertEquals(new SendDecision.Allowed("Sam", "Rita"), Sendability.decide(given.facts(),
                given.conversation()));
    }

    @Test
    void nameByUsernameWhenThereIsNeitherRemarkNorNickname() {
        Case given = from(Role.VISITOR).policy(2, false);

        assertEquals(new SendDecision.Allowed("VISsender1", "recipient_20"),
                Sendability.decide(given.facts(), given.conversation()));
    }

    @Test
    void nameEachSideIndependently() {
        Case onlyTheRecipientGaveARemark = from(Role.USER).nicknames("Sam", "Rita").remarks("Sammy", "");
        Case onlyTheSenderGaveARemark = from(Role.USER).nicknames("", "Rita").sendersEntry().remarks(null, "boss")
                .policy(2, false);

        assertEquals(new SendDecision.Allowed("Sammy", "Rita"), Sendability.decide(
                onlyTheRecipientGaveARemark.facts(), onlyTheRecipientGaveARemark.conversation()));
        assertEquals(new SendDecision.Allowed("user_sender", "boss"), Sendability.decide(
                onlyTheSenderGaveARemark.facts(), onlyTheSenderGaveARemark.conversation()));
    }

    @Test
    void nameANoteToSelfByOwnName() {
        Case given = from(Role.USER).nicknames("Sam", "ignored").toSelf();

        assertEquals(new SendDecision.Allowed("Sam", "Sam"), Sendability.decide(given.facts(),
                given.conversation()));
    }

    @Test
    void preferRemarkOverNicknameOverUsername() {
        User withNickname = user(Role.USER, SENDER).withNickname("Sam", AT);
        User withoutNickname = user(Role.USER, SENDER);

        assertEquals("Sammy", DisplayNames.of(withNickname, Optional.of(entry(RECIPIENT, SENDER, "Sammy"))));
        assertEquals("Sam", DisplayNames.of(withNickname, Optional.of(entry(RECIPIENT, SENDER, ""))));
        assertEquals("Sam", DisplayNames.of(withNickname, Optional.empty()));
        assertEquals("user_sender", DisplayNames.of(withoutNickname, Optional.of(entry(RECIPIENT, SENDER, ""))));
        assertEquals("user_sender", DisplayNames.of(withoutNickname, Optional.empty()));
    }

    private static final Optional<ReasonCode> ALLOWED = Optional.empty();

    private static Arguments row(String rule, Case given, ReasonCode denied) {
        return Arguments.of(rule, given, Optional.of(denied));
    }

    private static Arguments row(String rule, Case given, Optional<ReasonCode> expected) {
        return Arguments.of(rule, given, expected);
    }

    private static Case from(Role role) {
        return new Case(role);
    }

    private static User user(Role role, UserId id) {
        NewUser created = role == Role.VISITOR
                ? NewUser.visitor("uuid-" + id, new Username(id.equals(SENDER) ? "VISsender1" : "VISrecipient"),
                        "hash", new DeviceId("device-" + id + "-".repeat(36 - 7 - id.toString().length())),
                        DeviceInfo.UNKNOWN, "10.0.0.1", AT)
                : NewUser.registered("uuid-" + id, new Username(id.equals(SENDER) ? "user_sender" : "recipient_" + id),
                        "hash", "10.0.0.1", AT);
        return created.withId(id, UserInfo.EMPTY);
    }

    private static Friendship entry(UserId owner, UserId friend, String remark) {
        return new Friendship(owner.value() * 100 + friend.value(), owner, friend, remark, true, true, false);
    }

    /** One situation of the table, built from the defaults by the steps a row names. */
    static final class Case {
        private final Role senderRole;
        private boolean recipientMissing;
        private boolean recipientDisabled;
        private boolean toSelf;
        private boolean blocked;
        private boolean friend;
        private boolean sendersEntry;
        private boolean following;
        private boolean followedBack;
        private boolean open;
        private long sent;
        private ChatSettings chatset = ChatSettings.DEFAULT;
        private boolean chatsetGiven;
        private String senderNickname = "";
        private String recipientNickname = "";
        private String recipientsRemark = "";
        private String sendersRemark = "";

        Case(Role senderRole) {
            this.senderRole = senderRole;
        }

        Case recipientMissing() {
            recipientMissing = true;
            return this;
        }

        Case recipientDisabled() {
            recipientDisabled = true;
            return this;
        }

        Case toSelf() {
            toSelf = true;
            return this;
        }

        Case blocked() {
            blocked = true;
            return this;
        }

        /** The recipient has the sender in their contacts (R → S). */
        Case friend() {
            friend = true;
            return this;
        }

        /** The sender has the recipient in their contacts (S → R), which alone makes nobody a friend of R. */
        Case sendersEntry() {
            sendersEntry = true;
            return this;
        }

        Case following() {
            following = true;
            return this;
        }

        Case followedBack() {
            followedBack = true;
            return this;
        }

        /** The recipient has written to the sender, or followed them once. */
        Case open() {
            open = true;
            return this;
        }

        Case sent(long messages) {
            sent = messages;
            return this;
        }

        /** The recipient's rule for senders of this case's role; the other role gets the opposite extreme. */
        Case policy(int sendCount, boolean needFollow) {
            SendPolicy mine = new SendPolicy(sendCount, needFollow);
            SendPolicy other = new SendPolicy(sendCount == 2 ? 0 : 2, !needFollow);
            return senderRole == Role.VISITOR ? settings(mine, other) : settings(other, mine);
        }

        Case settings(SendPolicy forVisitors, SendPolicy forUsers) {
            chatset = new ChatSettings(forVisitors, forUsers);
            chatsetGiven = true;
            return this;
        }

        Case noChatset() {
            chatset = ChatSettings.DEFAULT;
            chatsetGiven = false;
            return this;
        }

        Case nicknames(String sender, String recipient) {
            senderNickname = sender;
            recipientNickname = recipient;
            return this;
        }

        /**
         * @param recipientsRemark the remark R gave S (makes S R's friend unless null)
         * @param sendersRemark the remark S gave R (only when S has R in contacts)
         */
        Case remarks(String recipientsRemark, String sendersRemark) {
            if (recipientsRemark != null) {
                friend = true;
                this.recipientsRemark = recipientsRemark;
            }
            sendersEntry = true;
            this.sendersRemark = sendersRemark;
            return this;
        }

        DirectMessageFacts facts() {
            User sender = user(senderRole, SENDER).withNickname(senderNickname, AT);
            UserId recipientId = toSelf ? SENDER : RECIPIENT;
            User recipient = toSelf ? sender : user(Role.USER, RECIPIENT).withNickname(recipientNickname, AT);
            UserSettings settings = chatsetGiven ? new UserSettings("{\"chatset\":…}", chatset) : UserSettings.EMPTY;
            recipient = recipient.withSettings(settings, AT);
            if (recipientDisabled) {
                recipient = recipient.withStatus(UserStatus.DISABLED, AT);
            }
            return new DirectMessageFacts(sender,
                    recipientMissing ? Optional.empty() : Optional.of(recipient),
                    friend ? Optional.of(entry(recipientId, SENDER, recipientsRemark)) : Optional.empty(),
                    sendersEntry ? Optional.of(entry(SENDER, recipientId, sendersRemark)) : Optional.empty(),
                    blocked, following, followedBack);
        }

        ConversationState conversation() {
            return new ConversationState(open, sent);
        }

        @Override
        public String toString() {
            return senderRole + (toSelf ? " to self" : "");
        }
    }
}
