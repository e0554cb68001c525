package io.parley.chat.application.port.in;

/**
 * I have read the conversation up to {@code seq}: my unread count drops and, in a one-to-one chat, the peer's live
 * connection gets a read frame. Never moves the pointer backward.
 */
public interface MarkReadUseCase {
    void markRead(MarkReadCommand command);
}
