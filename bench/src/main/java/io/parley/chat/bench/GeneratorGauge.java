package io.parley.chat.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The generator watching itself (BENCH.md 4.1 validity checks): its own CPU time, to flag steps where its core was
 * the limit, and the longest GC pause since the last reset, which puts a floor under every latency it measures.
 */
final class GeneratorGauge {
    /** Above this share of its one core the generator, not the server, may be what limits a step. */
    static final double BOUND_PERCENT = 85.0;

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final AtomicLong longestPauseMillis = new AtomicLong();

    GeneratorGauge() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                (CompositeData) notification.getUserData());
                        // G1's concurrent cycle is no pause; JDK 17 reports pauses under the two generations
                        if (!info.getGcName().contains("Concurrent")) {
                            longestPauseMillis.accumulateAndGet(info.getGcInfo().getDuration(), Math::max);
                        }
                    }
                }, null, null);
            }
        }
    }

    /** CPU time this process has used, in ns. */
    long cpuNanos() {
        return os.getProcessCpuTime();
    }

    /** The longest GC pause since the last call, in ms. */
    long takeLongestPauseMillis() {
        return longestPauseMillis.getAndSet(0);
    }
}
