package dev.lastmile.transform.stats;

import java.util.List;

/**
 * Immutable settings of {@link PortfolioStats}.
 *
 * @param horizonsMonths horizons (months since start_date) at which the time-to-production curves
 *     are read off; default {6, 12, 24}
 * @param cohortHorizonMonths fixed horizon of the start-quarter cohort view; default 12
 * @param smallSampleThreshold rows with fewer initiatives than this are flagged {@code
 *     small_sample}; default 5
 * @param confidence two-sided confidence level of every interval; default 0.95, allowed 0.5 to
 *     0.9999
 * @param benchmarks published figures to compare the portfolio with; default: the versioned file
 *     {@code dev/lastmile/stats/published-benchmarks.json} on the classpath
 */
public record StatsParams(
    List<Integer> horizonsMonths,
    int cohortHorizonMonths,
    int smallSampleThreshold,
    double confidence,
    PublishedBenchmarks benchmarks) {

  public StatsParams {
    if (horizonsMonths == null || horizonsMonths.isEmpty()) {
      throw new IllegalArgumentException("Cannot use horizonsMonths: it is empty");
    }
    for (Integer h : horizonsMonths) {
      if (h == null || h <= 0) {
        throw new IllegalArgumentException(
            "Cannot use horizon " + h + ": must be a positive month count");
      }
    }
    horizonsMonths = List.copyOf(horizonsMonths);
    if (cohortHorizonMonths <= 0) {
      throw new IllegalArgumentException(
          "Cannot use cohortHorizonMonths " + cohortHorizonMonths + ": must be positive");
    }
    if (smallSampleThreshold < 0) {
      throw new IllegalArgumentException(
          "Cannot use smallSampleThreshold " + smallSampleThreshold + ": must not be negative");
    }
    if (!(confidence >= 0.5 && confidence <= 0.9999)) {
      throw new IllegalArgumentException(
          "Cannot use confidence " + confidence + ": must be between 0.5 and 0.9999");
    }
    if (benchmarks == null) {
      throw new IllegalArgumentException("Cannot use benchmarks: null");
    }
  }

  /** Horizons 6/12/24 months, cohort horizon 12 months, small sample below 5, 95% intervals. */
  public static StatsParams defaults() {
    return new StatsParams(List.of(6, 12, 24), 12, 5, 0.95, PublishedBenchmarks.bundled());
  }

  /** A copy with another confidence level. */
  public StatsParams withConfidence(double level) {
    return new StatsParams(
        horizonsMonths, cohortHorizonMonths, smallSampleThreshold, level, benchmarks);
  }

  /** A copy with other published benchmarks. */
  public StatsParams withBenchmarks(PublishedBenchmarks other) {
    return new StatsParams(
        horizonsMonths, cohortHorizonMonths, smallSampleThreshold, confidence, other);
  }

  /** The two-sided standard-normal quantile z for {@link #confidence()}. */
  public double z() {
    return StatsMath.normalQuantile(0.5 + confidence / 2.0);
  }
}
