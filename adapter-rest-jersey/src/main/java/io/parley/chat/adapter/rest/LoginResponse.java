package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parley.chat.application.port.in.AccountView;
import io.parley.chat.application.port.in.LoginResult;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The login result of #1, #2 and #4–#6: the account under the seed's column names plus the token (API.md c.3,
 * "Common login routine"), times as {@link LocalCreateTime} says.
 */
record LoginResponse(
        long id,
        String uuid,
        String username,
        String nickname,
        String avatar,
        String devicefingeruuid,
        String uniplatform,
        String devicemodel,
        String deviceos,
        String devicebrand,
        String userset,
        @JsonProperty("invite_confirm") int inviteConfirm,
        String mobile,
        String email,
        int status,
        @JsonProperty("last_login") Instant lastLogin,
        @JsonProperty("last_login_ip") String lastLoginIp,
        @JsonProperty("register_ip") String registerIp,
        @JsonProperty("register_time") Instant registerTime,
        String role,
        @JsonProperty("create_time") String createTime,
        @JsonProperty("update_time") Instant updateTime,
        String token) {

    static LoginResponse of(LoginResult result, ZoneId serverZone) {
        AccountView a = result.account();
        return new LoginResponse(a.id().value(), a.uuid(), a.username(), a.nickname(), a.avatar(),
                // the seed's column is NOT NULL DEFAULT '': an account bound to no device shows ''
                a.deviceId() == null ? "" : a.deviceId(),
                a.deviceInfo().uniplatform(), a.deviceInfo().devicemodel(), a.deviceInfo().deviceos(),
                a.deviceInfo().devicebrand(), a.userset(), a.inviteConfirm(), a.mobile(), a.email(),
                a.status().code(), a.lastLogin(), a.lastLoginIp(), a.registerIp(), a.registerTime(),
                a.role().wireName(), LocalCreateTime.of(a.createTime(), serverZone), a.updateTime(), result.token());
    }
}
