package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parley.chat.application.port.in.FriendInfoView;
import io.parley.chat.application.port.in.PublicProfile;
import io.parley.chat.domain.relation.Friendship;

/**
 * #15: my contact entry for a friend with who they are (API.md c.3):
 * {@code {id, user_id, friend_id, nickname, friendinfo:{id, username, avatar, nickname, role, status, userinfo}}}.
 */
record FriendInfoResponse(long id, @JsonProperty("user_id") long userId, @JsonProperty("friend_id") long friendId,
        String nickname, Friend friendinfo) {

    static FriendInfoResponse of(FriendInfoView view) {
        Friendship entry = view.entry();
        return new FriendInfoResponse(entry.id(), entry.owner().value(), entry.friend().value(), entry.remark(),
                Friend.of(view.friend(), view.friendStatus()));
    }

    record Friend(long id, String username, String avatar, String nickname, String role, int status,
            PublicProfileResponse.Info userinfo) {

        static Friend of(PublicProfile profile, int status) {
            return new Friend(profile.id().value(), profile.username(), profile.avatar(), profile.nickname(),
                    profile.role().wireName(), status, PublicProfileResponse.Info.of(profile.info()));
        }
    }
}
