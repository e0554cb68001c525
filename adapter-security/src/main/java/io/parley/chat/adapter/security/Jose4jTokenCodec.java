package io.parley.chat.adapter.security;

import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.TokenCodecPort;
import io.parley.chat.domain.session.SessionId;
import io.parley.chat.domain.session.TokenClaims;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HS256 JWTs carrying exactly {@code sub}, {@code role}, {@code sid}, {@code iat} and {@code exp} (API.md j.2, G-A1).
 * Only HS256 is accepted, so neither {@code none} nor an algorithm picked by the token's author can slip through.
 * Times are whole seconds (JWT NumericDate): claims read back are the issued ones truncated to the second.
 */
public final class Jose4jTokenCodec implements TokenCodecPort {
    /** RFC 7518 3.2: an HS256 key is at least as long as the hash output. */
    public static final int MIN_KEY_BYTES = 32;

    /** Tolerates small clock drift between the nodes of a cluster, and nothing more. */
    static final int CLOCK_SKEW_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(Jose4jTokenCodec.class);

    private static final String ROLE = "role";
    private static final String SESSION = "sid";
    private static final Pattern USER_ID = Pattern.compile("[1-9][0-9]{0,18}");

    private final HmacKey key;
    private final ClockPort clock;

    public Jose4jTokenCodec(byte[] hs256Key) {
        this(hs256Key, Instant::now);
    }

    /** With the clock that decides expiry, the same one the core issues tokens by. */
    public Jose4jTokenCodec(byte[] hs256Key, ClockPort clock) {
        Objects.requireNonNull(hs256Key, "hs256Key");
        if (hs256Key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "an HS256 key needs at least " + MIN_KEY_BYTES + " bytes, got " + hs256Key.length);
        }
        this.key = new HmacKey(Arrays.copyOf(hs256Key, hs256Key.length));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String issue(TokenClaims claims) {
        long issuedAt = claims.issuedAt().getEpochSecond();
        long expiresAt = claims.expiresAt().getEpochSecond();
        if (expiresAt <= issuedAt) {
            // JWT times are whole seconds; such a token could never be read back
            throw new IllegalArgumentException("a token lives into a later second than it is issued in");
        }
        JwtClaims jwt = new JwtClaims();
        jwt.setSubject(Long.toString(claims.userId().value()));
        jwt.setStringClaim(ROLE, claims.role().wireName());
        jwt.setStringClaim(SESSION, claims.sessionId().value());
        jwt.setIssuedAt(NumericDate.fromSeconds(issuedAt));
        jwt.setExpirationTime(NumericDate.fromSeconds(expiresAt));

        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setHeader("typ", "JWT");
        jws.setKey(key);
        jws.setPayload(jwt.toJson());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            // only reachable with a broken JCA provider: the key and algorithm were checked at construction
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    @Override
    public TokenClaims verify(String token) {
        if (token == null || token.isEmpty()) {
            throw invalid("empty token");
        }
        try {
            return toClaims(consumerAt(clock.now()).processToClaims(token));
        } catch (InvalidJwtException e) {
            if (onlyExpired(e)) {
                // well signed and otherwise complete: the holder just needs a new login
                throw new DomainException(ReasonCode.TOKEN_EXPIRED);
            }
            throw invalid(e.getOriginalMessage());
        } catch (MalformedClaimException | RuntimeException e) {
            // the token is attacker-controlled input: whatever the parser trips on is a bad token, not a 500
            throw invalid(e.toString());
        }
    }

    private JwtConsumer consumerAt(Instant now) {
        // built per call because the evaluation time is fixed at build time and must follow the clock
        return new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
                .setVerificationKey(key)
                .setRequireSubject()
                .setRequireIssuedAt()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setEvaluationTime(NumericDate.fromMilliseconds(now.toEpochMilli()))
                .build();
    }

    private static boolean onlyExpired(InvalidJwtException e) {
        if (!e.hasExpired() || e.getErrorDetails().stream().anyMatch(d -> d.getErrorCode() != ErrorCodes.EXPIRED)) {
            return false;
        }
        JwtContext context = e.getJwtContext();
        if (context == null || context.getJwtClaims() == null) {
            return false;
        }
        try {
            toClaims(context.getJwtClaims());
            return true;
        } catch (MalformedClaimException | RuntimeException incomplete) {
            return false;
        }
    }

    private static TokenClaims toClaims(JwtClaims jwt) throws MalformedClaimException {
        String subject = jwt.getSubject();
        if (subject == null || !USER_ID.matcher(subject).matches()) {
            throw new IllegalArgumentException("sub is not a user id");
        }
        Role role = Role.fromWireName(jwt.getStringClaimValue(ROLE))
                .orElseThrow(() -> new IllegalArgumentException("role is missing or unknown"));
        String session = jwt.getStringClaimValue(SESSION);
        if (session == null) {
            throw new IllegalArgumentException("sid is missing");
        }
        return new TokenClaims(UserId.of(Long.parseLong(subject)), role, new SessionId(session),
                Instant.ofEpochSecond(jwt.getIssuedAt().getValue()),
                Instant.ofEpochSecond(jwt.getExpirationTime().getValue()));
    }

    private static DomainException invalid(String why) {
        LOG.debug("token refused: {}", why);
        return new DomainException(ReasonCode.TOKEN_INVALID);
    }
}
