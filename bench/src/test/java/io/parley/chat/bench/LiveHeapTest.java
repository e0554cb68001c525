package io.parley.chat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LiveHeapTest {
    @Test
    void readsTheUsedHeapOfG1() {
        String heapInfo = "12345:\n garbage-first heap   total 1048576K, used 23456K [0x00000000c0000000, "
                + "0x0000000100000000)\n  region size 1024K, 2 young (2048K), 0 survivors (0K)\n Metaspace       "
                + "used 80000K, committed 81000K, reserved 1114112K\n";

        assertEquals(OptionalLong.of(23_456), LiveHeap.usedKib(heapInfo));
    }

    @Test
    void saysNothingWhenTheOutputIsNotAHeapSummary() {
        assertEquals(OptionalLong.empty(), LiveHeap.usedKib("12345:\ncom.sun.tools.attach.AttachNotSupported"));
    }
}
