package io.parley.chat.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The repeats of one ramp folded into one row per offered rate (BENCH.md 4.3: median of the repeats, p99 with its
 * range), and what follows from them: capacity at a latency SLO and CPU per message at a given rate.
 */
final class RampSummary {
    private final List<Row> rows;

    /** One offered rate: the median figures of the repeats that ran it, the p99 range, and in how many it ran. */
    record Row(StepResult median, double p99Min, double p99Max, int ran, int repeats) {
        boolean passes(double sloMs) {
            return ran == repeats && median.passes(sloMs);
        }
    }

    private RampSummary(List<Row> rows) {
        this.rows = rows;
    }

    /** Folds the steps of every repeat of one ramp (same workload, target, database and connections). */
    static RampSummary of(List<StepResult> steps) {
        int repeats = (int) steps.stream().mapToInt(StepResult::repeat).distinct().count();
        Map<Integer, List<StepResult>> byRate = new LinkedHashMap<>();
        steps.stream().sorted((a, b) -> Integer.compare(a.offered(), b.offered()))
                .forEach(step -> byRate.computeIfAbsent(step.offered(), rate -> new ArrayList<>()).add(step));
        List<Row> rows = new ArrayList<>();
        for (List<StepResult> same : byRate.values()) {
            double[] p99 = same.stream().mapToDouble(StepResult::p99Ms).sorted().toArray();
            rows.add(new Row(median(same), p99[0], p99[p99.length - 1], same.size(), repeats));
        }
        return new RampSummary(List.copyOf(rows));
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * The highest offered rate that passes at {@code sloMs} (BENCH.md 4.3); 0 when none does. A lower rate that
     * failed does not cap it: on a shared box one noisy step says more about the neighbours than about the server,
     * and a ramp that collapses stops before it could pass again.
     */
    int capacityAt(double sloMs) {
        int capacity = 0;
        for (Row row : rows) {
            if (row.passes(sloMs)) {
                capacity = row.median().offered();
            }
        }
        return capacity;
    }

    /** The row of that offered rate, if the ramp ran it. */
    Row at(int offered) {
        for (Row row : rows) {
            if (row.median().offered() == offered) {
                return row;
            }
        }
        return null;
    }

    int lowestRate() {
        return rows.isEmpty() ? 0 : rows.get(0).median().offered();
    }

    private static StepResult median(List<StepResult> same) {
        StepResult first = same.get(0);
        return new StepResult(first.workload(), first.target(), first.database(), first.connections(), 0,
                first.offered(), median(same, StepResult::windowSeconds), median(same, StepResult::deliveredPerSecond),
                median(same, StepResult::p50Ms), median(same, StepResult::p99Ms), median(same, StepResult::p999Ms),
                median(same, StepResult::maxMs), nullableMedian(same, StepResult::ackP50Ms),
                nullableMedian(same, StepResult::ackP99Ms), median(same, StepResult::serverCpuPercent),
                median(same, StepResult::serverMicrosPerMessage), median(same, StepResult::jvmMicrosPerMessage),
                median(same, StepResult::helperMicrosPerMessage), median(same, StepResult::generatorCpuPercent),
                same.stream().mapToLong(StepResult::generatorGcMaxPauseMs).max().orElse(0),
                median(same, StepResult::generatorMaxLagMs), median(same, StepResult::serverRssMiB),
                same.stream().mapToLong(StepResult::sent).sum(), same.stream().mapToLong(StepResult::delivered).sum(),
                same.stream().mapToLong(StepResult::refused).sum(), same.stream().mapToLong(StepResult::skipped).sum(),
                same.stream().mapToLong(StepResult::lost).sum(), same.stream().mapToLong(StepResult::errors).sum(),
                same.stream().mapToLong(StepResult::unexpectedCloses).sum(),
                median(same, StepResult::generatorCpuPercent) > GeneratorGauge.BOUND_PERCENT);
    }

    static double median(List<StepResult> same, ToDoubleFunction<StepResult> figure) {
        double[] values = same.stream().mapToDouble(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** The median of a figure some steps lack (the raw router acknowledges nothing); null when all lack it. */
    private static Double nullableMedian(List<StepResult> same, Function<StepResult, Double> figure) {
        double[] values = same.stream().map(figure).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .sorted().toArray();
        if (values.length == 0) {
            return null;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
