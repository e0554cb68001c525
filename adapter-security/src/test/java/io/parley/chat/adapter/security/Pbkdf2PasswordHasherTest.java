package io.parley.chat.adapter.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.port.out.PasswordHasherPort.Check;
import io.parley.chat.domain.user.Password;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Pbkdf2PasswordHasherTest {
    private static final int FAST = 1_000;
    private static final Pattern STORED = Pattern.compile("pbkdf2-sha256\\$(\\d+)\\$([A-Za-z0-9+/=]+)\\$([A-Za-z0-9+/=]+)");

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(FAST);

    private static Password password(String raw) {
        return Password.of("password", raw);
    }

    @Test
    void storesIterationsSaltAndHashInTheAgreedForm() {
        Matcher stored = STORED.matcher(hasher.hash(password("123456")));
        assertTrue(stored.matches(), stored::toString);
        assertEquals(FAST, Integer.parseInt(stored.group(1)));
        assertEquals(16, Base64.getDecoder().decode(stored.group(2)).length);
        assertEquals(32, Base64.getDecoder().decode(stored.group(3)).length);
    }

    @Test
    void everyHashHasItsOwnSalt() {
        String first = hasher.hash(password("same-password"));
        String second = hasher.hash(password("same-password"));
        assertNotEquals(first, second);
        assertEquals(Check.MATCH, hasher.verify(password("same-password"), first));
        assertEquals(Check.MATCH, hasher.verify(password("same-password"), second));
    }

    @Test
    void acceptsTheRightPasswordAndRefusesAWrongOne() {
        String stored = hasher.hash(password("correct horse"));
        assertEquals(Check.MATCH, hasher.verify(password("correct horse"), stored));
        assertEquals(Check.MISMATCH, hasher.verify(password("correct hors"), stored));
        assertEquals(Check.MISMATCH, hasher.verify(password("Correct horse"), stored));
    }

    @Test
    void readsHashesMadeElsewhereToTheSameDefinition() {
        // computed with Python's hashlib.pbkdf2_hmac('sha256', utf8 password, bytes(range(16)), 1000)
        String stored = "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$XwTixvQi8wye9vIZpC/zrN1MUBtagqiiFXV7pNTbYBE=";
        assertEquals(Check.MATCH, hasher.verify(password("密码abc123"), stored));
        assertEquals(Check.MISMATCH, hasher.verify(password("密码abc124"), stored));
    }

    @Test
    void theSeedsUnsaltedSha256MatchesOnceAndAsksForARehash() {
        String seedHashOf123456 = "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92";
        assertEquals(Check.MATCH_NEEDS_REHASH, hasher.verify(Password.forCheck("password", "123456"), seedHashOf123456));
        assertEquals(Check.MISMATCH, hasher.verify(password("1234567"), seedHashOf123456));
        assertEquals(Check.MISMATCH, hasher.verify(password("123456"), seedHashOf123456.toUpperCase()));
    }

    @Test
    void aHashWithFewerIterationsThanConfiguredAsksForARehash() {
        String weaker = new Pbkdf2PasswordHasher(FAST / 2).hash(password("upgrade-me"));
        assertEquals(Check.MATCH_NEEDS_REHASH, hasher.verify(password("upgrade-me"), weaker));
        assertEquals(Check.MISMATCH, hasher.verify(password("upgrade-you"), weaker));
    }

    @Test
    void aHashWithMoreIterationsThanConfiguredIsKept() {
        String stronger = new Pbkdf2PasswordHasher(FAST * 2).hash(password("keep-me"));
        assertEquals(Check.MATCH, hasher.verify(password("keep-me"), stronger));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "123456",
        "not a hash",
        "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c9",
        "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92 ",
        "pbkdf2-sha256",
        "pbkdf2-sha256$",
        "pbkdf2-sha256$$$",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==",
        "pbkdf2-sha256$abc$AAECAwQFBgcICQoLDA0ODw==$XwTixvQi8wye9vIZpC/zrN1MUBtagqiiFXV7pNTbYBE=",
        "pbkdf2-sha256$0$AAECAwQFBgcICQoLDA0ODw==$XwTixvQi8wye9vIZpC/zrN1MUBtagqiiFXV7pNTbYBE=",
        "pbkdf2-sha256$-1000$AAECAwQFBgcICQoLDA0ODw==$XwTixvQi8wye9vIZpC/zrN1MUBtagqiiFXV7pNTbYBE=",
        "pbkdf2-sha256$999999999999$AAECAwQFBgcICQoLDA0ODw==$XwTixvQi8wye9vIZpC/zrN1MUBtagqiiFXV7pNTbYBE=",
        "pbkdf2-sha256$1000$!!!$XwTixvQi8wye9vIZpC/zrN1MUBtagqiiFXV7pNTbYBE=",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$%%%",
        "pbkdf2-sha256$1000$$XwTixvQi8wye9vIZpC/zrN1MUBtagqiiFXV7pNTbYBE=",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$XwTixvQi8wye9vIZpC/zrN1MUBtagqiiFXV7pNTbYBE=$extra",
        "pbkdf2-sha512$1000$AAECAwQFBgcICQoLDA0ODw==$XwTixvQi8wye9vIZpC/zrN1MUBtagqiiFXV7pNTbYBE=",
        "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"
    })
    void anythingUnrecognisedIsAMismatchNeverAnError(String stored) {
        assertEquals(Check.MISMATCH, hasher.verify(password("密码abc123"), stored));
    }

    @Test
    void refusesAnIterationCountBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new Pbkdf2PasswordHasher(0));
    }

    @Test
    void theDefaultFollowsCurrentGuidance() {
        Matcher stored = STORED.matcher(new Pbkdf2PasswordHasher().hash(password("slow-by-design")));
        assertTrue(stored.matches());
        assertTrue(Integer.parseInt(stored.group(1)) >= 600_000, stored.group(1));
    }
}
