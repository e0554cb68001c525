package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialWorkTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void tasksRunOneAtATimeInTheOrderTheyCame() throws InterruptedException {
        SerialWork work = new SerialWork(pool, 100);
        List<Integer> order = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(20);

        for (int i = 0; i < 20; i++) {
            int n = i;
            assertTrue(work.submit(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleep(n % 3);
                order.add(n);
                running.decrementAndGet();
                done.countDown();
            }));
        }

        assertTrue(done.await(5, TimeUnit.SECONDS));
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add(i);
        }
        assertEquals(expected, order);
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    void aFullQueueRefusesTheTask() throws InterruptedException {
        SerialWork work = new SerialWork(pool, 2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        work.submit(() -> {
            started.countDown();
            await(release);
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        assertTrue(work.submit(() -> { }));
        assertTrue(work.submit(() -> { }));

        assertFalse(work.submit(() -> { }));
        release.countDown();
    }

    @Test
    void aTaskThatThrowsDoesNotStopTheOnesBehindIt() throws InterruptedException {
        SerialWork work = new SerialWork(pool, 10);
        CountDownLatch after = new CountDownLatch(1);

        work.submit(() -> {
            throw new IllegalStateException("boom");
        });
        work.submit(after::countDown);

        assertTrue(after.await(5, TimeUnit.SECONDS));
    }

    @Test
    void workAfterTheWorkersStoppedIsDropped() {
        pool.shutdownNow();
        SerialWork work = new SerialWork(pool, 10);
        AtomicInteger ran = new AtomicInteger();

        work.submit(ran::incrementAndGet);

        assertEquals(0, ran.get());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
