package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the server does with one {@code type} of client frame. A refusal is a
 * {@link io.parley.chat.domain.shared.DomainException}: the dispatcher answers it with a {@code fail} frame that
 * echoes the frame's {@code client_msg_id}. Messaging adds its frame types as further handlers.
 */
interface FrameHandler {
    /** The value of the frame's {@code type} this handler takes. */
    String type();

    void handle(ChatConnection from, ObjectNode frame);
}
