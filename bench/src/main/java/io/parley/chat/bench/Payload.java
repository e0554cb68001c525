package io.parley.chat.bench;

/** The message text of every workload: about 100 characters of plain ASCII, as in BENCH.md. */
final class Payload {
    static final String TEXT = "The quick brown fox jumps over the lazy dog while the benchmark counts every single "
            + "message it sends.";

    private Payload() {
    }

    /** Connection i talks to connection (i + n/2) mod n: every connection sends and receives the same share. */
    static int partner(int index, int connections) {
        return (index + connections / 2) % connections;
    }
}
