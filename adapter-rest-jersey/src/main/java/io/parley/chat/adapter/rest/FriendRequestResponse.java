package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parley.chat.domain.relation.FriendRequest;

/**
 * #9: the {@code goodfriendapply} row of a pending request without order and times (API.md b.4, c.3):
 * {@code user_id} asked {@code friend_id}, with the words {@code nickname}.
 */
record FriendRequestResponse(long id, @JsonProperty("user_id") long userId, @JsonProperty("friend_id") long friendId,
        String nickname, String status) {

    static FriendRequestResponse of(FriendRequest request) {
        return new FriendRequestResponse(request.id(), request.applicant().value(), request.target().value(),
                request.text(), request.status().wire());
    }
}
