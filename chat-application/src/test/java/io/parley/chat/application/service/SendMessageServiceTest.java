package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.SendMessageCommand;
import io.parley.chat.application.port.out.PusherPort.Outcome;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SendMessageServiceTest {
    private static final SendPolicy FORBIDDEN = new SendPolicy(0, false);
    private static final SendPolicy ONE = new SendPolicy(1, false);
    private static final SendPolicy UNLIMITED = new SendPolicy(2, false);
    private static final SendPolicy FOLLOWERS_ONLY = new SendPolicy(2, true);

    private final TestCore test = TestCore.create();
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");

    @Test
    void storeTheMessageAndAnswerWithEverythingClientsSee() {
        test.nickname(sam, "Sam");
        test.nickname(rita, "Rita");
        User sender = test.stored(sam);
        User recipient = test.stored(rita);

        Message sent = test.core().sendMessage().send(SendMessageCommand.of(sam, " " + rita.value() + " ", "single",
                "image", "{\"data\":\"hi\",\"dataType\":false,\"otherData\":null}", "{\"w\":3}", "c-1"));

        assertEquals(36, sent.id().value().length());
        assertEquals(1, sent.seq());
        assertEquals(sam.value(), sent.fromId());
        assertEquals("Sam", sent.fromName());
        assertEquals(sender.avatar(), sent.fromAvatar());
        assertEquals(sender.uuid(), sent.senderUuid());
        assertEquals(rita.value(), sent.toId());
        assertEquals("Rita", sent.toName());
        assertEquals(recipient.avatar(), sent.toAvatar());
        assertEquals(ChatType.SINGLE, sent.chatType());
        assertEquals("image", sent.type());
        assertEquals(MessageData.text("{\"data\":\"hi\",\"dataType\":false,\"otherData\":null}"), sent.data());
        assertEquals("{\"w\":3}", sent.options());
        assertEquals(Optional.of(new ClientMessageId("c-1")), sent.clientId());
        assertEquals(test.clock().now(), sent.createTime());
        assertFalse(sent.recalled());
        assertEquals(List.of(sent), test.messages().all());
        assertEquals(Optional.of(sent), test.messages().byId(sent.id()));
    }

    @Test
    void numberAConversationWithoutGapsWhoeverWrites() {
        test.relations().befriend(sam, "", rita, "");
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            seqs.add(test.send(sam, rita, "to rita " + i).seq());
            seqs.add(test.send(rita, sam, "to sam " + i).seq());
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), seqs);
    }

    @Test
    void numberEachConversationOnItsOwn() {
        UserId tom = test.user("tom_01");
        test.chatSettings(rita, UNLIMITED, UNLIMITED);
        test.chatSettings(tom, UNLIMITED, UNLIMITED);

        Message toRita = test.send(sam, rita, "a");
        Message toTom = test.send(sam, tom, "b");
        Message toRitaAgain = test.send(sam, rita, "c");

        assertEquals(List.of(1L, 1L, 2L), List.of(toRita.seq(), toTom.seq(), toRitaAgain.seq()));
        assertNotEquals(toRita.conversationId(), toTom.conversationId());
        assertEquals(toRita.conversationId(), toRitaAgain.conversationId());
    }

    @Test
    void refuseAMessageToAGroupThatIsNot() {
        assertRefused(ReasonCode.GROUP_NOT_FOUND, () -> test.core().sendMessage().send(SendMessageCommand.of(sam,
                "1", "group", "text", "hi", null, null)));
        assertEquals(List.of(), test.messages().all());
    }

    @Test
    void refuseASenderWhoIsGone() {
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> test.send(UserId.of(9999), rita, "hi"));
        assertEquals(List.of(), test.messages().all());
    }

    /** The rows of API.md j.3 through the use case, with real relations and a real (in-memory) store. */
    static Stream<Arguments> rules() {
        return Stream.of(
                rule("recipient missing", false, (t, u) -> { }, UserId.of(4040), ReasonCode.RECIPIENT_UNAVAILABLE),
                rule("recipient disabled", false, (t, u) -> t.disable(u.recipient()),
                        ReasonCode.RECIPIENT_UNAVAILABLE),
                rule("blocked by a stranger", false, (t, u) -> t.relations().block(u.recipient(), u.sender()),
                        ReasonCode.BLACKLISTED),
                rule("blocked by a friend", false, (t, u) -> {
                    t.relations().befriend(u.recipient(), "", u.sender(), "");
                    t.relations().block(u.recipient(), u.sender());
                }, ReasonCode.BLACKLISTED),
                rule("visitor blocked", true, (t, u) -> t.relations().block(u.recipient(), u.sender()),
                        ReasonCode.BLACKLISTED),
                rule("friend, strangers forbidden", false, (t, u) -> {
                    t.chatSettings(u.recipient(), FORBIDDEN, FORBIDDEN);
                    t.relations().befriend(u.recipient(), "", u.sender(), "");
                }, null),
                rule("follow asked, not following", false, (t, u) -> t.chatSettings(u.recipient(), UNLIMITED,
                        FOLLOWERS_ONLY), ReasonCode.FOLLOW_REQUIRED),
                rule("follow asked, following", false, (t, u) -> {
                    t.chatSettings(u.recipient(), UNLIMITED, FOLLOWERS_ONLY);
                    t.core().followUser().follow(new RelationCommand(u.sender(), u.recipient()));
                }, null),
                rule("visitor, follow asked", true, (t, u) -> t.chatSettings(u.recipient(), FOLLOWERS_ONLY,
                        UNLIMITED), ReasonCode.FOLLOW_REQUIRED),
                rule("user, strangers forbidden", false, (t, u) -> t.chatSettings(u.recipient(), UNLIMITED,
                        FORBIDDEN), ReasonCode.FRIENDSHIP_REQUIRED),
                rule("visitor, strangers forbidden", true, (t, u) -> t.chatSettings(u.recipient(), FORBIDDEN,
                        UNLIMITED), ReasonCode.LOGIN_REQUIRED),
                rule("user, only visitors forbidden", false, (t, u) -> t.chatSettings(u.recipient(), FORBIDDEN,
                        UNLIMITED), null),
                rule("visitor, only users forbidden", true, (t, u) -> t.chatSettings(u.recipient(), UNLIMITED,
                        FORBIDDEN), null),
                rule("user, one message, the second", false, (t, u) -> {
                    t.chatSettings(u.recipient(), ONE, ONE);
                    t.send(u.sender(), u.recipient(), "first");
                }, ReasonCode.ONE_MESSAGE_LIMIT),
                rule("visitor, no settings, the second", true, (t, u) -> t.send(u.sender(), u.recipient(), "first"),
                        ReasonCode.ONE_MESSAGE_LIMIT),
                rule("visitor, unlimited, the third", true, (t, u) -> {
                    t.chatSettings(u.recipient(), UNLIMITED, FORBIDDEN);
                    t.send(u.sender(), u.recipient(), "first");
                    t.send(u.sender(), u.recipient(), "second");
                }, null));
    }

    /** Who writes to whom in a row. */
    record Users(UserId sender, UserId recipient) {
    }

    private static Arguments rule(String name, boolean visitorSender, BiConsumer<TestCore, Users> given,
            ReasonCode refusedFor) {
        return Arguments.of(name, visitorSender, given, null, Optional.ofNullable(refusedFor));
    }

    private static Arguments rule(String name, boolean visitorSender, BiConsumer<TestCore, Users> given,
            UserId recipient, ReasonCode refusedFor) {
        return Arguments.of(name, visitorSender, given, recipient, Optional.ofNullable(refusedFor));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void applyTheRulesAndStoreNothingWhenRefused(String name, boolean visitorSender,
            BiConsumer<TestCore, Users> given, UserId otherRecipient, Optional<ReasonCode> refusedFor) {
        UserId sender = visitorSender ? test.visitor() : sam;
        Users users = new Users(sender, otherRecipient == null ? rita : otherRecipient);
        given.accept(test, users);
        test.pusher().connectLegacy(users.recipient());
        List<Message> before = test.messages().all();
        test.pusher().forget();

        if (refusedFor.isPresent()) {
            assertRefused(refusedFor.get(), () -> test.send(users.sender(), users.recipient(), "hello", "c-refused"));
            assertEquals(before, test.messages().all(), "nothing stored");
            assertEquals(List.of(), test.pusher().pushes(), "nothing pushed");
        } else {
            Message sent = test.send(users.sender(), users.recipient(), "hello", "c-allowed");
            assertEquals(before.size() + 1, test.messages().all().size());
            assertEquals(List.of(sent.id()), test.pusher().idsPushedTo(users.recipient()));
        }
    }

    @Test
    void acceptAClientMessageIdAgainOnceItsRefusalIsOver() {
        test.relations().block(rita, sam);
        assertRefused(ReasonCode.BLACKLISTED, () -> test.send(sam, rita, "hi", "c-7"));

        test.core().unblockUser().unblock(new RelationCommand(rita, sam));
        Message sent = test.send(sam, rita, "hi", "c-7");

        assertEquals(1, sent.seq());
        assertEquals(List.of(sent), test.messages().all());
    }

    @Test
    void answerARepeatWithTheStoredMessageAndPushItOnce() {
        test.pusher().connectLegacy(rita);
        Message first = test.send(sam, rita, "hi", "c-1");

        test.clock().advance(Duration.ofSeconds(5));
        Message again = test.send(sam, rita, "hi (retried)", "c-1");

        assertEquals(first, again);
        assertEquals(List.of(first), test.messages().all());
        assertEquals(List.of(first.id()), test.pusher().idsPushedTo(rita));
    }

    @Test
    void answerARepeatEvenWhenTheRulesHaveChangedSince() {
        Message first = test.send(sam, rita, "hi", "c-1");
        test.relations().block(rita, sam);

        assertEquals(first, test.send(sam, rita, "hi", "c-1"));
    }

    @Test
    void answerARepeatWhenTheOneMessageIsUsedUp() {
        Message first = test.send(sam, rita, "hi", "c-1");
        assertEquals(first, test.send(sam, rita, "hi", "c-1"));
        assertRefused(ReasonCode.ONE_MESSAGE_LIMIT, () -> test.send(sam, rita, "hi", "c-2"));
    }

    @Test
    void keepAClientMessageIdForOneMessageOfTheSenderForEver() {
        UserId tom = test.user("tom_01");
        test.chatSettings(tom, UNLIMITED, UNLIMITED);
        Message first = test.send(sam, rita, "hi", "c-1");

        assertEquals(first, test.send(sam, tom, "hi", "c-1"));
        assertEquals(List.of(), test.messages().between(sam, tom));
    }

    @Test
    void letDifferentSendersUseTheSameClientMessageId() {
        UserId tom = test.user("tom_01");
        Message fromSam = test.send(sam, rita, "hi", "c-1");
        Message fromTom = test.send(tom, rita, "hi", "c-1");

        assertNotEquals(fromSam.id(), fromTom.id());
        assertEquals(2, test.messages().all().size());
    }

    @Test
    void clearTheInboxEntryOfAMessageWrittenToALegacyConnection() {
        test.pusher().connectLegacy(rita);
        Message sent = test.send(sam, rita, "hi");

        assertEquals(List.of(sent.id()), test.pusher().idsPushedTo(rita));
        assertEquals(List.of(), test.messages().inboxOf(rita));
    }

    @Test
    void keepTheInboxEntryOfAMessageAwaitingItsAckUntilTheAck() {
        test.pusher().connectAckMode(rita);
        Message sent = test.send(sam, rita, "hi");
        assertEquals(List.of(sent.id()), test.messages().inboxOf(rita));

        test.core().acknowledgeMessages().acknowledge(rita, List.of(sent.id().value()));

        assertEquals(List.of(), test.messages().inboxOf(rita));
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"NOT_CONNECTED", "FAILED", "AWAITING_ACK"})
    void keepTheInboxEntryOfAMessageNotDelivered(Outcome outcome) {
        test.pusher().answer(rita, outcome);
        Message sent = test.send(sam, rita, "hi");

        assertEquals(List.of(sent.id()), test.pusher().idsPushedTo(rita));
        assertEquals(List.of(sent.id()), test.messages().inboxOf(rita));
    }

    @Test
    void answerTheSenderWithoutWaitingForTheSocket() {
        test.pusher().hold(rita);

        Message sent = test.send(sam, rita, "hi");

        assertEquals(List.of(sent.id()), test.pusher().idsPushedTo(rita));
        assertEquals(List.of(sent.id()), test.messages().inboxOf(rita), "still on its way");
        assertEquals(1, test.pusher().completeHeld(rita, Outcome.WRITTEN));
        assertEquals(List.of(), test.messages().inboxOf(rita), "written");
    }

    @Test
    void limitAStrangerToOneMessageUntilTheRecipientReplies() {
        test.pusher().connectLegacy(rita);
        test.send(sam, rita, "hello, may I?");
        assertRefused(ReasonCode.ONE_MESSAGE_LIMIT, () -> test.send(sam, rita, "hello??"));
        assertEquals(1, test.messages().all().size());

        test.chatSettings(sam, UNLIMITED, UNLIMITED);
        test.send(rita, sam, "yes?");

        assertEquals(3, test.send(sam, rita, "thanks").seq());
        assertEquals(4, test.send(sam, rita, "and more").seq());
    }

    @Test
    void releaseAStrangerWhenTheRecipientFollowsThemForGood() {
        test.send(sam, rita, "hello");
        assertRefused(ReasonCode.ONE_MESSAGE_LIMIT, () -> test.send(sam, rita, "hello??"));

        test.core().followUser().follow(new RelationCommand(rita, sam));
        test.send(sam, rita, "thanks for the follow");
        test.core().unfollowUser().unfollow(new RelationCommand(rita, sam));

        assertEquals(3, test.send(sam, rita, "still open").seq());
    }

    @Test
    void releaseAStrangerFollowedBeforeTheirFirstMessage() {
        test.core().followUser().follow(new RelationCommand(rita, sam));
        test.core().unfollowUser().unfollow(new RelationCommand(rita, sam));

        test.send(sam, rita, "one");
        assertEquals(2, test.send(sam, rita, "two").seq());
    }

    @Test
    void keepTheLimitWhenOnlyTheStrangerFollows() {
        test.core().followUser().follow(new RelationCommand(sam, rita));
        test.send(sam, rita, "one");
        assertRefused(ReasonCode.ONE_MESSAGE_LIMIT, () -> test.send(sam, rita, "two"));
    }

    @Test
    void keepNotesToSelfWhateverOnesOwnSettings() {
        test.chatSettings(sam, FOLLOWERS_ONLY, FORBIDDEN);
        test.nickname(sam, "Sam");
        test.pusher().connectAckMode(sam);

        Message first = test.send(sam, sam, "remember the milk");
        Message second = test.send(sam, sam, "and the bread");

        assertEquals(List.of(1L, 2L), List.of(first.seq(), second.seq()));
        assertEquals(List.of("Sam", "Sam"), List.of(first.fromName(), first.toName()));
        assertEquals(List.of(first.id(), second.id()), test.pusher().idsPushedTo(sam));
        assertEquals(List.of(first.id(), second.id()), test.messages().inboxOf(sam));
    }

    @Test
    void nameBothSidesByTheRemarksTheOtherGave() {
        test.nickname(sam, "Sam");
        test.nickname(rita, "Rita");
        test.relations().befriend(rita, "Sam from work", sam, "my boss");

        Message sent = test.send(sam, rita, "hi");

        assertEquals("Sam from work", sent.fromName());
        assertEquals("my boss", sent.toName());
    }

    @Test
    void nameBothSidesByNicknameElseUsername() {
        test.nickname(rita, "Rita");
        Message sent = test.send(sam, rita, "hi");

        assertEquals("sam_01", sent.fromName());
        assertEquals("Rita", sent.toName());
    }

    @Test
    void judgeAVisitorByTheVisitorSettings() {
        UserId visitor = test.visitor();
        test.chatSettings(rita, FORBIDDEN, UNLIMITED);

        assertRefused(ReasonCode.LOGIN_REQUIRED, () -> test.send(visitor, rita, "hi"));
        test.send(sam, rita, "hi");
    }

    @Test
    void acceptExactlyOneOfConcurrentFirstMessagesOfAStranger() throws Exception {
        int senders = 8;
        List<Callable<Boolean>> attempts = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < senders; i++) {
            String text = "first " + i;
            attempts.add(() -> {
                start.await();
                try {
                    test.send(sam, rita, text);
                    return true;
                } catch (DomainException refused) {
                    assertEquals(ReasonCode.ONE_MESSAGE_LIMIT, refused.reason());
                    return false;
                }
            });
        }

        List<Boolean> accepted = runTogether(attempts, start);

        assertEquals(1, accepted.stream().filter(Boolean::booleanValue).count());
        assertEquals(1, test.messages().between(sam, rita).size());
    }

    @Test
    void numberConcurrentMessagesOfBothSidesWithoutGapsOrRepeats() throws Exception {
        test.relations().befriend(sam, "", rita, "");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            UserId from = w % 2 == 0 ? sam : rita;
            UserId to = w % 2 == 0 ? rita : sam;
            writers.add(() -> {
                start.await();
                for (int i = 0; i < 25; i++) {
                    test.send(from, to, "m" + i);
                }
                return true;
            });
        }

        runTogether(writers, start);

        assertEquals(LongStream.rangeClosed(1, 100).boxed().toList(),
                test.messages().between(sam, rita).stream().map(Message::seq).sorted().toList());
    }

    private static List<Boolean> runTogether(List<Callable<Boolean>> tasks, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> task : tasks) {
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Boolean> answers = new ArrayList<>();
            for (Future<Boolean> result : results) {
                answers.add(result.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
