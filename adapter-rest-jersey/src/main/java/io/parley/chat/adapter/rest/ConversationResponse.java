package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.application.port.in.ConversationView;

/**
 * One line of my conversation list (API.md j.9):
 * {@code {"chatType","id","name","avatar","last_message","unread","updated_at"}}, {@code updated_at} in epoch
 * milliseconds like a message's {@code create_time}. The last message is shown as stored (a recalled one with
 * {@code isremove:1}).
 */
record ConversationResponse(
        String chatType,
        long id,
        String name,
        String avatar,
        @JsonProperty("last_message") MessageJson lastMessage,
        long unread,
        @JsonProperty("updated_at") long updatedAt) {

    static ConversationResponse of(ConversationView view, ObjectMapper mapper) {
        return new ConversationResponse(view.chatType().wireName(), view.id(), orEmpty(view.name()),
                orEmpty(view.avatar()), MessageJson.of(view.lastMessage(), mapper), view.unread(),
                view.updatedAt().toEpochMilli());
    }

    /** A peer without a name or avatar shows "" as messages do, never null. */
    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
