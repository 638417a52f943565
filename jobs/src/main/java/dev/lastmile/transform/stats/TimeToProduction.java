package dev.lastmile.transform.stats;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
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

  /**
   * The table, from the prepared rows and survival curves that may hold other dimensions too
   * ({@link FailureRateStats#curves}, a superset of {@link #DIMENSIONS}): each group's curve
   * depends on that group's spells only, so the rows of these dimensions are the ones that curves
   * of these dimensions alone would have.
   */
  static Dataset<Row> build(Dataset<Row> prepared, Dataset<Row> curves, StatsParams params) {
    return fromSpells(
        PortfolioStats.spells(prepared, DIMENSIONS),
        curves.filter(col(Cols.DIMENSION).isin(DIMENSIONS.toArray())),
        params);
  }

  private static Dataset<Row> fromSpells(
      Dataset<Row> spells, Dataset<Row> curves, StatsParams params) {
    curves =
        curves.withColumn(
            Cols.INITIATIVES,
            max(col(Survival.AT_RISK))
                .over(Window.partitionBy(col(Cols.DIMENSION), col(Cols.DIMENSION_VALUE))));
    Dataset<Row> horizons =
        Survival.atHorizons(spells, curves, params.horizonsMonths(), PortfolioStats.ALL);

    // Each curve is read once: the three measures of a step or a horizon are three structs of one
    // exploded array, not three selects of a union, which put the whole curve computation (two
    // dozen windows) into the plan six times.
    Column cens = col(Survival.N_CENS);
    Dataset<Row> steps =
        measures(
            curves,
            step(
                KM_SURVIVAL,
                Survival.KM,
                Survival.KM_SE,
                Survival.KM_LOW,
                Survival.KM_HIGH,
                col(Survival.D_PROD),
                cens.plus(col(Survival.D_CANC))),
            step(
                CIF_PRODUCTION,
                Survival.CIF_PROD,
                Survival.CIF_PROD_SE,
                Survival.CIF_PROD_LOW,
                Survival.CIF_PROD_HIGH,
                col(Survival.D_PROD),
                cens),
            step(
                CIF_CANCELLATION,
                Survival.CIF_CANC,
                Survival.CIF_CANC_SE,
                Survival.CIF_CANC_LOW,
                Survival.CIF_CANC_HIGH,
                col(Survival.D_CANC),
                cens));

    Column hCens = col(Survival.H_CENSORED);
    Dataset<Row> atHorizon =
        measures(
            horizons,
            horizon(
                KM_SURVIVAL,
                1.0,
                Survival.KM,
                Survival.KM_SE,
                Survival.KM_LOW,
                Survival.KM_HIGH,
                col(Survival.H_EVENTS_PROD),
                hCens.plus(col(Survival.H_EVENTS_CANC))),
            horizon(
                CIF_PRODUCTION,
                0.0,
                Survival.CIF_PROD,
                Survival.CIF_PROD_SE,
                Survival.CIF_PROD_LOW,
                Survival.CIF_PROD_HIGH,
                col(Survival.H_EVENTS_PROD),
                hCens),
            horizon(
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

  /** The output columns, in order. */
  private static final String[] COLUMNS = {
    Cols.DIMENSION,
    Cols.DIMENSION_VALUE,
    Cols.MEASURE,
    Cols.HORIZON_MONTHS,
    Cols.DAYS,
    Cols.MONTHS,
    Cols.ESTIMATE,
    Cols.STD_ERROR,
    Cols.CI_LOW,
    Cols.CI_HIGH,
    Cols.AT_RISK,
    Cols.EVENTS,
    Cols.CENSORED,
    Cols.INITIATIVES
  };

  /** One row of {@code rows} per measure: {@code perMeasure} are structs of {@link #COLUMNS}. */
  private static Dataset<Row> measures(Dataset<Row> rows, Column... perMeasure) {
    Column[] out = new Column[COLUMNS.length];
    for (int i = 0; i < COLUMNS.length; i++) {
      out[i] = col("_m." + COLUMNS[i]).as(COLUMNS[i]);
    }
    return rows.select(explode(array(perMeasure)).as("_m")).select(out);
  }

  private static Column step(
      String measure,
      String est,
      String se,
      String low,
      String high,
      Column events,
      Column censored) {
    return struct(
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
  private static Column horizon(
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
    return struct(
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
