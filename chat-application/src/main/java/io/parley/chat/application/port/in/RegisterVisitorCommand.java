package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.visitor.SignedDeviceRequest;
import java.util.Objects;

/** #4: the visitor identity of a device, created on first use. */
public record RegisterVisitorCommand(SignedDeviceRequest signed, DeviceInfo deviceInfo, String clientAddress) {
    public RegisterVisitorCommand {
        Objects.requireNonNull(signed, "signed");
        deviceInfo = deviceInfo == null ? DeviceInfo.UNKNOWN : deviceInfo;
    }
}
