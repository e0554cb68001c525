package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.chat.application.port.in.MarkReadCommand;
import io.parley.chat.application.port.in.MarkReadUseCase;

/**
 * {@code {"type":"read","chatType":"single","id":<peer>,"seq":<n>}}: the same as {@code POST /api/chat/read}
 * (API.md j.9): my read pointer moves and the peer's socket hears it. No reply when it worked; a refusal or a bad
 * parameter is the dispatcher's {@code fail} frame.
 */
final class ReadMark implements FrameHandler {
    private final MarkReadUseCase markRead;

    ReadMark(MarkReadUseCase markRead) {
        this.markRead = markRead;
    }

    @Override
    public String type() {
        return "read";
    }

    /** It stores, so it waits its turn off the thread that reads the socket, like {@code send}. */
    @Override
    public boolean callsUseCase() {
        return true;
    }

    @Override
    public void handle(ChatConnection from, ObjectNode frame) {
        markRead.markRead(MarkReadCommand.of(from.user(), FrameValues.text(frame.get("chatType")),
                FrameValues.text(frame.get("id")), FrameValues.text(frame.get("seq"))));
    }
}
