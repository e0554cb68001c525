package io.parley.chat.application.port.in;

/** #26: the owner sets the announcement of a group that takes writes; every member row hears it (N-3b). */
public interface AnnounceUseCase {
    void announce(GroupTextCommand command);
}
