package io.parley.chat.application.port.in;

import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import java.time.Instant;

/**
 * One of my conversations: {@code {"chatType","id","name","avatar","last_message","unread","updated_at"}}; the name
 * is my remark for the peer, else their nickname, else their username.
 */
public record ConversationView(ChatType chatType, long id, String name, String avatar, Message lastMessage,
        long unread, Instant updatedAt) {
}
