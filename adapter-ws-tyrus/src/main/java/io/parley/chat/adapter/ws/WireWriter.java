package io.parley.chat.adapter.ws;

import java.nio.ByteBuffer;
import org.glassfish.tyrus.spi.CompletionHandler;
import org.glassfish.tyrus.spi.Writer;

/** Tyrus's way out to the client: frames and the final close, both through the connection's {@link Wire}. */
final class WireWriter extends Writer {
    private final Wire wire;

    WireWriter(Wire wire) {
        this.wire = wire;
    }

    @Override
    public void write(ByteBuffer buffer, CompletionHandler<ByteBuffer> completionHandler) {
        wire.write(buffer, completionHandler);
    }

    @Override
    public void close() {
        wire.closeTransport();
    }
}
