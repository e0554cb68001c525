package io.parley.chat.application.service;

import io.parley.chat.application.port.in.AcknowledgeMessagesUseCase;
import io.parley.chat.application.port.out.InboxPort;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The client has these messages: their inbox entries go. What a client sends is not trusted to be an id. */
final class AcknowledgeMessagesService implements AcknowledgeMessagesUseCase {
    /** Ids per call to the inbox, so that a store's statement stays of a sensible size whatever a client sends. */
    static final int CHUNK = 500;

    private final InboxPort inbox;

    AcknowledgeMessagesService(InboxPort inbox) {
        this.inbox = inbox;
    }

    @Override
    public void acknowledge(UserId recipient, Collection<String> messageIds) {
        List<MessageId> ids = messageIds.stream()
                .filter(Objects::nonNull)
                .filter(id -> id.length() == 36)
                .distinct()
                .map(MessageId::new)
                .toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            inbox.remove(recipient, ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
    }
}
