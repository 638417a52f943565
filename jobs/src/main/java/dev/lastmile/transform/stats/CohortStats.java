package dev.lastmile.transform.stats;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.to_date;

import dev.lastmile.model.Cols;
import dev.lastmile.model.Outcome;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code cohort_stats}: production by start-quarter cohort, in two clearly separated views.
 *
 * <ul>
 *   <li>{@code fixed_horizon_<H>m}: share of the cohort in production within H months of its own
 *       start_date, only for cohorts whose last start date plus H months is on or before the
 *       snapshot (every member fully observed for H months). Comparable across quarters.
 *   <li>{@code observed_so_far}: outcome at the snapshot for every cohort. Younger cohorts have had
 *       less time, so their rates are not comparable with older ones ({@code fully_observed} says
 *       which are).
 * </ul>
 *
 * Cohorts live in their own table rather than in failure_rate_stats because the fixed-horizon view
 * has a different denominator and event definition; failure_rate_stats keeps a plain start_quarter
 * dimension (observed so far).
 */
final class CohortStats {
  private CohortStats() {}

  static final String OBSERVED_SO_FAR = "observed_so_far";

  static String fixedView(int horizonMonths) {
    return "fixed_horizon_" + horizonMonths + "m";
  }

  static Dataset<Row> build(Dataset<Row> prepared, LocalDate asOf, StatsParams params, double z) {
    int h = params.cohortHorizonMonths();
    Column asOfDate = to_date(lit(asOf.toString()));
    Column quarterEnd = last_day(add_months(col(Cols.QUARTER_START), 2));
    Dataset<Row> cohorts =
        prepared
            .filter(col(Cols.START_QUARTER).isNotNull())
            .withColumn(Cols.FULLY_OBSERVED, add_months(quarterEnd, h).leq(asOfDate));
    Column outcome = col(Cols.OUTCOME);
    Column inProduction = outcome.equalTo(Outcome.IN_PRODUCTION.code());
    Column cancelled = outcome.equalTo(Outcome.CANCELLED.code());

    Dataset<Row> observed =
        cohorts
            .groupBy(col(Cols.START_QUARTER), col(Cols.QUARTER_START), col(Cols.FULLY_OBSERVED))
            .agg(
                count(lit(1)).as(Cols.N),
                count_if(inProduction).as(Cols.IN_PRODUCTION_COUNT),
                count_if(cancelled).as(Cols.CANCELLED_COUNT),
                lit(0L).as(Cols.EXCLUDED))
            .withColumns(
                PortfolioStats.columns(
                    Cols.COHORT_VIEW,
                    lit(OBSERVED_SO_FAR),
                    Cols.HORIZON_MONTHS,
                    lit(null).cast("int")));

    Column horizonEnd = add_months(col(Cols.START_DATE), h);
    Column excluded = inProduction.and(col(Cols.PRODUCTION_DATE).isNull());
    Column producedInTime = inProduction.and(col(Cols.PRODUCTION_DATE).leq(horizonEnd));
    Column cancelledInTime =
        cancelled.and(
            coalesce(col(Cols.CLOSED_DATE), col(Cols.LAST_ACTIVITY_DATE)).leq(horizonEnd));
    Dataset<Row> fixed =
        cohorts
            .filter(col(Cols.FULLY_OBSERVED))
            .groupBy(col(Cols.START_QUARTER), col(Cols.QUARTER_START), col(Cols.FULLY_OBSERVED))
            .agg(
                count_if(not(coalesce(excluded, lit(false)))).as(Cols.N),
                count_if(producedInTime).as(Cols.IN_PRODUCTION_COUNT),
                count_if(cancelledInTime).as(Cols.CANCELLED_COUNT),
                count_if(excluded).as(Cols.EXCLUDED))
            .withColumns(
                PortfolioStats.columns(
                    Cols.COHORT_VIEW, lit(fixedView(h)), Cols.HORIZON_MONTHS, lit(h)));

    Column n = col(Cols.N);
    Column x = col(Cols.IN_PRODUCTION_COUNT);
    return PortfolioStats.withAll(
        fixed.unionByName(observed),
        Cols.NOT_RESOLVED,
        n.minus(x).minus(col(Cols.CANCELLED_COUNT)),
        PortfolioStats.rateWithInterval(
            Cols.PRODUCTION_RATE,
            Cols.PRODUCTION_RATE_CI_LOW,
            Cols.PRODUCTION_RATE_CI_HIGH,
            x,
            n,
            z),
        Cols.SMALL_SAMPLE,
        n.lt(params.smallSampleThreshold()),
        Cols.CONFIDENCE_LEVEL,
        lit(params.confidence()));
  }
}
