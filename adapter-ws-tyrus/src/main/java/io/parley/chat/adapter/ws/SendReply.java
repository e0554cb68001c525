package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.chat.application.port.in.SendMessageCommand;
import io.parley.chat.application.port.in.SendMessageUseCase;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;

/**
 * A client's {@code send} (API.md j.4, j.9): the parameters of #20 under {@code params}, stored through the same use
 * case, and answered with {@code {"type":"sent","client_msg_id":…,"data":<message>}} once the message is stored. A
 * refusal is the dispatcher's {@code fail} frame with the same {@code client_msg_id}.
 */
final class SendReply implements FrameHandler {
    private static final String PARAMS = "params";

    private final SendMessageUseCase sendMessage;
    private final SendOptions options;

    SendReply(SendMessageUseCase sendMessage, SendOptions options) {
        this.sendMessage = sendMessage;
        this.options = options;
    }

    @Override
    public String type() {
        return "send";
    }

    @Override
    public boolean callsUseCase() {
        return true;
    }

    @Override
    public void handle(ChatConnection from, ObjectNode frame) {
        JsonNode params = frame.get(PARAMS);
        if (params == null || params.isNull()) {
            throw new ValidationException(PARAMS, Problem.REQUIRED);
        }
        if (!params.isObject()) {
            throw new ValidationException(PARAMS, Problem.BAD_SHAPE, "{sendto_id, chatType, type, data, options}");
        }
        JsonNode clientMsgId = FrameDispatcher.clientMsgId(frame);
        Message sent = sendMessage.send(SendMessageCommand.of(
                from.user(),
                FrameValues.text(params.get("sendto_id")),
                FrameValues.text(params.get("chatType")),
                FrameValues.text(params.get("type")),
                FrameValues.text(params.get("data")),
                options.normalise(params.get("options")),
                FrameValues.text(clientMsgId)));
        from.send(from.frames().sent(clientMsgId, sent));
    }
}
