package io.parley.chat.adapter.ws;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Every upgraded connection of the node, authenticated or not, so that shutdown reaches them all. */
final class Wires {
    private final Set<Wire> open = ConcurrentHashMap.newKeySet();
    private volatile boolean accepting = true;

    boolean accepting() {
        return accepting;
    }

    void add(Wire wire) {
        open.add(wire);
    }

    void remove(Wire wire) {
        open.remove(wire);
    }

    /** Refuses new upgrades, closes every socket with {@code how}, waits a little for the clients to answer. */
    void closeAll(SocketClose how, Duration patience) {
        accepting = false;
        for (Wire wire : Set.copyOf(open)) {
            wire.close(how);
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Wire wire : Set.copyOf(open)) {
            wire.terminate();
        }
    }
}
