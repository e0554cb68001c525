package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.PublicProfile;
import io.parley.chat.domain.user.UserInfo;
import java.time.LocalDate;

/** #8: what anyone may see of a user, with the nested {@code userinfo} of the seed (API.md b.2). */
record PublicProfileResponse(long id, String uuid, String username, String nickname, String avatar, String role,
        String userset, Info userinfo) {

    static PublicProfileResponse of(PublicProfile profile) {
        return new PublicProfileResponse(profile.id().value(), profile.uuid(), profile.username(),
                profile.nickname(), profile.avatar(), profile.role().wireName(), profile.userset(),
                Info.of(profile.info()));
    }

    record Info(Long id, String gender, LocalDate birthday, String bio, String location, String website) {
        static Info of(UserInfo info) {
            return new Info(info.id(), info.gender().wireName(), info.birthday(), info.bio(), info.location(),
                    info.website());
        }
    }
}
