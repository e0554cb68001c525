package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A client {@code ping} (also sent as the bare text {@code ping}) gets {@code {"type":"pong","timestamp":<ms>}}. */
final class PongReply implements FrameHandler {
    @Override
    public String type() {
        return "ping";
    }

    @Override
    public void handle(ChatConnection from, ObjectNode frame) {
        from.send(from.frames().pong());
    }
}
