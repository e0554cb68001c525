package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.UserSummary;

/** #7: one user a search found, in the seed's field order {@code {id, username, avatar, role, uuid, nickname}}. */
record FoundUserResponse(long id, String username, String avatar, String role, String uuid, String nickname) {
    static FoundUserResponse of(UserSummary user) {
        return new FoundUserResponse(user.id().value(), user.username(), user.avatar(), user.role().wireName(),
                user.uuid(), user.nickname());
    }
}
