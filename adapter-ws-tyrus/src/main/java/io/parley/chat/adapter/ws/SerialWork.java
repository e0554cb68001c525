package io.parley.chat.adapter.ws;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One socket's frames that call use cases (which may wait on storage), run on the shared workers one at a time and
 * in the order they arrived: the socket keeps reading meanwhile, and its replies come in the order of its frames.
 * A worker runs one task and then hands the socket back to the pool, so a busy socket cannot starve the others.
 */
final class SerialWork {
    private static final Logger LOG = LoggerFactory.getLogger(SerialWork.class);

    private final Executor workers;
    private final int capacity;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private boolean scheduled;

    /** @param capacity tasks that may wait; the socket is sending work faster than it can be done beyond that */
    SerialWork(Executor workers, int capacity) {
        this.workers = workers;
        this.capacity = capacity;
    }

    /** Queues {@code task} behind the socket's earlier ones; false, and nothing queued, when the queue is full. */
    boolean submit(Runnable task) {
        synchronized (this) {
            if (waiting.size() >= capacity) {
                return false;
            }
            waiting.add(task);
            if (scheduled) {
                return true;
            }
            scheduled = true;
        }
        schedule();
        return true;
    }

    private void schedule() {
        try {
            workers.execute(this::runNext);
        } catch (RejectedExecutionException shuttingDown) {
            // the server is stopping and its sockets with it; their remaining work has nobody left to answer
            synchronized (this) {
                LOG.debug("dropping {} queued frame tasks at shutdown", waiting.size());
                waiting.clear();
                scheduled = false;
            }
        }
    }

    private void runNext() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
        }
        try {
            if (next != null) {
                next.run();
            }
        } finally {
            boolean more;
            synchronized (this) {
                more = !waiting.isEmpty();
                scheduled = more;
            }
            if (more) {
                schedule();
            }
        }
    }
}
