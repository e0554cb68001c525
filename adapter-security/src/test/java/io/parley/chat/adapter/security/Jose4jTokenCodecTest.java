package io.parley.chat.adapter.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.chat.application.contract.MutableClock;
import io.parley.chat.domain.session.SessionId;
import io.parley.chat.domain.session.TokenClaims;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Jose4jTokenCodecTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final Jose4jTokenCodec codec = new Jose4jTokenCodec(KEY, clock);

    private static TokenClaims claims(Role role) {
        return new TokenClaims(UserId.of(42), role, new SessionId("s-1"), NOW, NOW.plus(Duration.ofDays(30)));
    }

    /** Claims as the codec writes them, for tokens that differ from a good one in one respect. */
    private static JwtClaims goodClaims() {
        JwtClaims jwt = new JwtClaims();
        jwt.setSubject("42");
        jwt.setStringClaim("role", "user");
        jwt.setStringClaim("sid", "s-1");
        jwt.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond()));
        jwt.setExpirationTime(NumericDate.fromSeconds(NOW.plus(Duration.ofDays(30)).getEpochSecond()));
        return jwt;
    }

    private static String sign(JwtClaims claims, String algorithm, byte[] key) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setKey(new HmacKey(key));
        jws.setPayload(claims.toJson());
        return jws.getCompactSerialization();
    }

    private static String signedWith(Consumer<JwtClaims> change) throws JoseException {
        JwtClaims claims = goodClaims();
        change.accept(claims);
        return sign(claims, AlgorithmIdentifiers.HMAC_SHA256, KEY);
    }

    private static void assertRefused(ReasonCode expected, Executable verification) {
        DomainException refusal = assertThrows(DomainException.class, verification);
        assertEquals(expected, refusal.reason());
    }

    private void assertInvalid(String token) {
        assertRefused(ReasonCode.TOKEN_INVALID, () -> codec.verify(token));
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    @Test
    void readsBackWhatItIssuedForUsersAndVisitors() {
        for (Role role : Role.values()) {
            assertEquals(claims(role), codec.verify(codec.issue(claims(role))));
        }
    }

    @Test
    void carriesOnlyTheFiveClaimsAndSaysHs256() throws Exception {
        String[] parts = codec.issue(claims(Role.VISITOR)).split("\\.");
        Map<String, Object> header = JsonUtil.parseJson(decode(parts[0]));
        Map<String, Object> payload = JsonUtil.parseJson(decode(parts[1]));
        assertEquals("HS256", header.get("alg"));
        assertEquals(Set.of("sub", "role", "sid", "iat", "exp"), payload.keySet());
        assertEquals("42", payload.get("sub"));
        assertEquals("visitor", payload.get("role"));
        assertEquals("s-1", payload.get("sid"));
        assertEquals(NOW.getEpochSecond(), ((Number) payload.get("iat")).longValue());
    }

    @Test
    void claimsAreKeptToTheSecond() {
        Instant issued = NOW.plusMillis(750);
        TokenClaims precise = new TokenClaims(UserId.of(7), Role.USER, new SessionId("s"), issued,
                issued.plus(Duration.ofHours(1)));
        TokenClaims read = codec.verify(codec.issue(precise));
        assertEquals(NOW, read.issuedAt());
        assertEquals(NOW.plus(Duration.ofHours(1)), read.expiresAt());
    }

    @Test
    void refusesToIssueATokenThatWouldExpireInTheSecondItIsIssued() {
        TokenClaims tooShort = new TokenClaims(UserId.of(7), Role.USER, new SessionId("s"), NOW,
                NOW.plusMillis(500));
        assertThrows(IllegalArgumentException.class, () -> codec.issue(tooShort));
    }

    @Test
    void aTamperedPayloadIsInvalid() {
        String[] parts = codec.issue(claims(Role.VISITOR)).split("\\.");
        String promoted = decode(parts[1]).replace("\"visitor\"", "\"user\"");
        assertInvalid(parts[0] + "." + base64Url(promoted) + "." + parts[2]);
        String otherUser = decode(parts[1]).replace("\"42\"", "\"43\"");
        assertInvalid(parts[0] + "." + base64Url(otherUser) + "." + parts[2]);
    }

    @Test
    void aTamperedSignatureIsInvalid() {
        String token = codec.issue(claims(Role.USER));
        int signatureStart = token.lastIndexOf('.') + 1;
        char first = token.charAt(signatureStart);
        String flipped = token.substring(0, signatureStart) + (first == 'A' ? 'B' : 'A')
                + token.substring(signatureStart + 1);
        assertInvalid(flipped);
        assertInvalid(token.substring(0, signatureStart));
        assertInvalid(token.substring(0, token.length() - 4));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsInvalid() {
        byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
        otherKey[0] ^= 1;
        String foreign = new Jose4jTokenCodec(otherKey, clock).issue(claims(Role.USER));
        assertInvalid(foreign);
    }

    @Test
    void anUnsignedTokenIsInvalid() throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        jws.setPayload(goodClaims().toJson());
        assertInvalid(jws.getCompactSerialization());
        assertInvalid(base64Url("{\"alg\":\"none\"}") + "." + base64Url(goodClaims().toJson()) + ".");
        assertInvalid(base64Url("{\"alg\":\"NONE\"}") + "." + base64Url(goodClaims().toJson()) + ".");
    }

    @Test
    void anotherHmacAlgorithmWithTheSameKeyIsInvalid() throws JoseException {
        byte[] longKey = new byte[64];
        Arrays.fill(longKey, (byte) 7);
        Jose4jTokenCodec longKeyCodec = new Jose4jTokenCodec(longKey, clock);
        assertEquals(claims(Role.USER).userId(),
                longKeyCodec.verify(sign(goodClaims(), AlgorithmIdentifiers.HMAC_SHA256, longKey)).userId());
        assertRefused(ReasonCode.TOKEN_INVALID,
                () -> longKeyCodec.verify(sign(goodClaims(), AlgorithmIdentifiers.HMAC_SHA384, longKey)));
        assertRefused(ReasonCode.TOKEN_INVALID,
                () -> longKeyCodec.verify(sign(goodClaims(), AlgorithmIdentifiers.HMAC_SHA512, longKey)));
    }

    @Test
    void aWellSignedTokenPastItsExpiryHasExpired() {
        String token = codec.issue(claims(Role.USER));
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        assertRefused(ReasonCode.TOKEN_EXPIRED, () -> codec.verify(token));
    }

    @Test
    void theLeewayAfterExpiryIsOnlyAFewSeconds() {
        TokenClaims hour = new TokenClaims(UserId.of(7), Role.USER, new SessionId("s"), NOW,
                NOW.plus(Duration.ofHours(1)));
        String token = codec.issue(hour);
        clock.advance(Duration.ofHours(1).minusSeconds(1));
        assertEquals(hour, codec.verify(token));
        clock.advance(Duration.ofSeconds(1 + Jose4jTokenCodec.CLOCK_SKEW_SECONDS + 1));
        assertRefused(ReasonCode.TOKEN_EXPIRED, () -> codec.verify(token));
    }

    @Test
    void anExpiredTokenThatWasNeverValidIsInvalidNotExpired() throws JoseException {
        String expiredForeign = new Jose4jTokenCodec("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII),
                clock).issue(claims(Role.USER));
        String expiredWithoutSession = signedWith(c -> c.unsetClaim("sid"));
        clock.advance(Duration.ofDays(31));
        assertInvalid(expiredForeign);
        assertInvalid(expiredWithoutSession);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub", "role", "sid", "iat", "exp"})
    void aTokenWithoutOneOfTheClaimsIsInvalid(String claim) throws JoseException {
        assertInvalid(signedWith(c -> c.unsetClaim(claim)));
    }

    @Test
    void claimsOfTheWrongShapeAreInvalid() throws JoseException {
        assertInvalid(signedWith(c -> c.setStringClaim("role", "admin")));
        assertInvalid(signedWith(c -> c.setStringClaim("role", "USER")));
        assertInvalid(signedWith(c -> c.setClaim("role", 1)));
        assertInvalid(signedWith(c -> c.setSubject("alice")));
        assertInvalid(signedWith(c -> c.setSubject("0")));
        assertInvalid(signedWith(c -> c.setSubject("-42")));
        assertInvalid(signedWith(c -> c.setSubject("99999999999999999999")));
        assertInvalid(signedWith(c -> c.setClaim("sub", 42)));
        assertInvalid(signedWith(c -> c.setStringClaim("sid", "")));
        assertInvalid(signedWith(c -> c.setClaim("sid", 5)));
        assertInvalid(signedWith(c -> c.setStringClaim("sid", "x".repeat(65))));
        assertInvalid(signedWith(c -> c.setStringClaim("exp", "tomorrow")));
        assertInvalid(signedWith(c -> c.setExpirationTime(NumericDate.fromSeconds(NOW.getEpochSecond()))));
        assertInvalid(signedWith(c -> {
            c.setIssuedAt(NumericDate.fromSeconds(NOW.plus(Duration.ofHours(2)).getEpochSecond()));
            c.setExpirationTime(NumericDate.fromSeconds(NOW.plus(Duration.ofHours(1)).getEpochSecond()));
        }));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "a.b.c", "..", "...", "e30.e30.", "e30.e30.e30", "Bearer x.y.z", "{}"})
    void malformedTokensAreInvalid(String token) {
        assertInvalid(token);
    }

    @Test
    void refusesAKeyShorterThan32Bytes() {
        assertThrows(IllegalArgumentException.class, () -> new Jose4jTokenCodec(new byte[31]));
        assertThrows(NullPointerException.class, () -> new Jose4jTokenCodec(null));
        new Jose4jTokenCodec(new byte[32]);
    }

    @Test
    void laterChangesToTheCallersKeyArrayDoNotAffectTheCodec() {
        byte[] key = Arrays.copyOf(KEY, KEY.length);
        Jose4jTokenCodec keyed = new Jose4jTokenCodec(key, clock);
        String token = keyed.issue(claims(Role.USER));
        Arrays.fill(key, (byte) 0);
        assertEquals(claims(Role.USER), keyed.verify(token));
    }
}
