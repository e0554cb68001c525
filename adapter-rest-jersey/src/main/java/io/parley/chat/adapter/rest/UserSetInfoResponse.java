package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parley.chat.application.port.in.UserSetInfoView;
import io.parley.chat.domain.user.User;

/**
 * #40: what a client checks before asking someone to be friends (API.md c.3):
 * {@code {id, userset, invite_confirm, uuid, isgoodfriend, isgoodfriend_status}}, the last two as booleans.
 */
record UserSetInfoResponse(long id, String userset, @JsonProperty("invite_confirm") int inviteConfirm, String uuid,
        boolean isgoodfriend, @JsonProperty("isgoodfriend_status") boolean isgoodfriendStatus) {

    static UserSetInfoResponse of(UserSetInfoView view) {
        User target = view.target();
        return new UserSetInfoResponse(target.id().value(), target.settings().json(), target.inviteConfirm(),
                target.uuid(), view.theyHaveMe(), view.theirEntryUsable());
    }
}
