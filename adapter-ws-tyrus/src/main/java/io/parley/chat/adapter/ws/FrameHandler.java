package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the server does with one {@code type} of client frame. A refusal is a
 * {@link io.parley.chat.domain.shared.DomainException}: the dispatcher answers it with a {@code fail} frame that
 * echoes the frame's {@code client_msg_id}.
 */
interface FrameHandler {
    /** The value of the frame's {@code type} this handler takes. */
    String type();

    /**
     * Whether handling may wait (a use case that stores or loads): such frames run on the connection's
     * {@link SerialWork}, off the thread that reads the socket and in the order the client sent them.
     */
    default boolean callsUseCase() {
        return false;
    }

    void handle(ChatConnection from, ObjectNode frame);
}
