package io.parley.chat.domain.visitor;

import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.DeviceId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The signed part of the visitor endpoints #4–#6 (API.md c.3, j.2): header {@code X-Security-Sign} = lower-hex
 * SHA-256 of {@code "deviceId=<d>&salt=<salt>&timestamp=<t>" + "APP_SECRET"}, valid for five minutes and not from
 * the future beyond a minute of clock skew.
 */
public record SignedDeviceRequest(String deviceId, String timestamp, String signature) {
    public static final String TIMESTAMP_FIELD = "timestamp";

    public static final Duration VALIDITY = Duration.ofMinutes(5);
    public static final Duration ALLOWED_SKEW = Duration.ofMinutes(1);

    /**
     * Checks in the seed's order: signature present, parameters well-formed, signature right, not expired, device id
     * of the right form. Returns the device id the request speaks for.
     */
    public DeviceId verify(String salt, Instant now) {
        if (signature == null || signature.isBlank()) {
            throw new DomainException(ReasonCode.SIGNATURE_MISSING);
        }
        Ensure.length(DeviceId.FIELD, deviceId, 36, 200);
        long millis = epochMillis();
        String expected = expectedSignature(deviceId, millis, salt);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw new DomainException(ReasonCode.SIGNATURE_INVALID);
        }
        long age = now.toEpochMilli() - millis;
        if (age > VALIDITY.toMillis() || -age > ALLOWED_SKEW.toMillis()) {
            throw new DomainException(ReasonCode.REQUEST_EXPIRED);
        }
        return new DeviceId(deviceId);
    }

    private long epochMillis() {
        Ensure.present(TIMESTAMP_FIELD, timestamp);
        try {
            return Long.parseLong(timestamp.trim());
        } catch (NumberFormatException notANumber) {
            throw new ValidationException(TIMESTAMP_FIELD, Problem.NOT_INTEGER);
        }
    }

    /** What a client computes; public so that clients and tests written in Java can sign the same way. */
    public static String expectedSignature(String deviceId, long timestamp, String salt) {
        String signed = "deviceId=" + deviceId + "&salt=" + salt + "&timestamp=" + timestamp + "APP_SECRET";
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
