package io.parley.chat.domain.user;

import io.parley.chat.domain.shared.Ensure;

/** What a visitor's device says about itself, kept for statistics (API.md #4). Empty strings when unknown. */
public record DeviceInfo(String uniplatform, String devicemodel, String deviceos, String devicebrand) {
    public static final DeviceInfo UNKNOWN = new DeviceInfo("", "", "", "");

    public DeviceInfo {
        uniplatform = optional("uniplatform", uniplatform, 2);
        devicemodel = optional("devicemodel", devicemodel, 1);
        deviceos = optional("deviceos", deviceos, 1);
        devicebrand = optional("devicebrand", devicebrand, 1);
    }

    private static String optional(String field, String value, int min) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return Ensure.length(field, value, min, 50);
    }
}
