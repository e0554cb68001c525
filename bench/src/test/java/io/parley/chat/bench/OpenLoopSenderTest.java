package io.parley.chat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenLoopSenderTest {
    @Test
    void sendsEveryMessageOfTheScheduleRoundRobinWithItsDueTime() {
        List<long[]> sent = new ArrayList<>();
        MessageRoute route = new MessageRoute() {
            @Override
            public int senders() {
                return 3;
            }

            @Override
            public void send(int sender, RateStep step, long seq, long intendedNanos) {
                sent.add(new long[] {sender, seq, intendedNanos});
            }
        };
        long start = System.nanoTime();
        // 2,000 msgs/s for 20 ms: 40 messages, 0.5 ms apart
        RateStep step = new RateStep(0, 2_000, start + 10_000_000L, start + 20_000_000L);
        int[] windows = new int[1];

        new OpenLoopSender().run(route, step, start, start + 20_000_000L, () -> windows[0]++);

        assertEquals(40, sent.size());
        assertEquals(1, windows[0]);
        for (int k = 0; k < sent.size(); k++) {
            assertEquals(k % 3, sent.get(k)[0]);
            assertEquals(k, sent.get(k)[1]);
            assertEquals(start + k * 500_000L, sent.get(k)[2]);
        }
    }
}
