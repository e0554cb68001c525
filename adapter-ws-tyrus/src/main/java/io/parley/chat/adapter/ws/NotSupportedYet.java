package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;

/**
 * A frame type of the protocol whose use case this node does not offer yet ({@code read}, which comes with
 * conversations): the client gets {@code NOT_SUPPORTED} instead of {@code BAD_FRAME}, because the frame itself is
 * well formed.
 */
final class NotSupportedYet implements FrameHandler {
    private final String type;

    NotSupportedYet(String type) {
        this.type = type;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public void handle(ChatConnection from, ObjectNode frame) {
        throw new DomainException(ReasonCode.NOT_SUPPORTED);
    }
}
