package io.parley.chat.application.port.in;

import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/**
 * #37: recall a message by id. {@code toId} and {@code chatType}, when given, must match the stored message (else
 * {@code MESSAGE_NOT_FOUND}); the seed's {@code to_name}, {@code to_avatar}, {@code create_time} are ignored.
 */
public record RecallMessageCommand(UserId caller, MessageId messageId, Long toId, ChatType chatType) {
    public RecallMessageCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(messageId, "messageId");
    }

    public static RecallMessageCommand of(UserId caller, String id, String toId, String chatType) {
        Ensure.length("id", id, 36, 36);
        Long to = toId == null || toId.isEmpty() ? null : Numbers.positive("to_id", toId);
        ChatType kind = chatType == null || chatType.isEmpty() ? null : ChatType.fromWireName(chatType)
                .orElseThrow(() -> new ValidationException("chatType", Problem.NOT_ONE_OF, "single, group"));
        return new RecallMessageCommand(caller, new MessageId(id), to, kind);
    }
}
