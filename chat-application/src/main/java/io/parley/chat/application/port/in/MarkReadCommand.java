package io.parley.chat.application.port.in;

import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** {@code POST /api/chat/read {chatType, id, seq}} and the WebSocket {@code read} frame. */
public record MarkReadCommand(UserId reader, ChatType chatType, long id, long seq) {
    public MarkReadCommand {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(chatType, "chatType");
        Ensure.range("id", id, 1, Long.MAX_VALUE);
        Ensure.range("seq", seq, 0, Long.MAX_VALUE);
    }

    public static MarkReadCommand of(UserId reader, String chatType, String id, String seq) {
        ChatType kind = ChatType.fromWireName(Ensure.present("chatType", chatType))
                .orElseThrow(() -> new ValidationException("chatType", Problem.NOT_ONE_OF, "single, group"));
        return new MarkReadCommand(reader, kind, Numbers.positive("id", id), Numbers.atLeastZero("seq", seq));
    }
}
