package dev.lastmile.transform.stats;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.model.Cause;
import dev.lastmile.model.Cols;
import dev.lastmile.model.SchemaFiles;
import dev.lastmile.model.Stage;
import dev.lastmile.model.Tables;
import dev.lastmile.testing.SharedSpark;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * compute() on a 10-initiative portfolio, snapshot 2025-06-30. Hand calculation:
 *
 * <pre>
 * id  bu      outcome        furthest     start       end (event)          days  plan/spent
 * A1  Retail  IN_PRODUCTION  OPERATION    2023-01-10  2023-07-10 production 181  100/120 over
 * A2  Retail  IN_PRODUCTION  OPERATION    2023-02-01  2024-02-01 production 365  200/180
 * A3  Retail  CANCELLED      PROTOTYPE    2023-03-01  2023-09-01 cancelled  184   50/80  over
 * A4  Finance STALLED        ENGINEERING  2023-04-01  2025-06-30 censored   821  300/-
 * A5  Finance CANCELLED      STRATEGY     2023-05-15  2023-08-15 cancelled   92  -/-
 * A6  Finance IN_PRODUCTION  DEPLOYMENT   2024-01-15  2024-10-15 production 274  400/400
 * A7  Ops     ACTIVE         PROTOTYPE    2024-11-01  2025-06-30 censored   241    0/10 (plan 0)
 * A8  Ops     STALLED        PROTOTYPE    2024-02-01  2025-06-30 censored   515  100/150 over
 * A9  Ops     CANCELLED      ENGINEERING  2024-03-01  2024-12-01 cancelled  275   80/60
 *     (A9 has no closed_date: its last_activity_date ends the spell)
 * A10 -       ACTIVE         DISCOVERY    -           no start: not timed       -     -
 *
 * overall: n 10; in_production 3, active 2, stalled 2, cancelled 3, failed 5, rate 0.5,
 *   Wilson(5,10) = [0.236593090512564, 0.763406909487436]
 * POC denominator: resolved and PROTOTYPE+ = A1 A2 A3 A4 A6 A8 A9 = 7 (A5 STRATEGY, A7/A10 ACTIVE
 *   out); numerator 3 -> 3/7, Wilson [0.15821985525146973, 0.7495416354723429]
 * budget known A1 A2 A3 A6 A8 A9 = 6, overrun A1 A3 A8 = 3 -> 0.5, Wilson(3,6) =
 *   [0.1876163064826506, 0.8123836935173494]; ratios .75 .9 1 1.2 1.5 1.6 -> median 1.1
 * KM (cancellation censored): 181 n=8 -> 7/8; 274 n=5 -> 7/8*4/5 = 0.7; 365 n=3 -> 0.7*2/3 = 7/15
 *   <= 0.5 -> median 365 d = 11.991786447638603 months; log-log lower band at 181 = 0.387 <= 0.5
 *   -> lower limit 181 d = 5.946611909650924 months; upper band never <= 0.5 -> null
 * Aalen-Johansen: 92 X n=9: F_X = 1/9, S = 8/9; 181 P n=8: F_P = 8/9*1/8 = 1/9 (6 months = 182 d)
 *   184 X n=7: F_X += 7/9*1/7 -> 2/9; 274 P n=5: F_P += 6/9*1/5 -> 11/45;
 *   275 X n=4: F_X += 8/15*1/4 -> 16/45; 365 P n=3: F_P += 2/5*1/3 -> 17/45
 *   (12 months = 365 d), S_all = 4/15
 * cohorts (12 months, complete when quarter end + 12 months <= 2025-06-30): 2023-Q1 n 3, 2 in
 *   production within 12 months (A2 exactly 12), 1 cancelled; 2023-Q2 n 2, 0, 1; 2024-Q1 n 3, 1, 1;
 *   2024-Q4 only in observed_so_far (fully_observed false).
 * </pre>
 */
class PortfolioStatsTest {
  static final double EPS = 1e-9;
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  static final StructType ASSESSMENT =
      new StructType()
          .add(Cols.INITIATIVE_ID, DataTypes.StringType)
          .add(Cols.BUSINESS_UNIT, DataTypes.StringType)
          .add(Cols.AI_TECHNIQUE, DataTypes.StringType)
          .add(Cols.BUILD_OR_BUY, DataTypes.StringType)
          .add(Cols.OUTCOME, DataTypes.StringType)
          .add(Cols.REACHED_PRODUCTION, DataTypes.BooleanType)
          .add(Cols.FURTHEST_STAGE, DataTypes.StringType)
          .add(Cols.STALL_STAGE, DataTypes.StringType)
          .add(Cols.PRIMARY_CAUSE, DataTypes.StringType)
          .add(Cols.START_DATE, DataTypes.DateType)
          .add(Cols.PRODUCTION_DATE, DataTypes.DateType)
          .add(Cols.CLOSED_DATE, DataTypes.DateType)
          .add(Cols.BUDGET_PLANNED, DataTypes.DoubleType)
          .add(Cols.BUDGET_SPENT, DataTypes.DoubleType)
          .add(Cols.CURRENCY, DataTypes.StringType)
          .add(Cols.LAST_ACTIVITY_DATE, DataTypes.DateType);

  static final StructType EVIDENCE =
      new StructType()
          .add(Cols.INITIATIVE_ID, DataTypes.StringType)
          .add(Cols.CAUSE, DataTypes.StringType)
          .add(Cols.RULE_ID, DataTypes.StringType)
          .add(Cols.WEIGHT, DataTypes.DoubleType)
          .add(Cols.SOURCE, DataTypes.StringType)
          .add(Cols.SOURCE_REF, DataTypes.StringType)
          .add(Cols.EXCERPT, DataTypes.StringType)
          .add(Cols.EVIDENCE_DATE, DataTypes.DateType);

  static Date d(String iso) {
    return iso == null ? null : Date.valueOf(iso);
  }

  static Row a(
      String id,
      String bu,
      String tech,
      String bob,
      String outcome,
      boolean reached,
      String furthest,
      String stallStage,
      String cause,
      String start,
      String prod,
      String closed,
      Double planned,
      Double spent,
      String lastActivity) {
    return RowFactory.create(
        id,
        bu,
        tech,
        bob,
        outcome,
        reached,
        furthest,
        stallStage,
        cause,
        d(start),
        d(prod),
        d(closed),
        planned,
        spent,
        "EUR",
        d(lastActivity));
  }

  static Row e(String id, String cause, String date) {
    return RowFactory.create(id, cause, "r1", 1.0, "jira_comment", id + "-1", "text", d(date));
  }

  static LinkedHashMap<String, Dataset<Row>> out;

  /** The inputs of {@link #out}. */
  static Dataset<Row> assessmentIn;

  static Dataset<Row> evidenceIn;

  @BeforeAll
  static void run() {
    List<Row> rows =
        List.of(
            a(
                "A1",
                "Retail",
                "classification",
                "build",
                "IN_PRODUCTION",
                true,
                "OPERATION",
                null,
                null,
                "2023-01-10",
                "2023-07-10",
                null,
                100.0,
                120.0,
                "2025-05-01"),
            a(
                "A2",
                "Retail",
                "forecasting",
                "buy",
                "IN_PRODUCTION",
                true,
                "OPERATION",
                null,
                null,
                "2023-02-01",
                "2024-02-01",
                null,
                200.0,
                180.0,
                "2025-06-01"),
            a(
                "A3",
                "Retail",
                "genai-assistant",
                "build",
                "CANCELLED",
                false,
                "PROTOTYPE",
                "PROTOTYPE",
                "DATA_READINESS",
                "2023-03-01",
                null,
                "2023-09-01",
                50.0,
                80.0,
                "2023-08-15"),
            a(
                "A4",
                "Finance",
                "classification",
                "build",
                "STALLED",
                false,
                "ENGINEERING",
                "ENGINEERING",
                "INTEGRATION",
                "2023-04-01",
                null,
                null,
                300.0,
                null,
                "2024-10-01"),
            a(
                "A5",
                "Finance",
                "genai-assistant",
                "partner",
                "CANCELLED",
                false,
                "STRATEGY",
                "STRATEGY",
                "UNCLEAR_OBJECTIVE",
                "2023-05-15",
                null,
                "2023-08-15",
                null,
                null,
                "2023-08-01"),
            a(
                "A6",
                "Finance",
                "forecasting",
                "build",
                "IN_PRODUCTION",
                true,
                "DEPLOYMENT",
                null,
                null,
                "2024-01-15",
                "2024-10-15",
                null,
                400.0,
                400.0,
                "2025-06-15"),
            a(
                "A7",
                "Ops",
                "computer-vision",
                "buy",
                "ACTIVE",
                false,
                "PROTOTYPE",
                null,
                null,
                "2024-11-01",
                null,
                null,
                0.0,
                10.0,
                "2025-06-20"),
            a(
                "A8",
                "Ops",
                "genai-assistant",
                "build",
                "STALLED",
                false,
                "PROTOTYPE",
                "PROTOTYPE",
                "DATA_READINESS",
                "2024-02-01",
                null,
                null,
                100.0,
                150.0,
                "2024-09-01"),
            a(
                "A9",
                "Ops",
                "classification",
                "build",
                "CANCELLED",
                false,
                "ENGINEERING",
                "ENGINEERING",
                "COST_FUNDING",
                "2024-03-01",
                null,
                null,
                80.0,
                60.0,
                "2024-12-01"),
            a(
                "A10",
                null,
                "forecasting",
                "buy",
                "ACTIVE",
                false,
                "DISCOVERY",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "2025-06-01"));
    // Days from start to first evidence: A1 30, A3 31 (later row ignored), A8 30, A4 90.
    List<Row> evidence =
        List.of(
            e("A1", "DATA_READINESS", "2023-02-09"),
            e("A3", "DATA_READINESS", "2023-04-01"),
            e("A3", "DATA_READINESS", "2023-05-01"),
            e("A8", "DATA_READINESS", "2024-03-02"),
            e("A4", "INTEGRATION", "2023-06-30"),
            e("A4", "INTEGRATION", null),
            e("A9", "COST_FUNDING", null));
    assessmentIn = SharedSpark.spark().createDataFrame(rows, ASSESSMENT);
    evidenceIn = SharedSpark.spark().createDataFrame(evidence, EVIDENCE);
    out = PortfolioStats.compute(assessmentIn, evidenceIn, AS_OF, StatsParams.defaults());
    // Tiny tables, queried many times below: compute each once.
    out.replaceAll((table, df) -> df.cache());
  }

  static List<Row> rows(String table, Column filter) {
    return out.get(table).filter(filter).collectAsList();
  }

  static Row one(String table, Column filter) {
    List<Row> r = rows(table, filter);
    assertEquals(1, r.size(), "exactly one row in " + table + " for " + filter);
    return r.get(0);
  }

  static double dbl(Row r, String c) {
    return r.<Double>getAs(c);
  }

  static long lng(Row r, String c) {
    return r.<Long>getAs(c);
  }

  @Test
  void returnsEveryTableWithItsDdlSchema() {
    assertEquals(
        List.of(
            Tables.FAILURE_RATE_STATS,
            Tables.TIME_TO_PRODUCTION,
            Tables.COHORT_STATS,
            Tables.CAUSE_STAGE_MATRIX,
            Tables.CAUSE_EVIDENCE_TIMING,
            Tables.PUBLISHED_BENCHMARKS),
        new ArrayList<>(out.keySet()),
        "table names and order");
    for (Map.Entry<String, Dataset<Row>> t : out.entrySet()) {
      List<String> expected = new ArrayList<>();
      for (StructField f : SchemaFiles.output(t.getKey()).fields()) {
        if (!f.name().equals(Cols.SNAPSHOT_DATE)) {
          expected.add(f.name() + " " + f.dataType().simpleString());
        }
      }
      List<String> actual = new ArrayList<>();
      for (StructField f : t.getValue().schema().fields()) {
        actual.add(f.name() + " " + f.dataType().simpleString());
      }
      assertEquals(
          expected, actual, "schema of " + t.getKey() + " equals its DDL minus snapshot_date");
      List<String> ddl = List.of(SchemaFiles.output(t.getKey()).fieldNames());
      assertEquals(Cols.SNAPSHOT_DATE, ddl.get(ddl.size() - 1), "DDL ends with snapshot_date");
    }
  }

  /**
   * The job passes a lazy checkpoint as the cut of the shared survival curves on small runs: the
   * tables are the same rows as without it (the curves are computed once for failure_rate_stats'
   * dimensions, and time_to_production reads its own three of them).
   */
  @Test
  void cutCurvesGiveTheSameTables() {
    LinkedHashMap<String, Dataset<Row>> cut =
        PortfolioStats.tables(
            assessmentIn,
            evidenceIn,
            AS_OF,
            StatsParams.defaults(),
            ds -> ds.localCheckpoint(false));
    assertEquals(
        List.of(
            Tables.FAILURE_RATE_STATS,
            Tables.TIME_TO_PRODUCTION,
            Tables.COHORT_STATS,
            Tables.CAUSE_STAGE_MATRIX,
            Tables.CAUSE_EVIDENCE_TIMING),
        new ArrayList<>(cut.keySet()),
        "tables() returns every table but published_benchmarks");
    for (Map.Entry<String, Dataset<Row>> t : cut.entrySet()) {
      Dataset<Row> expected = out.get(t.getKey());
      assertEquals(expected.count(), t.getValue().count(), "rows of " + t.getKey());
      assertEquals(0, t.getValue().exceptAll(expected).count(), "extra rows in " + t.getKey());
      assertEquals(0, expected.exceptAll(t.getValue()).count(), "missing rows in " + t.getKey());
    }
  }

  @Test
  void failureRateOverall() {
    Row o = one(Tables.FAILURE_RATE_STATS, col(Cols.DIMENSION).equalTo(PortfolioStats.OVERALL));
    assertEquals(PortfolioStats.ALL, o.getAs(Cols.DIMENSION_VALUE));
    assertEquals(10L, lng(o, Cols.N), "n");
    assertEquals(3L, lng(o, Cols.IN_PRODUCTION_COUNT), "in production");
    assertEquals(2L, lng(o, Cols.ACTIVE_COUNT), "active");
    assertEquals(2L, lng(o, Cols.STALLED_COUNT), "stalled");
    assertEquals(3L, lng(o, Cols.CANCELLED_COUNT), "cancelled");
    assertEquals(5L, lng(o, Cols.FAILED_COUNT), "failed");
    assertEquals(0.5, dbl(o, Cols.FAILURE_RATE), EPS, "failure rate");
    assertEquals(0.236593090512564, dbl(o, Cols.FAILURE_RATE_CI_LOW), EPS, "Wilson low");
    assertEquals(0.763406909487436, dbl(o, Cols.FAILURE_RATE_CI_HIGH), EPS, "Wilson high");
    assertFalse(o.<Boolean>getAs(Cols.SMALL_SAMPLE), "10 is not small");
    assertEquals(7L, lng(o, Cols.POC_TO_PRODUCTION_DENOMINATOR), "POC denominator");
    assertEquals(3L, lng(o, Cols.POC_TO_PRODUCTION_NUMERATOR), "POC numerator");
    assertEquals(3.0 / 7, dbl(o, Cols.POC_TO_PRODUCTION_RATE), EPS, "POC rate");
    assertEquals(0.15821985525146973, dbl(o, Cols.POC_TO_PRODUCTION_CI_LOW), EPS, "POC low");
    assertEquals(0.7495416354723429, dbl(o, Cols.POC_TO_PRODUCTION_CI_HIGH), EPS, "POC high");
    assertEquals(6L, lng(o, Cols.BUDGET_KNOWN), "budget known");
    assertEquals(3L, lng(o, Cols.BUDGET_OVERRUN), "overruns");
    assertEquals(0.5, dbl(o, Cols.BUDGET_OVERRUN_RATE), EPS, "overrun rate");
    assertEquals(0.1876163064826506, dbl(o, Cols.BUDGET_OVERRUN_CI_LOW), EPS, "overrun low");
    assertEquals(0.8123836935173494, dbl(o, Cols.BUDGET_OVERRUN_CI_HIGH), EPS, "overrun high");
    assertEquals(1.1, dbl(o, Cols.MEDIAN_OVERRUN_RATIO), EPS, "median spent/planned");
    assertEquals(9L, lng(o, Cols.TTP_INITIATIVES), "A10 has no start date");
    assertEquals(3L, lng(o, Cols.TTP_PRODUCTIONS), "productions");
    assertEquals(365 / (365.25 / 12), dbl(o, Cols.TTP_MEDIAN_MONTHS), EPS, "KM median");
    assertEquals(181 / (365.25 / 12), dbl(o, Cols.TTP_MEDIAN_CI_LOW_MONTHS), EPS, "median low");
    assertNull(o.getAs(Cols.TTP_MEDIAN_CI_HIGH_MONTHS), "upper limit not reached");
    assertEquals(0.95, dbl(o, Cols.CONFIDENCE_LEVEL), EPS, "confidence");
  }

  @Test
  void failureRateByDimension() {
    // Every dimension partitions the portfolio: n sums to 10.
    for (String dim : FailureRateStats.DIMENSIONS) {
      long total =
          rows(Tables.FAILURE_RATE_STATS, col(Cols.DIMENSION).equalTo(dim)).stream()
              .mapToLong(r -> r.<Long>getAs(Cols.N))
              .sum();
      assertEquals(10L, total, "n over " + dim);
    }
    Row ops =
        one(
            Tables.FAILURE_RATE_STATS,
            col(Cols.DIMENSION)
                .equalTo(Cols.BUSINESS_UNIT)
                .and(col(Cols.DIMENSION_VALUE).equalTo("Ops")));
    assertEquals(3L, lng(ops, Cols.N), "Ops n");
    assertEquals(2L, lng(ops, Cols.FAILED_COUNT), "Ops failed (A8 stalled, A9 cancelled)");
    assertEquals(2.0 / 3, dbl(ops, Cols.FAILURE_RATE), EPS, "Ops rate");
    assertTrue(ops.<Boolean>getAs(Cols.SMALL_SAMPLE), "3 < 5");
    assertNull(ops.getAs(Cols.TTP_MEDIAN_MONTHS), "no production in Ops");
    Row noBu =
        one(
            Tables.FAILURE_RATE_STATS,
            col(Cols.DIMENSION)
                .equalTo(Cols.BUSINESS_UNIT)
                .and(col(Cols.DIMENSION_VALUE).isNull()));
    assertEquals(1L, lng(noBu, Cols.N), "A10 has no business unit");
    assertEquals(0L, lng(noBu, Cols.TTP_INITIATIVES), "and no usable dates");
    Row q1 =
        one(
            Tables.FAILURE_RATE_STATS,
            col(Cols.DIMENSION)
                .equalTo(Cols.START_QUARTER)
                .and(col(Cols.DIMENSION_VALUE).equalTo("2023-Q1")));
    assertEquals(3L, lng(q1, Cols.N), "2023-Q1 cohort");
    assertEquals(1.0 / 3, dbl(q1, Cols.FAILURE_RATE), EPS, "2023-Q1 rate");
    Row data =
        one(
            Tables.FAILURE_RATE_STATS,
            col(Cols.DIMENSION)
                .equalTo(Cols.PRIMARY_CAUSE)
                .and(col(Cols.DIMENSION_VALUE).equalTo("DATA_READINESS")));
    assertEquals(2L, lng(data, Cols.N), "DATA_READINESS");
    assertEquals(1L, lng(data, Cols.STALLED_COUNT), "A8");
    assertEquals(1L, lng(data, Cols.CANCELLED_COUNT), "A3");
    // Wilson(2,2): low = 1 - high(0,2) = 1 - 0.6576197724933469
    assertEquals(1 - 0.6576197724933469, dbl(data, Cols.FAILURE_RATE_CI_LOW), EPS, "Wilson(2,2)");
    Row notFailed =
        one(
            Tables.FAILURE_RATE_STATS,
            col(Cols.DIMENSION).equalTo(Cols.STALL_STAGE).and(col(Cols.DIMENSION_VALUE).isNull()));
    assertEquals(5L, lng(notFailed, Cols.N), "null stall_stage = the 5 not failed");
    assertEquals(0.0, dbl(notFailed, Cols.FAILURE_RATE), EPS, "none failed");
  }

  @Test
  void timeToProductionCurvesAndHorizons() {
    String t = Tables.TIME_TO_PRODUCTION;
    Column overall = col(Cols.DIMENSION).equalTo(PortfolioStats.OVERALL);
    Column steps = overall.and(col(Cols.HORIZON_MONTHS).isNull());
    Row km365 =
        one(
            t,
            steps.and(col(Cols.MEASURE).equalTo("km_survival")).and(col(Cols.DAYS).equalTo(365)));
    assertEquals(7.0 / 15, dbl(km365, Cols.ESTIMATE), EPS, "S(365)");
    assertEquals(3L, lng(km365, Cols.AT_RISK), "n(365)");
    assertEquals(1L, lng(km365, Cols.EVENTS), "A2");
    assertEquals(9L, lng(km365, Cols.INITIATIVES), "timed initiatives");
    Row km92 =
        one(t, steps.and(col(Cols.MEASURE).equalTo("km_survival")).and(col(Cols.DAYS).equalTo(92)));
    assertEquals(1.0, dbl(km92, Cols.ESTIMATE), EPS, "cancellation does not move KM");
    assertEquals(1L, lng(km92, Cols.CENSORED), "cancellation censored for KM");
    assertEquals(
        9, rows(t, steps.and(col(Cols.MEASURE).equalTo("cif_production"))).size(), "9 times");

    Column h = overall.and(col(Cols.HORIZON_MONTHS).isNotNull());
    Row p6 =
        one(
            t,
            h.and(col(Cols.MEASURE).equalTo("cif_production"))
                .and(col(Cols.HORIZON_MONTHS).equalTo(6)));
    assertEquals(182, p6.<Integer>getAs(Cols.DAYS), "6 months = floor(182.625) days");
    assertEquals(1.0 / 9, dbl(p6, Cols.ESTIMATE), EPS, "F_P(6m)");
    assertEquals(1L, lng(p6, Cols.EVENTS), "A1 by 6 months");
    assertEquals(7L, lng(p6, Cols.AT_RISK), "observed beyond 182 days");
    Row c6 =
        one(
            t,
            h.and(col(Cols.MEASURE).equalTo("cif_cancellation"))
                .and(col(Cols.HORIZON_MONTHS).equalTo(6)));
    assertEquals(1.0 / 9, dbl(c6, Cols.ESTIMATE), EPS, "F_X(6m)");
    Row p12 =
        one(
            t,
            h.and(col(Cols.MEASURE).equalTo("cif_production"))
                .and(col(Cols.HORIZON_MONTHS).equalTo(12)));
    assertEquals(17.0 / 45, dbl(p12, Cols.ESTIMATE), EPS, "F_P(12m)");
    assertEquals(3L, lng(p12, Cols.EVENTS), "3 productions by 365 days");
    Row c12 =
        one(
            t,
            h.and(col(Cols.MEASURE).equalTo("cif_cancellation"))
                .and(col(Cols.HORIZON_MONTHS).equalTo(12)));
    assertEquals(16.0 / 45, dbl(c12, Cols.ESTIMATE), EPS, "F_X(12m)");
    Row k24 =
        one(
            t,
            h.and(col(Cols.MEASURE).equalTo("km_survival"))
                .and(col(Cols.HORIZON_MONTHS).equalTo(24)));
    assertEquals(7.0 / 15, dbl(k24, Cols.ESTIMATE), EPS, "S(24m)");
    assertEquals(1L, lng(k24, Cols.AT_RISK), "only A4 observed 730 days");
    assertEquals(24.0, dbl(k24, Cols.MONTHS), EPS, "months on horizon rows");
    // Retail: max observed time 365 days < 730 -> no estimate at 24 months.
    Row retail24 =
        one(
            t,
            col(Cols.DIMENSION)
                .equalTo(Cols.BUSINESS_UNIT)
                .and(col(Cols.DIMENSION_VALUE).equalTo("Retail"))
                .and(col(Cols.MEASURE).equalTo("km_survival"))
                .and(col(Cols.HORIZON_MONTHS).equalTo(24)));
    assertNull(retail24.getAs(Cols.ESTIMATE), "beyond follow-up");
  }

  @Test
  void cohortsFixedHorizonAndObservedSoFar() {
    String t = Tables.COHORT_STATS;
    Column fixed = col(Cols.COHORT_VIEW).equalTo("fixed_horizon_12m");
    assertEquals(3, rows(t, fixed).size(), "2024-Q4 is not complete for 12 months");
    Row q1 = one(t, fixed.and(col(Cols.START_QUARTER).equalTo("2023-Q1")));
    assertEquals(3L, lng(q1, Cols.N), "n");
    assertEquals(2L, lng(q1, Cols.IN_PRODUCTION_COUNT), "A1, A2 (exactly 12 months)");
    assertEquals(1L, lng(q1, Cols.CANCELLED_COUNT), "A3");
    assertEquals(0L, lng(q1, Cols.NOT_RESOLVED), "none open");
    assertEquals(2.0 / 3, dbl(q1, Cols.PRODUCTION_RATE), EPS, "rate");
    assertEquals(0.20765960080204768, dbl(q1, Cols.PRODUCTION_RATE_CI_LOW), EPS, "Wilson(2,3) low");
    assertEquals(
        0.9385080552796037, dbl(q1, Cols.PRODUCTION_RATE_CI_HIGH), EPS, "Wilson(2,3) high");
    assertEquals(12, q1.<Integer>getAs(Cols.HORIZON_MONTHS), "horizon");
    assertEquals(Date.valueOf("2023-01-01"), q1.getAs(Cols.QUARTER_START), "quarter start");
    Row q24 = one(t, fixed.and(col(Cols.START_QUARTER).equalTo("2024-Q1")));
    assertEquals(1L, lng(q24, Cols.IN_PRODUCTION_COUNT), "A6");
    assertEquals(1L, lng(q24, Cols.CANCELLED_COUNT), "A9 via last_activity_date");
    assertEquals(1L, lng(q24, Cols.NOT_RESOLVED), "A8");
    Column observed = col(Cols.COHORT_VIEW).equalTo("observed_so_far");
    assertEquals(4, rows(t, observed).size(), "all cohorts");
    Row q4 = one(t, observed.and(col(Cols.START_QUARTER).equalTo("2024-Q4")));
    assertFalse(q4.<Boolean>getAs(Cols.FULLY_OBSERVED), "young cohort flagged");
    assertEquals(1L, lng(q4, Cols.N), "A7");
    assertNull(q4.getAs(Cols.HORIZON_MONTHS), "no horizon");
    assertEquals(0.7934506856227626, dbl(q4, Cols.PRODUCTION_RATE_CI_HIGH), EPS, "Wilson(0,1)");
  }

  @Test
  void causeStageMatrixAndEvidenceTiming() {
    String m = Tables.CAUSE_STAGE_MATRIX;
    assertEquals(Cause.values().length * Stage.values().length, out.get(m).count(), "full grid");
    Row dp =
        one(
            m,
            col(Cols.PRIMARY_CAUSE)
                .equalTo("DATA_READINESS")
                .and(col(Cols.STALL_STAGE).equalTo("PROTOTYPE")));
    assertEquals(2L, lng(dp, Cols.FAILED_COUNT), "A3, A8");
    assertEquals(1L, lng(dp, Cols.STALLED_COUNT), "A8");
    assertEquals(0.4, dbl(dp, Cols.SHARE_OF_FAILED), EPS, "2 of 5 failed");
    assertEquals(1.0, dbl(dp, Cols.SHARE_OF_CAUSE), EPS, "all DATA_READINESS at PROTOTYPE");
    Row ie =
        one(
            m,
            col(Cols.PRIMARY_CAUSE)
                .equalTo("INTEGRATION")
                .and(col(Cols.STALL_STAGE).equalTo("ENGINEERING")));
    assertEquals(0.5, dbl(ie, Cols.SHARE_OF_STAGE), EPS, "1 of 2 at ENGINEERING");
    Row empty =
        one(
            m,
            col(Cols.PRIMARY_CAUSE)
                .equalTo("SKILLS_GAP")
                .and(col(Cols.STALL_STAGE).equalTo("OPERATION")));
    assertEquals(0L, lng(empty, Cols.FAILED_COUNT), "zero cell");
    assertNull(empty.getAs(Cols.SHARE_OF_CAUSE), "no SKILLS_GAP failures: share undefined");
    assertEquals(0.0, dbl(empty, Cols.SHARE_OF_FAILED), EPS, "share of all failed");

    String t = Tables.CAUSE_EVIDENCE_TIMING;
    assertEquals(Cause.values().length, out.get(t).count(), "one row per cause code");
    Row data = one(t, col(Cols.CAUSE).equalTo("DATA_READINESS"));
    assertEquals(3L, lng(data, Cols.INITIATIVES), "A1 A3 A8");
    assertEquals(3L, lng(data, Cols.INITIATIVES_TIMED), "all dated");
    // days 30, 31, 30 -> sorted 30 30 31: median 30, p25 30, p75 30.5 (interpolated)
    assertEquals(30.0, dbl(data, Cols.MEDIAN_DAYS_TO_FIRST_EVIDENCE), EPS, "median");
    assertEquals(30.0, dbl(data, Cols.P25_DAYS_TO_FIRST_EVIDENCE), EPS, "p25");
    assertEquals(30.5, dbl(data, Cols.P75_DAYS_TO_FIRST_EVIDENCE), EPS, "p75");
    assertEquals(2L, lng(data, Cols.PRIMARY_FAILED_INITIATIVES), "A3 A8");
    assertEquals(
        30.5, dbl(data, Cols.PRIMARY_MEDIAN_DAYS_TO_FIRST_EVIDENCE), EPS, "median of 31, 30");
    Row cost = one(t, col(Cols.CAUSE).equalTo("COST_FUNDING"));
    assertEquals(1L, lng(cost, Cols.INITIATIVES), "A9");
    assertEquals(0L, lng(cost, Cols.INITIATIVES_TIMED), "undated evidence only");
    assertNull(cost.getAs(Cols.MEDIAN_DAYS_TO_FIRST_EVIDENCE), "no median");
    Row integ = one(t, col(Cols.CAUSE).equalTo("INTEGRATION"));
    assertEquals(90.0, dbl(integ, Cols.MEDIAN_DAYS_TO_FIRST_EVIDENCE), EPS, "2023-04-01 -> 06-30");
  }

  @Test
  void publishedBenchmarksNextToPortfolioIntervals() {
    String t = Tables.PUBLISHED_BENCHMARKS;
    Row rand = one(t, col(Cols.BENCHMARK_ID).equalTo("rand-2024-ai-project-failure"));
    assertEquals(0.80, dbl(rand, Cols.PUBLISHED_VALUE), EPS, "RAND 80%");
    assertEquals(10L, lng(rand, Cols.PORTFOLIO_N), "overall n");
    assertEquals(0.5, dbl(rand, Cols.PORTFOLIO_RATE), EPS, "failure rate");
    assertEquals(0.763406909487436, dbl(rand, Cols.PORTFOLIO_CI_HIGH), EPS, "Wilson high");
    assertFalse(rand.<Boolean>getAs(Cols.PUBLISHED_INSIDE_CI), "0.80 > 0.763");
    assertFalse(rand.<Boolean>getAs(Cols.CLAIM_CONSISTENT), "'more than 80%' excluded");
    Row idc = one(t, col(Cols.BENCHMARK_ID).equalTo("idc-lenovo-2025-poc-to-production"));
    assertTrue(idc.<Boolean>getAs(Cols.WEAKLY_SOURCED), "vendor-commissioned");
    assertEquals(7L, lng(idc, Cols.PORTFOLIO_N), "POC denominator");
    assertEquals(3.0 / 7, dbl(idc, Cols.PORTFOLIO_RATE), EPS, "POC rate");
    assertFalse(idc.<Boolean>getAs(Cols.PUBLISHED_INSIDE_CI), "0.12 < 0.158");
    Row scrapped = one(t, col(Cols.BENCHMARK_ID).equalTo("sp-global-2025-poc-scrapped"));
    assertEquals(4.0 / 7, dbl(scrapped, Cols.PORTFOLIO_RATE), EPS, "1 - 3/7");
    assertEquals(1 - 0.7495416354723429, dbl(scrapped, Cols.PORTFOLIO_CI_LOW), EPS, "complement");
    assertEquals(1 - 0.15821985525146973, dbl(scrapped, Cols.PORTFOLIO_CI_HIGH), EPS, "complement");
    assertTrue(scrapped.<Boolean>getAs(Cols.PUBLISHED_INSIDE_CI), "0.46 inside");
    Row companies = one(t, col(Cols.BENCHMARK_ID).equalTo("sp-global-2025-companies-abandoning"));
    assertNull(companies.getAs(Cols.PORTFOLIO_RATE), "not comparable");
    assertNull(companies.getAs(Cols.PUBLISHED_INSIDE_CI), "not comparable");
    assertEquals(6, out.get(t).count(), "every benchmark of the file");
    assertEquals(
        StatsParams.defaults().benchmarks().version(),
        companies.getAs(Cols.BENCHMARKS_VERSION),
        "file version");
  }

  @Test
  void emptyPortfolioGivesOverallRowWithNullRates() {
    LinkedHashMap<String, Dataset<Row>> empty =
        PortfolioStats.compute(
            SharedSpark.spark().createDataFrame(List.of(), ASSESSMENT),
            SharedSpark.spark().createDataFrame(List.of(), EVIDENCE),
            AS_OF,
            StatsParams.defaults());
    List<Row> fr = empty.get(Tables.FAILURE_RATE_STATS).collectAsList();
    assertEquals(1, fr.size(), "only the overall row");
    Row o = fr.get(0);
    assertEquals(PortfolioStats.OVERALL, o.getAs(Cols.DIMENSION));
    assertEquals(0L, lng(o, Cols.N), "n = 0");
    assertEquals(0L, lng(o, Cols.FAILED_COUNT), "no failures");
    assertNull(o.getAs(Cols.FAILURE_RATE), "rate undefined");
    assertNull(o.getAs(Cols.FAILURE_RATE_CI_LOW), "interval undefined");
    assertNull(o.getAs(Cols.POC_TO_PRODUCTION_RATE), "POC rate undefined");
    assertNull(o.getAs(Cols.MEDIAN_OVERRUN_RATIO), "no budgets");
    assertNull(o.getAs(Cols.TTP_MEDIAN_MONTHS), "no curve");
    assertTrue(o.<Boolean>getAs(Cols.SMALL_SAMPLE), "0 < 5");
    List<Row> ttp = empty.get(Tables.TIME_TO_PRODUCTION).collectAsList();
    assertEquals(9, ttp.size(), "overall x 3 measures x 3 horizons, no steps");
    for (Row r : ttp) {
      assertNull(r.getAs(Cols.ESTIMATE), "nothing observed");
      assertEquals(0L, lng(r, Cols.INITIATIVES), "no initiatives");
    }
    assertEquals(0, empty.get(Tables.COHORT_STATS).count(), "no cohorts");
    assertEquals(72, empty.get(Tables.CAUSE_STAGE_MATRIX).count(), "zero grid");
    assertEquals(12, empty.get(Tables.CAUSE_EVIDENCE_TIMING).count(), "one row per cause");
    Row rand =
        one(
            empty,
            Tables.PUBLISHED_BENCHMARKS,
            col(Cols.BENCHMARK_ID).equalTo("rand-2024-ai-project-failure"));
    assertEquals(0L, lng(rand, Cols.PORTFOLIO_N), "n = 0");
    assertNull(rand.getAs(Cols.PORTFOLIO_RATE), "no rate");
    assertNull(rand.getAs(Cols.PUBLISHED_INSIDE_CI), "cannot compare");
  }

  @Test
  void singleInitiativePortfolio() {
    List<Row> rows =
        List.of(
            a(
                "S1",
                "Retail",
                "classification",
                "build",
                "IN_PRODUCTION",
                true,
                "OPERATION",
                null,
                null,
                "2024-01-01",
                "2024-03-01",
                null,
                10.0,
                10.0,
                "2024-03-01"));
    LinkedHashMap<String, Dataset<Row>> single =
        PortfolioStats.compute(
            SharedSpark.spark().createDataFrame(rows, ASSESSMENT),
            SharedSpark.spark().createDataFrame(List.of(), EVIDENCE),
            AS_OF,
            StatsParams.defaults());
    Row o =
        one(single, Tables.FAILURE_RATE_STATS, col(Cols.DIMENSION).equalTo(PortfolioStats.OVERALL));
    assertEquals(1L, lng(o, Cols.N), "n");
    assertEquals(0.0, dbl(o, Cols.FAILURE_RATE), EPS, "rate 0/1");
    assertEquals(0.0, dbl(o, Cols.FAILURE_RATE_CI_LOW), EPS, "Wilson(0,1) low");
    assertEquals(0.7934506856227626, dbl(o, Cols.FAILURE_RATE_CI_HIGH), EPS, "Wilson(0,1) high");
    assertEquals(1.0, dbl(o, Cols.POC_TO_PRODUCTION_RATE), EPS, "1/1");
    // 2024-01-01 -> 2024-03-01 = 60 days; S drops to 0 there: median = 60 days both ends.
    assertEquals(60 / (365.25 / 12), dbl(o, Cols.TTP_MEDIAN_MONTHS), EPS, "median");
    assertEquals(60 / (365.25 / 12), dbl(o, Cols.TTP_MEDIAN_CI_HIGH_MONTHS), EPS, "median high");
    assertEquals(0L, lng(o, Cols.BUDGET_OVERRUN), "spent = planned is no overrun");
    assertEquals(1.0, dbl(o, Cols.MEDIAN_OVERRUN_RATIO), EPS, "ratio 1");
    Row p6 =
        one(
            single,
            Tables.TIME_TO_PRODUCTION,
            col(Cols.DIMENSION)
                .equalTo(PortfolioStats.OVERALL)
                .and(col(Cols.MEASURE).equalTo("cif_production"))
                .and(col(Cols.HORIZON_MONTHS).equalTo(6)));
    assertNull(p6.getAs(Cols.ESTIMATE), "182 days is beyond the only time (60)");
  }

  @Test
  void rejectsInputWithoutRequiredColumns() {
    Dataset<Row> bad = SharedSpark.spark().createDataFrame(List.of(), EVIDENCE);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PortfolioStats.compute(bad, bad, AS_OF, StatsParams.defaults()));
    assertEquals(
        "Cannot compute portfolio statistics: assessment has no column business_unit",
        e.getMessage());
  }

  static Row one(Map<String, Dataset<Row>> tables, String table, Column filter) {
    List<Row> r = tables.get(table).filter(filter).collectAsList();
    assertEquals(1, r.size(), "exactly one row in " + table);
    return r.get(0);
  }
}
