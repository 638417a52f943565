package dev.lastmile.transform.stats;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cols;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * {@code time_to_production}: the Kaplan–Meier curve of not yet being in production (cancellation
 * censored at closure, running and stalled initiatives censored at the snapshot) and the
 * Aalen–Johansen cumulative incidence of production and of cancellation (each the other's competing
 * risk), as step rows and read off at the horizons, for overall, business_unit and build_or_buy.
 */
final class TimeToProduction {
  private TimeToProduction() {}

  static final String KM_SURVIVAL = "km_survival";
  static final String CIF_PRODUCTION = "cif_production";
  static final String CIF_CANCELLATION = "cif_cancellation";

  static final List<String> DIMENSIONS =
      List.of(PortfolioStats.OVERALL, Cols.BUSINESS_UNIT, Cols.BUILD_OR_BUY);

  static Dataset<Row> build(Dataset<Row> prepared, StatsParams params, double z) {
    Dataset<Row> spells = PortfolioStats.spells(prepared, DIMENSIONS);
    Dataset<Row> curves = Survival.curves(spells, z);
    curves =
        curves.withColumn(
            Cols.INITIATIVES,
            max(col(Survival.AT_RISK))
                .over(Window.partitionBy(col(Cols.DIMENSION), col(Cols.DIMENSION_VALUE))));
    Dataset<Row> horizons =
        Survival.atHorizons(spells, curves, params.horizonsMonths(), PortfolioStats.ALL);

    Column cens = col(Survival.N_CENS);
    Dataset<Row> steps =
        step(
                curves,
                KM_SURVIVAL,
                Survival.KM,
                Survival.KM_SE,
                Survival.KM_LOW,
                Survival.KM_HIGH,
                col(Survival.D_PROD),
                cens.plus(col(Survival.D_CANC)))
            .unionByName(
                step(
                    curves,
                    CIF_PRODUCTION,
                    Survival.CIF_PROD,
                    Survival.CIF_PROD_SE,
                    Survival.CIF_PROD_LOW,
                    Survival.CIF_PROD_HIGH,
                    col(Survival.D_PROD),
                    cens))
            .unionByName(
                step(
                    curves,
                    CIF_CANCELLATION,
                    Survival.CIF_CANC,
                    Survival.CIF_CANC_SE,
                    Survival.CIF_CANC_LOW,
                    Survival.CIF_CANC_HIGH,
                    col(Survival.D_CANC),
                    cens));

    Column hCens = col(Survival.H_CENSORED);
    Dataset<Row> atHorizon =
        horizon(
                horizons,
                KM_SURVIVAL,
                1.0,
                Survival.KM,
                Survival.KM_SE,
                Survival.KM_LOW,
                Survival.KM_HIGH,
                col(Survival.H_EVENTS_PROD),
                hCens.plus(col(Survival.H_EVENTS_CANC)))
            .unionByName(
                horizon(
                    horizons,
                    CIF_PRODUCTION,
                    0.0,
                    Survival.CIF_PROD,
                    Survival.CIF_PROD_SE,
                    Survival.CIF_PROD_LOW,
                    Survival.CIF_PROD_HIGH,
                    col(Survival.H_EVENTS_PROD),
                    hCens))
            .unionByName(
                horizon(
                    horizons,
                    CIF_CANCELLATION,
                    0.0,
                    Survival.CIF_CANC,
                    Survival.CIF_CANC_SE,
                    Survival.CIF_CANC_LOW,
                    Survival.CIF_CANC_HIGH,
                    col(Survival.H_EVENTS_CANC),
                    hCens));
    return steps.unionByName(atHorizon).withColumn(Cols.CONFIDENCE_LEVEL, lit(params.confidence()));
  }

  private static Dataset<Row> step(
      Dataset<Row> curves,
      String measure,
      String est,
      String se,
      String low,
      String high,
      Column events,
      Column censored) {
    return curves.select(
        col(Cols.DIMENSION),
        col(Cols.DIMENSION_VALUE),
        lit(measure).as(Cols.MEASURE),
        lit(null).cast("int").as(Cols.HORIZON_MONTHS),
        col(Survival.TIME).as(Cols.DAYS),
        FailureRateStats.months(col(Survival.TIME)).as(Cols.MONTHS),
        col(est).as(Cols.ESTIMATE),
        col(se).as(Cols.STD_ERROR),
        col(low).as(Cols.CI_LOW),
        col(high).as(Cols.CI_HIGH),
        col(Survival.AT_RISK).as(Cols.AT_RISK),
        events.cast("long").as(Cols.EVENTS),
        censored.cast("long").as(Cols.CENSORED),
        col(Cols.INITIATIVES));
  }

  /**
   * A horizon row: the last step at or before the horizon, or the initial value (1 for survival, 0
   * for incidence, zero error) when no step precedes it; null when the horizon lies beyond the
   * group's last observed time.
   */
  private static Dataset<Row> horizon(
      Dataset<Row> h,
      String measure,
      double initial,
      String est,
      String se,
      String low,
      String high,
      Column events,
      Column censored) {
    Column observed = col(Survival.H_OBSERVED);
    Column noStep = col(est).isNull();
    return h.select(
        col(Cols.DIMENSION),
        col(Cols.DIMENSION_VALUE),
        lit(measure).as(Cols.MEASURE),
        col(Survival.H_MONTHS).as(Cols.HORIZON_MONTHS),
        col(Survival.H_DAYS).as(Cols.DAYS),
        col(Survival.H_MONTHS).cast("double").as(Cols.MONTHS),
        when(observed, when(noStep, lit(initial)).otherwise(col(est))).as(Cols.ESTIMATE),
        when(observed, when(noStep, lit(0.0)).otherwise(col(se))).as(Cols.STD_ERROR),
        when(observed, when(noStep, lit(initial)).otherwise(col(low))).as(Cols.CI_LOW),
        when(observed, when(noStep, lit(initial)).otherwise(col(high))).as(Cols.CI_HIGH),
        col(Survival.H_AT_RISK).cast("long").as(Cols.AT_RISK),
        events.cast("long").as(Cols.EVENTS),
        censored.cast("long").as(Cols.CENSORED),
        col(Survival.H_INITIATIVES).cast("long").as(Cols.INITIATIVES));
  }
}
