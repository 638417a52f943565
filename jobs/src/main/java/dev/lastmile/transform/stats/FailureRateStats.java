package dev.lastmile.transform.stats;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile;

import dev.lastmile.model.Cols;
import dev.lastmile.model.Outcome;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code failure_rate_stats}: counts per outcome, failure rate, POC-to-production rate, budget
 * overrun rate (each with a Wilson score interval), and the Kaplan–Meier median time to production
 * with its Brookmeyer–Crowley interval, for the whole portfolio and per value of each dimension.
 *
 * <p>Denominators: failure_rate over all initiatives (ACTIVE included); poc_to_production_rate over
 * resolved initiatives (IN_PRODUCTION, STALLED, CANCELLED) whose furthest stage is PROTOTYPE or
 * later or that reached production; budget_overrun_rate over initiatives with both budgets and a
 * positive plan. The overall row is a global aggregate, so it exists (with n = 0 and null rates)
 * even for an empty portfolio.
 */
final class FailureRateStats {
  private FailureRateStats() {}

  /** Dimensions of failure_rate_stats besides overall, in output order. */
  static final List<String> DIMENSIONS =
      List.of(
          Cols.BUSINESS_UNIT,
          Cols.START_QUARTER,
          Cols.FURTHEST_STAGE,
          Cols.STALL_STAGE,
          Cols.PRIMARY_CAUSE,
          Cols.BUILD_OR_BUY,
          Cols.AI_TECHNIQUE);

  static List<String> allDimensions() {
    List<String> all = new java.util.ArrayList<>();
    all.add(PortfolioStats.OVERALL);
    all.addAll(DIMENSIONS);
    return all;
  }

  /**
   * The survival curves of every dimension of this table ({@link #allDimensions}), which include
   * those of {@link TimeToProduction#DIMENSIONS}: {@link PortfolioStats#tables} computes them once
   * for both tables.
   */
  static Dataset<Row> curves(Dataset<Row> prepared, double z) {
    return Survival.curves(PortfolioStats.spells(prepared, allDimensions()), z);
  }

  /** The table, from the prepared rows and their curves ({@link #curves}). */
  static Dataset<Row> build(
      Dataset<Row> prepared, Dataset<Row> curves, StatsParams params, double z) {
    Column[] aggs = aggregates();
    Dataset<Row> overall =
        prepared
            .agg(aggs[0], java.util.Arrays.copyOfRange(aggs, 1, aggs.length))
            .withColumn(Cols.DIMENSION, lit(PortfolioStats.OVERALL))
            .withColumn(Cols.DIMENSION_VALUE, lit(PortfolioStats.ALL));
    Dataset<Row> others =
        PortfolioStats.byDimensions(prepared, DIMENSIONS)
            .groupBy(col(Cols.DIMENSION), col(Cols.DIMENSION_VALUE))
            .agg(aggs[0], java.util.Arrays.copyOfRange(aggs, 1, aggs.length));
    Dataset<Row> counts = overall.unionByName(others);

    Dataset<Row> medians = Survival.medians(curves);
    Dataset<Row> joined =
        counts
            .as("c")
            .join(medians.as("m"), Survival.keysMatch("c", "m"), "left")
            .select(
                col("c.*"),
                col("m." + Survival.MEDIAN_DAYS).as(Survival.MEDIAN_DAYS),
                col("m." + Survival.MEDIAN_LOW_DAYS).as(Survival.MEDIAN_LOW_DAYS),
                col("m." + Survival.MEDIAN_HIGH_DAYS).as(Survival.MEDIAN_HIGH_DAYS));

    Column n = col(Cols.N);
    Column failed = col(Cols.FAILED_COUNT);
    Column pocDen = col(Cols.POC_TO_PRODUCTION_DENOMINATOR);
    Column pocNum = col(Cols.POC_TO_PRODUCTION_NUMERATOR);
    Column known = col(Cols.BUDGET_KNOWN);
    Column overrun = col(Cols.BUDGET_OVERRUN);
    return PortfolioStats.withAll(
        joined,
        PortfolioStats.rateWithInterval(
            Cols.FAILURE_RATE, Cols.FAILURE_RATE_CI_LOW, Cols.FAILURE_RATE_CI_HIGH, failed, n, z),
        Cols.SMALL_SAMPLE,
        n.lt(params.smallSampleThreshold()),
        PortfolioStats.rateWithInterval(
            Cols.POC_TO_PRODUCTION_RATE,
            Cols.POC_TO_PRODUCTION_CI_LOW,
            Cols.POC_TO_PRODUCTION_CI_HIGH,
            pocNum,
            pocDen,
            z),
        PortfolioStats.rateWithInterval(
            Cols.BUDGET_OVERRUN_RATE,
            Cols.BUDGET_OVERRUN_CI_LOW,
            Cols.BUDGET_OVERRUN_CI_HIGH,
            overrun,
            known,
            z),
        Cols.TTP_MEDIAN_MONTHS,
        months(col(Survival.MEDIAN_DAYS)),
        Cols.TTP_MEDIAN_CI_LOW_MONTHS,
        months(col(Survival.MEDIAN_LOW_DAYS)),
        Cols.TTP_MEDIAN_CI_HIGH_MONTHS,
        months(col(Survival.MEDIAN_HIGH_DAYS)),
        Cols.CONFIDENCE_LEVEL,
        lit(params.confidence()));
  }

  static Column months(Column days) {
    return days.cast("double").divide(StatsMath.DAYS_PER_MONTH);
  }

  private static Column[] aggregates() {
    Column outcome = col(Cols.OUTCOME);
    return new Column[] {
      count(lit(1)).as(Cols.N),
      count_if(outcome.equalTo(Outcome.IN_PRODUCTION.code())).as(Cols.IN_PRODUCTION_COUNT),
      count_if(outcome.equalTo(Outcome.ACTIVE.code())).as(Cols.ACTIVE_COUNT),
      count_if(outcome.equalTo(Outcome.STALLED.code())).as(Cols.STALLED_COUNT),
      count_if(outcome.equalTo(Outcome.CANCELLED.code())).as(Cols.CANCELLED_COUNT),
      count_if(col(PortfolioStats.IS_FAILED)).as(Cols.FAILED_COUNT),
      count_if(col(PortfolioStats.IS_POC_RESOLVED)).as(Cols.POC_TO_PRODUCTION_DENOMINATOR),
      count_if(
              col(PortfolioStats.IS_POC_RESOLVED)
                  .and(outcome.equalTo(Outcome.IN_PRODUCTION.code())))
          .as(Cols.POC_TO_PRODUCTION_NUMERATOR),
      count_if(col(PortfolioStats.IS_BUDGET_KNOWN)).as(Cols.BUDGET_KNOWN),
      count_if(col(PortfolioStats.IS_OVERRUN)).as(Cols.BUDGET_OVERRUN),
      percentile(col(PortfolioStats.OVERRUN_RATIO), lit(0.5)).as(Cols.MEDIAN_OVERRUN_RATIO),
      count_if(col(PortfolioStats.SPELL_VALID)).as(Cols.TTP_INITIATIVES),
      count_if(
              col(PortfolioStats.SPELL_VALID).and(col(Survival.EVENT).equalTo(Survival.PRODUCTION)))
          .as(Cols.TTP_PRODUCTIONS)
    };
  }
}
