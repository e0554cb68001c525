package io.parley.chat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcFsTest {
    @Test
    void addsUserAndSystemTimeCountingFieldsAfterTheCommandName() {
        // a command name may hold spaces and parentheses
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 58633 0 12 0 1500 250 0 0 20 0 38 0 812 "
                + "4300000000 70000 18446744073709551615 1 1 0 0 0 0 0 2 16384 0 0 0 17 0 0 0 0 0 0";

        assertEquals(1_750, ProcFs.cpuTicksOfStatLine(stat));
    }

    @Test
    void readsTheResidentSetFromStatus() {
        String status = "Name:\tjava\nVmPeak:\t 5000000 kB\nVmRSS:\t  204800 kB\nThreads:\t38\n";

        assertEquals(OptionalLong.of(204_800), ProcFs.vmRssOfStatus(status));
    }

    @Test
    void readsThisProcess() {
        long self = ProcessHandle.current().pid();

        assertTrue(ProcFs.cpuTicks(self).isPresent());
        assertTrue(ProcFs.rssKib(self).orElse(0) > 0);
    }
}
