package io.parley.chat.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.domain.shared.ValidationException.Problem;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every sentence exists in both languages, and the ones with blanks fill them. */
class TextsTest {
    /** What each problem is raised with; a new problem must be added here, so that its blanks are checked too. */
    private static final Map<Problem, Object[]> SAMPLE_ARGUMENTS = new EnumMap<>(Problem.class);

    static {
        SAMPLE_ARGUMENTS.put(Problem.REQUIRED, new Object[0]);
        SAMPLE_ARGUMENTS.put(Problem.LENGTH, new Object[] {4, 20});
        SAMPLE_ARGUMENTS.put(Problem.TOO_LONG, new Object[] {1000});
        SAMPLE_ARGUMENTS.put(Problem.NOT_INTEGER, new Object[0]);
        SAMPLE_ARGUMENTS.put(Problem.OUT_OF_RANGE, new Object[] {1L, 100L});
        SAMPLE_ARGUMENTS.put(Problem.NOT_ONE_OF, new Object[] {"0, 1"});
        SAMPLE_ARGUMENTS.put(Problem.PATTERN, new Object[] {"A-Z a-z 0-9 _"});
        SAMPLE_ARGUMENTS.put(Problem.NOT_JSON, new Object[0]);
        SAMPLE_ARGUMENTS.put(Problem.BAD_SHAPE, new Object[] {"chatset: {visitor, user}"});
        SAMPLE_ARGUMENTS.put(Problem.MISMATCH, new Object[] {"newpassword"});
        SAMPLE_ARGUMENTS.put(Problem.NOT_EDITABLE, new Object[0]);
    }

    private static final Pattern UNFILLED_BLANK = Pattern.compile("\\{\\d");

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void sayEveryReasonInBothLanguages(ReasonCode reason) {
        String zh = reason.text(Language.ZH);
        String en = reason.text(Language.EN);
        assertFalse(zh.isBlank(), reason + " in Chinese");
        assertFalse(en.isBlank(), reason + " in English");
        assertFalse(hasChinese(en), reason + " in English: " + en);
    }

    @ParameterizedTest
    @EnumSource(ChatText.class)
    void sayEveryConfirmationInBothLanguages(ChatText text) {
        String zh = text.text(Language.ZH);
        String en = text.text(Language.EN);
        assertTrue(hasChinese(zh), text + " in Chinese: " + zh);
        assertFalse(en.isBlank(), text + " in English");
        assertFalse(hasChinese(en), text + " in English: " + en);
    }

    @Test
    void haveSampleArgumentsForEveryProblem() {
        assertEquals(EnumSet.allOf(Problem.class), SAMPLE_ARGUMENTS.keySet());
    }

    @ParameterizedTest
    @EnumSource(Problem.class)
    void describeEveryProblemInBothLanguagesNamingTheFieldAndFillingEveryBlank(Problem problem) {
        Object[] args = SAMPLE_ARGUMENTS.get(problem);
        ValidationException invalid = new ValidationException("some_field", problem, args);
        for (Language language : Language.values()) {
            String text = invalid.text(language);
            assertTrue(text.contains("some_field"), problem + " in " + language + ": " + text);
            for (Object arg : args) {
                assertTrue(text.contains(String.valueOf(arg)), problem + " in " + language + " lacks " + arg
                        + ": " + text);
            }
            assertFalse(UNFILLED_BLANK.matcher(text).find(),
                    () -> problem + " in " + language + " left a blank: " + text);
            if (language == Language.EN) {
                assertFalse(hasChinese(text), problem + " in English: " + text);
            }
        }
    }

    @Test
    void writeNumbersWithoutGrouping() {
        // a grouped "1,000" would read as two numbers in a sentence about lengths
        ValidationException invalid = new ValidationException("avatar", Problem.TOO_LONG, 65_535);
        assertTrue(invalid.text(Language.EN).contains("65535"), invalid.text(Language.EN));
        assertTrue(invalid.text(Language.ZH).contains("65535"), invalid.text(Language.ZH));
    }

    @Test
    void useTheSeedsWordingInChinese() {
        assertEquals("该账号已存在，请换一个账号注册", ReasonCode.USERNAME_TAKEN.text(Language.ZH));
        assertEquals("账户或密码错误", ReasonCode.BAD_CREDENTIALS.text(Language.ZH));
        assertEquals("非法访问", ReasonCode.SIGNATURE_MISSING.text(Language.ZH));
        assertEquals("请求已过期", ReasonCode.REQUEST_EXPIRED.text(Language.ZH));
        assertEquals("修改昵称成功", ChatText.NICKNAME_UPDATED.text(Language.ZH));
    }

    @Test
    void sayDifferentThingsInTheTwoLanguages() {
        assertNotEquals(ReasonCode.USERNAME_TAKEN.text(Language.ZH), ReasonCode.USERNAME_TAKEN.text(Language.EN));
    }

    @Test
    void refuseAnUnknownKeyRatherThanSaySomethingElse() {
        assertThrows(IllegalStateException.class, () -> Texts.get("reason.NO_SUCH_REASON", Language.EN));
    }

    @Test
    void describeARefusalByItsReasonUnlessItIsAValidation() {
        DomainException refusal = new DomainException(ReasonCode.WRONG_PASSWORD);
        assertEquals(ReasonCode.WRONG_PASSWORD.text(Language.EN), refusal.text(Language.EN));
        assertTrue(refusal.field().isEmpty());
        ValidationException invalid = new ValidationException("checknewpassword", Problem.MISMATCH, "newpassword");
        assertEquals("checknewpassword differs from newpassword", invalid.text(Language.EN));
        assertEquals(ReasonCode.VALIDATION_FAILED, invalid.reason());
    }

    @Test
    void wordTheHandshakeRefusalsAsTheSeedsWebSocketDid() {
        assertEquals("缺少 token 参数", ReasonCode.TOKEN_MISSING.handshakeText(Language.ZH));
        assertEquals("Token 不合法", ReasonCode.TOKEN_INVALID.handshakeText(Language.ZH));
        assertEquals("token 已过期", ReasonCode.TOKEN_EXPIRED.handshakeText(Language.ZH));
        assertEquals("用户不存在", ReasonCode.USER_NOT_FOUND.handshakeText(Language.ZH));
        assertEquals("你已被管理员禁用", ReasonCode.USER_DISABLED.handshakeText(Language.ZH));
        assertEquals("The token has expired", ReasonCode.TOKEN_EXPIRED.handshakeText(Language.EN));
        assertEquals(ReasonCode.INTERNAL_ERROR.text(Language.ZH), ReasonCode.INTERNAL_ERROR.handshakeText(Language.ZH),
                "a reason the seed had no handshake sentence for reads as on HTTP");
    }
}
