package org.rapporteur.bench;

import java.util.Arrays;
import java.util.List;

/**
 * A sample of measurements summed up: how many, the median, the 99th percentile, the smallest and the largest.
 * Percentiles are the nearest rank (the p99 of 50 samples is the largest but none), never interpolated.
 */
record Stats(int n, double median, double p99, double min, double max) {

    static Stats of(List<Double> samples) {
        double[] values = samples.stream().mapToDouble(Double::doubleValue).toArray();
        return of(values);
    }

    static Stats of(double... samples) {
        if (samples.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Stats(sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[0], sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    boolean isEmpty() {
        return n == 0;
    }
}
