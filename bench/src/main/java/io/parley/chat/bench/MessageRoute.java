package io.parley.chat.bench;

/** How one generated message leaves the generator: over which connection or request, in which frame. */
interface MessageRoute {
    /** How many senders take turns; message {@code seq} goes from sender {@code seq % senders()}. */
    int senders();

    /** Sends without blocking; a message that cannot be sent at all is counted on the step. */
    void send(int sender, RateStep step, long seq, long intendedNanos);
}
