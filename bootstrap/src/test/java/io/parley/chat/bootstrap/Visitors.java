package io.parley.chat.bootstrap;

import io.parley.chat.domain.visitor.SignedDeviceRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What a client does to call the signed visitor endpoints (#4–#6). */
final class Visitors {
    static final String SALT = "parley-visitor-salt";

    private Visitors() {
    }

    static String newDeviceId() {
        return UUID.randomUUID().toString();
    }

    static Map<String, String> signatureHeader(String deviceId, long timestamp) {
        return Map.of("X-Security-Sign", SignedDeviceRequest.expectedSignature(deviceId, timestamp, SALT));
    }

    static Map<String, Object> body(String deviceId, long timestamp, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("deviceId", deviceId);
        body.put("timestamp", timestamp);
        return body;
    }
}
