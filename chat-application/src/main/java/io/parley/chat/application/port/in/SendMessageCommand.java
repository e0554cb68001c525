package io.parley.chat.application.port.in;

import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/**
 * #20 and the WebSocket {@code send}: a message from the sender to a user ({@code single}) or a group.
 *
 * @param options the client's extras as JSON text, already decoded; {@code null} when absent or unreadable
 * @param clientMessageId the client's own id for the message (idempotency), or {@code null}
 */
public record SendMessageCommand(UserId sender, ChatType chatType, long sendtoId, String type, MessageData data,
        String options, ClientMessageId clientMessageId) {
    public static final int MAX_TYPE = 30;
    public static final int MAX_DATA = 60_000;

    public SendMessageCommand {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(chatType, "chatType");
        Ensure.range("sendto_id", sendtoId, 1, Long.MAX_VALUE);
        Ensure.length("type", type, 1, MAX_TYPE);
        Objects.requireNonNull(data, "data");
    }

    /** From the raw parameters of #20 (numbers may come as text). */
    public static SendMessageCommand of(UserId sender, String sendtoId, String chatType, String type, String data,
            String options, String clientMsgId) {
        long to = wholeNumber("sendto_id", sendtoId);
        ChatType kind = ChatType.fromWireName(Ensure.present("chatType", chatType))
                .orElseThrow(() -> new ValidationException("chatType", Problem.NOT_ONE_OF, "single, group"));
        Ensure.length("type", type, 1, MAX_TYPE);
        Ensure.present("data", data);
        Ensure.atMost("data", data, MAX_DATA);
        return new SendMessageCommand(sender, kind, to, type, MessageData.text(data), options,
                ClientMessageId.optional(clientMsgId).orElse(null));
    }

    private static long wholeNumber(String field, String value) {
        Ensure.present(field, value);
        try {
            return Ensure.range(field, Long.parseLong(value.trim()), 1, Long.MAX_VALUE);
        } catch (NumberFormatException notANumber) {
            throw new ValidationException(field, Problem.NOT_INTEGER);
        }
    }
}
