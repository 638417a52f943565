package dev.lastmile.transform.stats;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.product;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cols;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Kaplan–Meier and Aalen–Johansen estimators as Spark window functions, one curve per ({@code
 * dimension}, {@code dimension_value}) group.
 *
 * <p>Input ("spells"): one row per initiative and group with {@link #TIME} (whole days from
 * start_date, &ge; 0) and {@link #EVENT} ({@link #CENSORED}, {@link #PRODUCTION} or {@link
 * #CANCELLATION}). At a tied time events are counted before censorings (a censored initiative is
 * still at risk at its own time).
 *
 * <ul>
 *   <li>KM survival S(t) = P(not yet in production) with cancellation treated as censoring: S(t) =
 *       prod((n - d)/n), multiplied out (not exp(sum(log)), whose rounding turned 3/4 · 2/3 into
 *       0.5000000000000001 and moved medians to the next event); a value within {@link
 *       #HALF_TOLERANCE} of one half is one half. Greenwood Var S = S² sum d/(n(n-d)).
 *   <li>Aalen–Johansen cumulative incidence of event k with the other event competing: F_k(t) = sum
 *       S_all(t_j-) d_kj / n_j, S_all the all-cause KM. Delta-method (Greenwood-type) variance as
 *       in Collett, Modelling Survival Data in Medical Research, 3rd ed., p. 411, and SAS LIFETEST:
 *       sum (F(t)-F(t_j))² d_j/(n_j(n_j-d_j)) + sum S(t_j-)² d_kj(n_j-d_kj)/n_j³ - 2 sum
 *       (F(t)-F(t_j)) S(t_j-) d_kj/n_j², expanded into running sums so that it is a window
 *       computation.
 *   <li>Intervals on the log(-log) scale, so they stay inside [0, 1].
 * </ul>
 */
final class Survival {
  private Survival() {}

  /** Spell column: whole days from start_date to the event or censoring. */
  static final String TIME = "_t";

  /** Spell column: event code. */
  static final String EVENT = "_event";

  static final int CENSORED = 0;
  static final int PRODUCTION = 1;
  static final int CANCELLATION = 2;

  // Curve columns (one row per group and distinct time).
  static final String AT_RISK = Cols.AT_RISK;
  static final String D_PROD = "_d_prod";
  static final String D_CANC = "_d_canc";
  static final String N_CENS = "_n_cens";
  static final String KM = "_km";
  static final String KM_SE = "_km_se";
  static final String KM_LOW = "_km_low";
  static final String KM_HIGH = "_km_high";
  static final String CIF_PROD = "_cif_prod";
  static final String CIF_PROD_SE = "_cif_prod_se";
  static final String CIF_PROD_LOW = "_cif_prod_low";
  static final String CIF_PROD_HIGH = "_cif_prod_high";
  static final String CIF_CANC = "_cif_canc";
  static final String CIF_CANC_SE = "_cif_canc_se";
  static final String CIF_CANC_LOW = "_cif_canc_low";
  static final String CIF_CANC_HIGH = "_cif_canc_high";

  private static final String TOTAL = "_total";
  private static final String S_ALL = "_s_all";
  private static final String S_ALL_PREV = "_s_all_prev";
  private static final String GW = "_gw";

  /** Horizon columns. */
  static final String H_MONTHS = Cols.HORIZON_MONTHS;

  static final String H_DAYS = "_h_days";
  private static final String MAX_TIME = "_max_t";

  private static final Column[] KEYS = {col(Cols.DIMENSION), col(Cols.DIMENSION_VALUE)};

  private static WindowSpec byTime() {
    return Window.partitionBy(KEYS)
        .orderBy(col(TIME))
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
  }

  /**
   * One row per group and distinct time at which something happened, with at-risk and event counts,
   * the KM curve and both Aalen–Johansen curves with standard errors and intervals.
   */
  static Dataset<Row> curves(Dataset<Row> spells, double z) {
    Dataset<Row> steps =
        spells
            .groupBy(col(Cols.DIMENSION), col(Cols.DIMENSION_VALUE), col(TIME))
            .agg(
                count(lit(1)).as(TOTAL),
                sum(when(col(EVENT).equalTo(PRODUCTION), 1).otherwise(0)).cast("long").as(D_PROD),
                sum(when(col(EVENT).equalTo(CANCELLATION), 1).otherwise(0)).cast("long").as(D_CANC),
                sum(when(col(EVENT).equalTo(CENSORED), 1).otherwise(0)).cast("long").as(N_CENS));
    // n(t) = number with time >= t: a reverse running sum.
    WindowSpec reverse =
        Window.partitionBy(KEYS)
            .orderBy(col(TIME).desc())
            .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    steps = steps.withColumn(AT_RISK, sum(col(TOTAL)).over(reverse).cast("long"));

    Column n = col(AT_RISK).cast("double");
    Column dp = col(D_PROD).cast("double");
    Column dc = col(D_CANC).cast("double");
    Column dAll = dp.plus(dc);

    // Kaplan–Meier for production, cancellation censored.
    // Columns that do not refer to each other are added in one projection (PortfolioStats.withAll).
    steps =
        PortfolioStats.withAll(
            steps, KM, productLimit(dp, n), GW, sum(greenwoodTerm(dp, n)).over(byTime()));
    steps = steps.withColumn(KM_SE, when(col(KM).gt(0.0), col(KM).multiply(sqrt(col(GW)))));
    steps =
        PortfolioStats.withAll(
            steps,
            KM_LOW,
            StatsMath.logLogLow(col(KM), col(KM_SE), z),
            KM_HIGH,
            StatsMath.logLogHigh(col(KM), col(KM_SE), z));

    // Aalen–Johansen: all-cause survival just before t, then the cumulative incidences.
    WindowSpec ordered = Window.partitionBy(KEYS).orderBy(col(TIME));
    steps =
        steps
            .withColumn(S_ALL, productLimit(dAll, n))
            .withColumn(S_ALL_PREV, coalesce(lag(col(S_ALL), 1).over(ordered), lit(1.0)));
    steps =
        PortfolioStats.withAll(
            steps,
            CIF_PROD,
            sum(col(S_ALL_PREV).multiply(dp).divide(n)).over(byTime()),
            CIF_CANC,
            sum(col(S_ALL_PREV).multiply(dc).divide(n)).over(byTime()));
    steps =
        PortfolioStats.withAll(
            steps,
            CIF_PROD_SE,
            cifStandardError(CIF_PROD, dp, dAll, n),
            CIF_CANC_SE,
            cifStandardError(CIF_CANC, dc, dAll, n));
    steps =
        PortfolioStats.withAll(
            steps,
            CIF_PROD_LOW,
            StatsMath.logLogLow(col(CIF_PROD), col(CIF_PROD_SE), z),
            CIF_PROD_HIGH,
            StatsMath.logLogHigh(col(CIF_PROD), col(CIF_PROD_SE), z),
            CIF_CANC_LOW,
            StatsMath.logLogLow(col(CIF_CANC), col(CIF_CANC_SE), z),
            CIF_CANC_HIGH,
            StatsMath.logLogHigh(col(CIF_CANC), col(CIF_CANC_SE), z));
    return steps.drop(TOTAL, S_ALL, S_ALL_PREV, GW);
  }

  /**
   * How far from one half a curve value may be and still be one half. A product of k correctly
   * rounded factors (n-d)/n is within k·2⁻⁵³ (relative) of the exact rational value, far inside
   * 1e-9 for any portfolio; an exact value other than 1/2 that close to it needs at-risk counts
   * whose product exceeds 5·10⁸ with 2·prod(n-d) - prod(n) = ±1. R's survival package decides the
   * same tie with sqrt(machine epsilon) ≈ 1.5e-8 (docs/statistics.md).
   */
  static final double HALF_TOLERANCE = 1e-9;

  /**
   * prod((n - d)/n) up to and including t, multiplied out; exactly 0 once d = n at some time, and
   * exactly 0.5 when within {@link #HALF_TOLERANCE} of it, so that the median is decided on the
   * value the curve table shows.
   */
  private static Column productLimit(Column d, Column n) {
    Column zeroSoFar = sum(when(d.geq(n), 1).otherwise(0)).over(byTime());
    Column s = product(when(d.lt(n), n.minus(d).divide(n)).otherwise(1.0)).over(byTime());
    return when(zeroSoFar.gt(0), lit(0.0))
        .when(abs(s.minus(0.5)).leq(HALF_TOLERANCE), lit(0.5))
        .otherwise(s);
  }

  /**
   * d/(n(n-d)); 0 where d = n, because there the curve drops to 0 and stays, so every later (F(t) -
   * F(t_j)) factor is 0 (for KM the standard error is reported as null instead).
   */
  private static Column greenwoodTerm(Column d, Column n) {
    return when(d.lt(n), d.divide(n.multiply(n.minus(d)))).otherwise(0.0);
  }

  private static Column cifStandardError(String cif, Column dk, Column dAll, Column n) {
    Column f = col(cif);
    Column a = greenwoodTerm(dAll, n);
    Column s = col(S_ALL_PREV);
    Column sumA = sum(a).over(byTime());
    Column sumB = sum(f.multiply(a)).over(byTime());
    Column sumC = sum(f.multiply(f).multiply(a)).over(byTime());
    Column sumD =
        sum(s.multiply(s).multiply(dk).multiply(n.minus(dk)).divide(n.multiply(n).multiply(n)))
            .over(byTime());
    Column sumE = sum(s.multiply(dk).divide(n.multiply(n))).over(byTime());
    Column sumG = sum(f.multiply(s).multiply(dk).divide(n.multiply(n))).over(byTime());
    Column variance =
        f.multiply(f)
            .multiply(sumA)
            .minus(lit(2.0).multiply(f).multiply(sumB))
            .plus(sumC)
            .plus(sumD)
            .minus(lit(2.0).multiply(f.multiply(sumE).minus(sumG)));
    return sqrt(greatest(lit(0.0), variance));
  }

  /** Median time to production from the KM curve, with the Brookmeyer–Crowley interval. */
  static final String MEDIAN_DAYS = "_median_days";

  static final String MEDIAN_LOW_DAYS = "_median_low_days";
  static final String MEDIAN_HIGH_DAYS = "_median_high_days";

  /**
   * Per group: the smallest time with S(t) &le; 0.5 (null when the curve never gets there): where
   * the curve lands exactly on 0.5 the median is the time it gets there, not the midpoint of the
   * flat stretch that R and SAS report (docs/statistics.md). And the interval {smallest t with
   * lower band &le; 0.5, smallest t with upper band &le; 0.5}. Where the curve is 0 the band is
   * undefined and the point estimate is used.
   */
  static Dataset<Row> medians(Dataset<Row> curves) {
    return curves
        .groupBy(col(Cols.DIMENSION), col(Cols.DIMENSION_VALUE))
        .agg(
            min(when(col(KM).leq(0.5), col(TIME))).as(MEDIAN_DAYS),
            min(when(coalesce(col(KM_LOW), col(KM)).leq(0.5), col(TIME))).as(MEDIAN_LOW_DAYS),
            min(when(coalesce(col(KM_HIGH), col(KM)).leq(0.5), col(TIME))).as(MEDIAN_HIGH_DAYS));
  }

  /** Horizon table column: the horizon in whole days, floor(months × 365.25 / 12). */
  static Column horizonDays(Column months) {
    return floor(months.cast("double").multiply(StatsMath.DAYS_PER_MONTH)).cast("int");
  }

  // Horizon readout columns.
  static final String H_EVENTS_PROD = "_h_events_prod";
  static final String H_EVENTS_CANC = "_h_events_canc";
  static final String H_CENSORED = "_h_censored";
  static final String H_AT_RISK = "_h_at_risk";
  static final String H_INITIATIVES = "_h_initiatives";
  static final String H_OBSERVED = "_h_observed";

  /**
   * The curves read off at each horizon: one row per group (always including overall/all, even for
   * an empty portfolio) and horizon, with the last curve values at or before the horizon ({@code
   * null} columns when no step precedes it), {@link #H_OBSERVED} = the horizon is not beyond the
   * group's last observed time, cumulative event and censoring counts up to the horizon and the
   * number still under observation at it (time &ge; horizon).
   */
  static Dataset<Row> atHorizons(
      Dataset<Row> spells, Dataset<Row> curves, List<Integer> horizonsMonths, String overallValue) {
    // One aggregate over the spells and one over the curves, each with a column per horizon (the
    // horizons are a short list known here), one join, and the horizons exploded: no cross join
    // with a horizons frame, no join of every spell to every horizon, no window over the curves.
    // The overall group exists even without spells: a seed row with no time counts as no spell.
    Dataset<Row> seed =
        spells
            .sparkSession()
            .range(1)
            .select(
                lit(PortfolioStats.OVERALL).as(Cols.DIMENSION),
                lit(overallValue).as(Cols.DIMENSION_VALUE),
                lit(null).cast(spells.schema().apply(TIME).dataType()).as(TIME),
                lit(null).cast(spells.schema().apply(EVENT).dataType()).as(EVENT));
    List<Column> counts = new ArrayList<>();
    List<Column> readouts = new ArrayList<>();
    counts.add(max(col(TIME)).as(MAX_TIME));
    counts.add(count(col(TIME)).as(H_INITIATIVES));
    for (int i = 0; i < horizonsMonths.size(); i++) {
      Column days = horizonDays(lit(horizonsMonths.get(i)));
      Column upTo = col(TIME).leq(days);
      counts.add(
          struct(
                  countIf(upTo.and(col(EVENT).equalTo(PRODUCTION))).as(H_EVENTS_PROD),
                  countIf(upTo.and(col(EVENT).equalTo(CANCELLATION))).as(H_EVENTS_CANC),
                  countIf(upTo.and(col(EVENT).equalTo(CENSORED))).as(H_CENSORED),
                  countIf(col(TIME).geq(days)).as(H_AT_RISK))
              .as("_n" + i));
      // The last step at or before the horizon (times are distinct within a group).
      readouts.add(
          max_by(struct(withEstimates("")), when(col(TIME).leq(days), col(TIME))).as("_c" + i));
    }
    Dataset<Row> groups =
        spells
            .select(col(Cols.DIMENSION), col(Cols.DIMENSION_VALUE), col(TIME), col(EVENT))
            .unionByName(seed)
            .groupBy(col(Cols.DIMENSION), col(Cols.DIMENSION_VALUE))
            .agg(counts.get(0), counts.subList(1, counts.size()).toArray(new Column[0]));
    Dataset<Row> last =
        curves
            .groupBy(col(Cols.DIMENSION).as("_c_dim"), col(Cols.DIMENSION_VALUE).as("_c_value"))
            .agg(readouts.get(0), readouts.subList(1, readouts.size()).toArray(new Column[0]));
    List<Column> perHorizon = new ArrayList<>();
    for (int i = 0; i < horizonsMonths.size(); i++) {
      Column days = horizonDays(lit(horizonsMonths.get(i)));
      List<Column> fields =
          new ArrayList<>(
              List.of(
                  lit(horizonsMonths.get(i)).as(H_MONTHS),
                  days.as(H_DAYS),
                  col(MAX_TIME).isNotNull().and(days.leq(col(MAX_TIME))).as(H_OBSERVED),
                  col("_n" + i + "." + H_EVENTS_PROD).as(H_EVENTS_PROD),
                  col("_n" + i + "." + H_EVENTS_CANC).as(H_EVENTS_CANC),
                  col("_n" + i + "." + H_CENSORED).as(H_CENSORED),
                  col("_n" + i + "." + H_AT_RISK).as(H_AT_RISK)));
      fields.addAll(List.of(withEstimates("_c" + i + ".")));
      perHorizon.add(struct(fields.toArray(new Column[0])));
    }
    String h = "_h";
    return groups
        .join(
            last,
            col(Cols.DIMENSION)
                .eqNullSafe(col("_c_dim"))
                .and(col(Cols.DIMENSION_VALUE).eqNullSafe(col("_c_value"))),
            "left")
        .select(
            col(Cols.DIMENSION),
            col(Cols.DIMENSION_VALUE),
            col(H_INITIATIVES),
            explode(array(perHorizon.toArray(new Column[0]))).as(h))
        .select(
            withEstimates(
                h + ".",
                col(Cols.DIMENSION),
                col(Cols.DIMENSION_VALUE),
                col(h + "." + H_MONTHS).as(H_MONTHS),
                col(h + "." + H_DAYS).as(H_DAYS),
                col(h + "." + H_OBSERVED).as(H_OBSERVED),
                col(H_INITIATIVES),
                col(h + "." + H_EVENTS_PROD).as(H_EVENTS_PROD),
                col(h + "." + H_EVENTS_CANC).as(H_EVENTS_CANC),
                col(h + "." + H_CENSORED).as(H_CENSORED),
                col(h + "." + H_AT_RISK).as(H_AT_RISK)));
  }

  /** The twelve curve estimates (KM and both incidences), in table order. */
  private static final String[] ESTIMATES = {
    KM, KM_SE, KM_LOW, KM_HIGH,
    CIF_PROD, CIF_PROD_SE, CIF_PROD_LOW, CIF_PROD_HIGH,
    CIF_CANC, CIF_CANC_SE, CIF_CANC_LOW, CIF_CANC_HIGH
  };

  /** The leading columns followed by the twelve curve estimates, from {@code prefix}. */
  private static Column[] withEstimates(String prefix, Column... leading) {
    Column[] out = java.util.Arrays.copyOf(leading, leading.length + ESTIMATES.length);
    for (int i = 0; i < ESTIMATES.length; i++) {
      out[leading.length + i] = col(prefix + ESTIMATES[i]).as(ESTIMATES[i]);
    }
    return out;
  }

  static Column keysMatch(String left, String right) {
    return col(left + "." + Cols.DIMENSION)
        .eqNullSafe(col(right + "." + Cols.DIMENSION))
        .and(
            col(left + "." + Cols.DIMENSION_VALUE)
                .eqNullSafe(col(right + "." + Cols.DIMENSION_VALUE)));
  }

  private static Column countIf(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }
}
