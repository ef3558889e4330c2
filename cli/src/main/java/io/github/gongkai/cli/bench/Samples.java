package io.github.gongkai.cli.bench;

import java.util.Arrays;

/** Timings in nanoseconds, summarised by order statistics, which shrug off the outliers of a busy machine. */
final class Samples {
    private long[] values = new long[16];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The median, in milliseconds. */
    double medianMillis() {
        return quantileMillis(0.5);
    }

    /** The 95th percentile, in milliseconds. */
    double p95Millis() {
        return quantileMillis(0.95);
    }

    /** The nearest-rank quantile, in milliseconds; NaN without samples. */
    double quantileMillis(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }
}
