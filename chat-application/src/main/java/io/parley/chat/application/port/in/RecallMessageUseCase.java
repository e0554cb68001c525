package io.parley.chat.application.port.in;

import io.parley.chat.domain.message.Message;

/**
 * #37: the sender recalls a message within the recall window: it is marked recalled with its content dropped, and
 * the peer is told (live, or from the inbox when they come back). {@code NOT_MESSAGE_SENDER},
 * {@code RECALL_WINDOW_PASSED}, {@code MESSAGE_NOT_FOUND}. Returns the recalled message.
 */
public interface RecallMessageUseCase {
    Message recall(RecallMessageCommand command);
}
