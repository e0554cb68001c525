package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.UserId;
import java.util.List;

/** {@code GET /api/chat/conversations}: my recent conversations, most recent first. */
public interface ListConversationsUseCase {
    List<ConversationView> conversations(UserId me);
}
