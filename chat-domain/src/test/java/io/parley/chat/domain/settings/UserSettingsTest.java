package io.parley.chat.domain.settings;

import static io.parley.chat.domain.shared.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.shared.ValidationException.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The documents are given as an adapter's JSON parser hands them over: maps, lists, numbers, booleans, strings and
 * null. The raw text beside them only has to be what the client sent.
 */
class UserSettingsTest {
    private static final String TEXT = "{\"chatset\":{}}";

    /** A JSON object; null values are allowed, as in JSON. */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> policy(Object sendCount, Object needFollow) {
        return object("sendCount", sendCount, "needFollow", needFollow);
    }

    private static ChatSettings chatOf(Object chatset) {
        return UserSettings.parse(TEXT, object("chatset", chatset)).chat();
    }

    private static void assertRefusedShape(Object chatset) {
        assertInvalid("userset", Problem.BAD_SHAPE, () -> UserSettings.parse(TEXT, object("chatset", chatset)));
    }

    @Test
    void readBothPolicies() {
        ChatSettings chat = chatOf(object("visitor", policy(0, true), "user", policy(2, false)));
        assertEquals(new SendPolicy(0, true), chat.visitor());
        assertEquals(new SendPolicy(2, false), chat.user());
    }

    @Test
    void keepTheTextExactlyAsSentIncludingUnknownKeys() {
        String json = "{\"theme\":\"dark\",\"chatset\":{\"visitor\":{\"sendCount\":0,\"needFollow\":true,"
                + "\"x\":1}},\"extra\":[1,2]}";
        Map<String, Object> document = object("theme", "dark", "extra", List.of(1, 2),
                "chatset", object("visitor", object("sendCount", 0, "needFollow", true, "x", 1)));
        UserSettings settings = UserSettings.parse(json, document);
        assertEquals(json, settings.json());
        assertEquals(new SendPolicy(0, true), settings.chat().visitor());
    }

    @Test
    void takeTheDefaultsWithoutAChatset() {
        assertEquals(ChatSettings.DEFAULT, UserSettings.parse("{}", object()).chat());
        assertEquals(ChatSettings.DEFAULT, UserSettings.parse("{\"theme\":1}", object("theme", 1)).chat());
    }

    @Test
    void takeTheDefaultsForANullChatset() {
        assertEquals(ChatSettings.DEFAULT, chatOf(null));
    }

    @Test
    void takeTheDefaultsForAnEmptyChatset() {
        assertEquals(ChatSettings.DEFAULT, chatOf(object()));
    }

    @Test
    void acceptTheVisitorPolicyAlone() {
        ChatSettings chat = chatOf(object("visitor", policy(0, false)));
        assertEquals(new SendPolicy(0, false), chat.visitor());
        assertEquals(SendPolicy.DEFAULT, chat.user());
    }

    @Test
    void acceptTheUserPolicyAlone() {
        ChatSettings chat = chatOf(object("user", policy(2, true)));
        assertEquals(SendPolicy.DEFAULT, chat.visitor());
        assertEquals(new SendPolicy(2, true), chat.user());
    }

    @Test
    void treatANullPolicyAsAbsent() {
        ChatSettings chat = chatOf(object("visitor", null, "user", policy(0, true)));
        assertEquals(SendPolicy.DEFAULT, chat.visitor());
    }

    @Test
    void acceptWholeNumbersWrittenAsDecimals() {
        assertEquals(2, chatOf(object("user", policy(2.0, false))).user().sendCount());
        assertEquals(1, chatOf(object("user", policy(new BigDecimal("1.00"), false))).user().sendCount());
        assertEquals(0, chatOf(object("user", policy(0L, false))).user().sendCount());
        assertEquals(2, chatOf(object("user", policy(BigInteger.TWO, false))).user().sendCount());
    }

    @Test
    void refuseFractionalSendCounts() {
        assertRefusedShape(object("user", policy(1.5, false)));
        assertRefusedShape(object("user", policy(new BigDecimal("0.5"), false)));
    }

    @Test
    void refuseSendCountsGivenAsText() {
        assertRefusedShape(object("visitor", policy("1", false)));
    }

    @Test
    void refuseSendCountsOutsideZeroToTwo() {
        assertRefusedShape(object("visitor", policy(3, false)));
        assertRefusedShape(object("visitor", policy(-1, false)));
        assertRefusedShape(object("visitor", policy(Double.POSITIVE_INFINITY, false)));
        assertRefusedShape(object("visitor", policy(Double.NaN, false)));
    }

    @Test
    void refuseHugeSendCountsThatWouldWrapIntoRange() {
        // 2^64 + 1 would read as 1 if narrowed to a long
        BigInteger wraps = BigInteger.ONE.shiftLeft(64).add(BigInteger.ONE);
        assertRefusedShape(object("visitor", policy(wraps, false)));
        assertRefusedShape(object("visitor", policy(new BigDecimal(wraps), false)));
        assertRefusedShape(object("visitor", policy(4_294_967_297L, false)));
    }

    @Test
    void requireASendCount() {
        assertRefusedShape(object("visitor", object("needFollow", false)));
        assertRefusedShape(object("visitor", policy(null, false)));
    }

    @Test
    void requireABooleanNeedFollow() {
        assertRefusedShape(object("user", object("sendCount", 1)));
        assertRefusedShape(object("user", policy(1, "true")));
        assertRefusedShape(object("user", policy(1, 1)));
        assertRefusedShape(object("user", policy(1, null)));
    }

    @Test
    void requireEachPolicyToBeAnObject() {
        assertRefusedShape(object("visitor", 1));
        assertRefusedShape(object("user", List.of(1, false)));
        assertRefusedShape(object("user", "{}"));
    }

    @Test
    void requireTheChatsetToBeAnObject() {
        assertRefusedShape(List.of());
        assertRefusedShape("visitor");
        assertRefusedShape(true);
    }

    @Test
    void requireTheDocumentToBeAnObject() {
        assertInvalid("userset", Problem.BAD_SHAPE, () -> UserSettings.parse("[1]", List.of(1)));
        assertInvalid("userset", Problem.BAD_SHAPE, () -> UserSettings.parse("\"ab\"", "ab"));
        assertInvalid("userset", Problem.BAD_SHAPE, () -> UserSettings.parse("12", 12));
        assertInvalid("userset", Problem.BAD_SHAPE, () -> UserSettings.parse("null", null));
    }

    @Test
    void requireAtLeastTwoCharacters() {
        assertInvalid("userset", Problem.LENGTH, () -> UserSettings.parse("1", 1));
        assertInvalid("userset", Problem.REQUIRED, () -> UserSettings.parse("", null));
        assertInvalid("userset", Problem.REQUIRED, () -> UserSettings.parse(null, null));
        assertEquals("{}", UserSettings.parse("{}", object()).json());
    }

    @Test
    void beEmptyWithDefaultsBeforeTheUserSavesAnything() {
        assertEquals("", UserSettings.EMPTY.json());
        assertEquals(ChatSettings.DEFAULT, UserSettings.EMPTY.chat());
    }
}
