package io.parley.chat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RampSummaryTest {
    @Test
    void capacityIsTheHighestPassingRate() {
        RampSummary ramp = RampSummary.of(List.of(step(1, 1_000, 3), step(1, 1_500, 60), step(1, 2_200, 4),
                step(1, 3_300, 70)));

        // the noisy step at 1,500 does not cap it
        assertEquals(2_200, ramp.capacityAt(50));
        assertEquals(1_000, ramp.capacityAt(3));
    }

    @Test
    void noPassingStepMeansNoCapacity() {
        assertEquals(0, RampSummary.of(List.of(step(1, 1_000, 80))).capacityAt(50));
    }

    @Test
    void aStepWithLossOrAnOverloadedGeneratorDoesNotCount() {
        StepResult lossy = withLoss(step(1, 1_000, 3));
        StepResult generatorBound = withGeneratorCpu(step(1, 1_000, 3), 90);

        assertEquals(0, RampSummary.of(List.of(lossy)).capacityAt(50));
        assertEquals(0, RampSummary.of(List.of(generatorBound)).capacityAt(50));
    }

    @Test
    void repeatsFoldIntoTheirMedianWithTheP99Range() {
        RampSummary ramp = RampSummary.of(List.of(step(1, 1_000, 3), step(2, 1_000, 9), step(3, 1_000, 5)));

        RampSummary.Row row = ramp.at(1_000);
        assertEquals(5, row.median().p99Ms());
        assertEquals(3, row.p99Min());
        assertEquals(9, row.p99Max());
        assertNull(ramp.at(1_500));
    }

    @Test
    void aRateThatNotEveryRepeatReachedDoesNotCount() {
        RampSummary ramp = RampSummary.of(List.of(step(1, 1_000, 3), step(1, 1_500, 3), step(2, 1_000, 3)));

        assertEquals(1_000, ramp.capacityAt(50));
    }

    private static StepResult step(int repeat, int offered, double p99) {
        return new StepResult("W1", "parley", "h2", 1_000, repeat, offered, 2, offered, p99 / 4, p99, p99 * 2,
                p99 * 3, null, null, 50, 40, 40, 0, 30, 5, 0.1, 300, offered * 3L, offered * 3L, 0, 0, 0, 0, 0, false);
    }

    private static StepResult withLoss(StepResult s) {
        return new StepResult(s.workload(), s.target(), s.database(), s.connections(), s.repeat(), s.offered(),
                s.windowSeconds(), s.deliveredPerSecond(), s.p50Ms(), s.p99Ms(), s.p999Ms(), s.maxMs(), null, null,
                s.serverCpuPercent(), s.serverMicrosPerMessage(), s.jvmMicrosPerMessage(), 0,
                s.generatorCpuPercent(), 0, 0, 0, s.sent(), s.delivered() - 1, 0, 0, 1, 0, 0, false);
    }

    private static StepResult withGeneratorCpu(StepResult s, double percent) {
        return new StepResult(s.workload(), s.target(), s.database(), s.connections(), s.repeat(), s.offered(),
                s.windowSeconds(), s.deliveredPerSecond(), s.p50Ms(), s.p99Ms(), s.p999Ms(), s.maxMs(), null, null,
                s.serverCpuPercent(), s.serverMicrosPerMessage(), s.jvmMicrosPerMessage(), 0, percent, 0, 0, 0,
                s.sent(), s.delivered(), 0, 0, 0, 0, 0, percent > GeneratorGauge.BOUND_PERCENT);
    }
}
