package io.parley.chat.adapter.ws;

/**
 * How far a socket may fall behind before the server gives up on it: frames handed to the socket that the client
 * has not taken yet, counted and in UTF-8 bytes. Without a bound a client that stops reading would make the node
 * hold every frame meant for it; past the bound the socket closes with 1013 and what it did not take stays in the
 * recipient's inbox for the next connection.
 *
 * @param maxFrames frames not yet written to the socket
 * @param maxBytes  their size; one frame larger than this on its own is still accepted by an idle socket
 */
record OutboxLimits(int maxFrames, long maxBytes) {
    /**
     * A thousand frames covers a long burst of ordinary messages; 16 MiB (about 90 messages of the largest size)
     * keeps a stalled socket from costing the node more than that.
     */
    static final OutboxLimits DEFAULT = new OutboxLimits(1_000, 16L * 1024 * 1024);

    OutboxLimits {
        if (maxFrames < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("outbox limits must be positive: " + maxFrames + ", " + maxBytes);
        }
    }
}
