package io.parley.chat.bench.micro;

import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.sending.ConversationState;
import io.parley.chat.domain.sending.DirectMessageFacts;
import io.parley.chat.domain.sending.SendDecision;
import io.parley.chat.domain.sending.Sendability;
import io.parley.chat.domain.settings.ChatSettings;
import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.settings.UserSettings;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserStatus;
import io.parley.chat.domain.user.Username;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sendability decision of every one-to-one message ({@link Sendability#decide}, API.md j.3), in the cases that
 * leave the rule chain at different points: a stranger the recipient lets write without limit (every rule runs),
 * a contact (decided at the fourth), a blocked sender (the third) and a stranger past the one-message limit (the
 * last).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SendabilityBenchmark {
    @Param({"open-stranger", "contact", "blocked", "one-message-limit"})
    public String scenario;

    private DirectMessageFacts facts;
    private ConversationState conversation;

    @Setup
    public void setUp() {
        UserId senderId = UserId.of(1);
        UserId recipientId = UserId.of(2);
        User sender = user(senderId, "alice_01", SendPolicy.DEFAULT);
        SendPolicy recipientRule = scenario.equals("one-message-limit") ? SendPolicy.DEFAULT
                : new SendPolicy(SendPolicy.UNLIMITED, false);
        User recipient = user(recipientId, "bob_02", recipientRule);
        Optional<Friendship> contact = scenario.equals("contact")
                ? Optional.of(new Friendship(7, recipientId, senderId, "Ali", true, true, false)) : Optional.empty();
        facts = new DirectMessageFacts(sender, Optional.of(recipient), contact, Optional.empty(),
                scenario.equals("blocked"), false, false);
        conversation = scenario.equals("one-message-limit") ? new ConversationState(false, 1) : ConversationState.NEW;
    }

    @Benchmark
    public SendDecision decide() {
        return Sendability.decide(facts, conversation);
    }

    private static User user(UserId id, String name, SendPolicy fromUsers) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        UserSettings settings = new UserSettings("{}", new ChatSettings(SendPolicy.DEFAULT, fromUsers));
        return new User(id, "00000000-0000-0000-0000-00000000000" + id.value(), new Username(name), "hash", "",
                User.DEFAULT_AVATAR, Role.USER, UserStatus.ENABLED, null, null, settings, 0, null, null, at,
                "127.0.0.1", "127.0.0.1", at, at, at, null);
    }
}
