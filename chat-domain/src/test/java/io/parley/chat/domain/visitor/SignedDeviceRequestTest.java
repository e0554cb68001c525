package io.parley.chat.domain.visitor;

import static io.parley.chat.domain.shared.Refusals.assertInvalid;
import static io.parley.chat.domain.shared.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.DeviceId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignedDeviceRequestTest {
    private static final String DEVICE = "8d1a344c-0b7e-4f2a-9c3d-1234567890ab";
    private static final String SALT = "s3cret";
    private static final long SIGNED_AT = 1_700_000_000_000L;
    private static final Instant NOW = Instant.ofEpochMilli(SIGNED_AT);
    /**
     * Worked out apart from the code under test:
     * {@code printf '%s' 'deviceId=8d1a344c-0b7e-4f2a-9c3d-1234567890ab&salt=s3cret&timestamp=1700000000000APP_SECRET'
     * | sha256sum}.
     */
    private static final String SIGNATURE = "06901680510e39ebb344510ef7f0cc212c8b091dc37b1b83d97c7b41bac9b0b4";

    private static SignedDeviceRequest signedAt(String deviceId, long timestamp) {
        return new SignedDeviceRequest(deviceId, Long.toString(timestamp),
                SignedDeviceRequest.expectedSignature(deviceId, timestamp, SALT));
    }

    @Test
    void signTheSortedParametersAndTheLiteralAppSecretWithSha256() {
        assertEquals(SIGNATURE, SignedDeviceRequest.expectedSignature(DEVICE, SIGNED_AT, SALT));
    }

    @Test
    void admitAFreshCorrectlySignedRequestForItsDevice() {
        SignedDeviceRequest request = new SignedDeviceRequest(DEVICE, Long.toString(SIGNED_AT), SIGNATURE);
        assertEquals(new DeviceId(DEVICE), request.verify(SALT, NOW));
    }

    @Test
    void refuseAMissingSignatureBeforeLookingAtAnythingElse() {
        assertRefused(ReasonCode.SIGNATURE_MISSING, () -> new SignedDeviceRequest(null, null, null).verify(SALT, NOW));
        assertRefused(ReasonCode.SIGNATURE_MISSING,
                () -> new SignedDeviceRequest("short", "not-a-number", " ").verify(SALT, NOW));
        assertRefused(ReasonCode.SIGNATURE_MISSING,
                () -> new SignedDeviceRequest(DEVICE, Long.toString(SIGNED_AT), "").verify(SALT, NOW));
    }

    @Test
    void refuseAWrongSignature() {
        String wrong = "f" + SIGNATURE.substring(1);
        assertRefused(ReasonCode.SIGNATURE_INVALID,
                () -> new SignedDeviceRequest(DEVICE, Long.toString(SIGNED_AT), wrong).verify(SALT, NOW));
    }

    @Test
    void refuseASignatureMadeWithAnotherSalt() {
        SignedDeviceRequest request = new SignedDeviceRequest(DEVICE, Long.toString(SIGNED_AT),
                SignedDeviceRequest.expectedSignature(DEVICE, SIGNED_AT, "other-salt"));
        assertRefused(ReasonCode.SIGNATURE_INVALID, () -> request.verify(SALT, NOW));
    }

    @Test
    void refuseASignatureOfAnotherTimestamp() {
        SignedDeviceRequest request = new SignedDeviceRequest(DEVICE, Long.toString(SIGNED_AT + 1), SIGNATURE);
        assertRefused(ReasonCode.SIGNATURE_INVALID, () -> request.verify(SALT, NOW));
    }

    @Test
    void refuseASignatureOfAnotherDevice() {
        String other = "9d1a344c-0b7e-4f2a-9c3d-1234567890ab";
        SignedDeviceRequest request = new SignedDeviceRequest(other, Long.toString(SIGNED_AT), SIGNATURE);
        assertRefused(ReasonCode.SIGNATURE_INVALID, () -> request.verify(SALT, NOW));
    }

    @Test
    void acceptRequestsUpToFiveMinutesOld() {
        SignedDeviceRequest request = signedAt(DEVICE, SIGNED_AT);
        assertEquals(DEVICE, request.verify(SALT, NOW.plus(Duration.ofMinutes(4))).value());
        assertEquals(DEVICE, request.verify(SALT, NOW.plus(Duration.ofMinutes(5))).value());
    }

    @Test
    void refuseRequestsOlderThanFiveMinutes() {
        SignedDeviceRequest request = signedAt(DEVICE, SIGNED_AT);
        assertRefused(ReasonCode.REQUEST_EXPIRED, () -> request.verify(SALT, NOW.plus(Duration.ofMinutes(5))
                .plusMillis(1)));
        assertRefused(ReasonCode.REQUEST_EXPIRED, () -> request.verify(SALT, NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void acceptRequestsFromTheFutureWithinAMinuteOfClockSkew() {
        SignedDeviceRequest request = signedAt(DEVICE, SIGNED_AT);
        assertEquals(DEVICE, request.verify(SALT, NOW.minusSeconds(30)).value());
        assertEquals(DEVICE, request.verify(SALT, NOW.minus(Duration.ofMinutes(1))).value());
    }

    @Test
    void refuseRequestsFromFurtherInTheFuture() {
        SignedDeviceRequest request = signedAt(DEVICE, SIGNED_AT);
        assertRefused(ReasonCode.REQUEST_EXPIRED,
                () -> request.verify(SALT, NOW.minus(Duration.ofMinutes(1)).minusMillis(1)));
        assertRefused(ReasonCode.REQUEST_EXPIRED, () -> request.verify(SALT, NOW.minus(Duration.ofHours(2))));
    }

    @Test
    void refuseATimestampThatIsNotAWholeNumber() {
        assertInvalid("timestamp", Problem.NOT_INTEGER,
                () -> new SignedDeviceRequest(DEVICE, "yesterday", SIGNATURE).verify(SALT, NOW));
        assertInvalid("timestamp", Problem.NOT_INTEGER,
                () -> new SignedDeviceRequest(DEVICE, "1.7e12", SIGNATURE).verify(SALT, NOW));
    }

    @Test
    void requireATimestamp() {
        assertInvalid("timestamp", Problem.REQUIRED,
                () -> new SignedDeviceRequest(DEVICE, null, SIGNATURE).verify(SALT, NOW));
    }

    @Test
    void checkTheDeviceIdLengthBeforeTheSignature() {
        assertInvalid("deviceId", Problem.LENGTH,
                () -> new SignedDeviceRequest("too-short", Long.toString(SIGNED_AT), SIGNATURE).verify(SALT, NOW));
        assertInvalid("deviceId", Problem.REQUIRED,
                () -> new SignedDeviceRequest(null, Long.toString(SIGNED_AT), SIGNATURE).verify(SALT, NOW));
    }

    @Test
    void checkTheDeviceIdFormLastAsTheSeedDoes() {
        String malformed = "8d1a344c.0b7e.4f2a.9c3d.1234567890ab";
        assertInvalid("deviceId", Problem.PATTERN, () -> signedAt(malformed, SIGNED_AT).verify(SALT, NOW));
        // a wrongly signed request with a malformed id hears about the signature first
        assertRefused(ReasonCode.SIGNATURE_INVALID,
                () -> new SignedDeviceRequest(malformed, Long.toString(SIGNED_AT), SIGNATURE).verify(SALT, NOW));
    }
}
