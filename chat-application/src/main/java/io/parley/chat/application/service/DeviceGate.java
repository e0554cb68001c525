package io.parley.chat.application.service;

import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.RateLimitPort;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.visitor.SignedDeviceRequest;
import java.time.Duration;

/**
 * What the signed visitor endpoints (#4–#6) check before anything else: the device signature, then one shared
 * counter per device (5 an hour, as the seed) and one per client address (configurable).
 */
final class DeviceGate {
    static final int ATTEMPTS_PER_DEVICE = 5;
    static final Duration WINDOW = Duration.ofHours(1);

    private final RateLimitPort rateLimits;
    private final ClockPort clock;
    private final String salt;
    private final int attemptsPerAddress;

    DeviceGate(RateLimitPort rateLimits, ClockPort clock, String salt, int attemptsPerAddress) {
        this.rateLimits = rateLimits;
        this.clock = clock;
        this.salt = salt;
        this.attemptsPerAddress = attemptsPerAddress;
    }

    DeviceId admit(SignedDeviceRequest signed, String clientAddress) {
        DeviceId device = signed.verify(salt, clock.now());
        if (!rateLimits.tryAcquire("chat_visitor_reg:" + device.value(), ATTEMPTS_PER_DEVICE, WINDOW)) {
            throw new DomainException(ReasonCode.RATE_LIMITED);
        }
        if (clientAddress != null && !clientAddress.isEmpty()
                && !rateLimits.tryAcquire("chat_visitor_reg_addr:" + clientAddress, attemptsPerAddress, WINDOW)) {
            throw new DomainException(ReasonCode.RATE_LIMITED);
        }
        return device;
    }
}
