package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A frame the server takes and does not answer: the client's {@code pong}. */
final class IgnoredFrame implements FrameHandler {
    private final String type;

    IgnoredFrame(String type) {
        this.type = type;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public void handle(ChatConnection from, ObjectNode frame) {
        // received is all that is needed: the wire already counted it as a sign of life
    }
}
