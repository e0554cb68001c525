package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.chat.application.port.in.AcknowledgeMessagesUseCase;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code {"type":"ack","ids":[…]}}: on a connection in ack mode the client has these messages, and their inbox
 * entries go (API.md j.4). No reply. On any other connection the frame is ignored (j.10), as old clients never send
 * it and a message written to their socket already counts as delivered.
 */
final class AckReceipt implements FrameHandler {
    private final AcknowledgeMessagesUseCase acknowledge;

    AckReceipt(AcknowledgeMessagesUseCase acknowledge) {
        this.acknowledge = acknowledge;
    }

    @Override
    public String type() {
        return "ack";
    }

    @Override
    public boolean callsUseCase() {
        return true;
    }

    @Override
    public void handle(ChatConnection from, ObjectNode frame) {
        if (!from.ackMode()) {
            return;
        }
        JsonNode ids = frame.get("ids");
        if (ids == null || !ids.isArray()) {
            throw new DomainException(ReasonCode.BAD_FRAME);
        }
        List<String> messageIds = new ArrayList<>(ids.size());
        for (JsonNode id : ids) {
            // anything but a string cannot be a message id; the use case ignores unknown ids the same way
            if (id.isTextual()) {
                messageIds.add(id.textValue());
            }
        }
        if (!messageIds.isEmpty()) {
            acknowledge.acknowledge(from.user(), messageIds);
        }
    }
}
