package io.parley.chat.application.port.in;

import io.parley.chat.domain.message.Message;

/**
 * #20 / WebSocket {@code send}: checks the rules, stores the message durably (the answer comes only after the
 * commit), then delivers it. A refusal throws {@link io.parley.chat.domain.shared.DomainException} with its reason
 * and stores nothing. The same {@code client_msg_id} again returns the message stored the first time.
 */
public interface SendMessageUseCase {
    Message send(SendMessageCommand command);
}
