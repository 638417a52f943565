package dev.lastmile.transform.stats;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import dev.lastmile.model.Cols;
import dev.lastmile.model.Outcome;
import dev.lastmile.model.SchemaFiles;
import dev.lastmile.model.Stage;
import dev.lastmile.model.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Portfolio statistics for the quarterly review: the entry point of {@code transform.stats}.
 *
 * <p>Reads the {@code initiative_assessment} rows (one per initiative; only the columns listed in
 * {@link #REQUIRED_ASSESSMENT_COLUMNS} are used) and the {@code cause_evidence} rows. Writes
 * nothing: it returns one DataFrame per output table, each with exactly the columns of {@code
 * schemas/outputs/<table>.ddl} except {@code snapshot_date}, which the job appends. All maths runs
 * in Spark (aggregations and window functions over built-in expressions); nothing per initiative is
 * collected to the driver. For a fixed {@code asOf} the values are deterministic.
 *
 * <p>Tables: {@link Tables#FAILURE_RATE_STATS}, {@link Tables#TIME_TO_PRODUCTION}, {@link
 * Tables#COHORT_STATS}, {@link Tables#CAUSE_STAGE_MATRIX}, {@link Tables#CAUSE_EVIDENCE_TIMING},
 * {@link Tables#PUBLISHED_BENCHMARKS}. Definitions, denominators, interval methods and caveats are
 * in {@code docs/statistics.md}.
 *
 * <p>Dangers: rates over few initiatives are noise (see the {@code small_sample} flags); failure
 * rates count ACTIVE initiatives in the denominator, so young portfolios look better than they will
 * end; time to production treats stalled and running initiatives as censored at {@code asOf}. Each
 * returned table re-reads {@code assessment} several times: persist it (and {@code evidence}) first
 * when it is expensive to recompute.
 */
public final class PortfolioStats {
  private PortfolioStats() {}

  /** {@code dimension} of the whole-portfolio rows. */
  public static final String OVERALL = "overall";

  /** {@code dimension_value} of the whole-portfolio rows. */
  public static final String ALL = "all";

  /** Assessment columns this transform reads. */
  public static final List<String> REQUIRED_ASSESSMENT_COLUMNS =
      List.of(
          Cols.INITIATIVE_ID,
          Cols.BUSINESS_UNIT,
          Cols.AI_TECHNIQUE,
          Cols.BUILD_OR_BUY,
          Cols.OUTCOME,
          Cols.REACHED_PRODUCTION,
          Cols.FURTHEST_STAGE,
          Cols.STALL_STAGE,
          Cols.PRIMARY_CAUSE,
          Cols.START_DATE,
          Cols.PRODUCTION_DATE,
          Cols.CLOSED_DATE,
          Cols.BUDGET_PLANNED,
          Cols.BUDGET_SPENT,
          Cols.LAST_ACTIVITY_DATE);

  /** Evidence columns this transform reads. */
  public static final List<String> REQUIRED_EVIDENCE_COLUMNS =
      List.of(Cols.INITIATIVE_ID, Cols.CAUSE, Cols.EVIDENCE_DATE);

  // Derived per-initiative columns (internal).
  static final String IS_FAILED = "_is_failed";
  static final String IS_POC_RESOLVED = "_is_poc_resolved";
  static final String IS_BUDGET_KNOWN = "_is_budget_known";
  static final String IS_OVERRUN = "_is_overrun";
  static final String OVERRUN_RATIO = "_overrun_ratio";
  static final String SPELL_END = "_spell_end";
  static final String SPELL_VALID = "_spell_valid";

  /**
   * Computes every statistics table.
   *
   * @param assessment initiative_assessment rows (columns {@link #REQUIRED_ASSESSMENT_COLUMNS})
   * @param evidence cause_evidence rows (columns {@link #REQUIRED_EVIDENCE_COLUMNS})
   * @param asOf the snapshot date: running initiatives are censored here, cohorts are complete when
   *     their horizon ends on or before it
   * @param params settings; {@link StatsParams#defaults()} for the documented defaults
   * @return table name to DataFrame, in a fixed order, without snapshot_date
   */
  public static LinkedHashMap<String, Dataset<Row>> compute(
      Dataset<Row> assessment, Dataset<Row> evidence, LocalDate asOf, StatsParams params) {
    LinkedHashMap<String, Dataset<Row>> out = tables(assessment, evidence, asOf, params);
    out.put(Tables.PUBLISHED_BENCHMARKS, benchmarks(out.get(Tables.FAILURE_RATE_STATS), params));
    return out;
  }

  /**
   * Every statistics table but {@link Tables#PUBLISHED_BENCHMARKS}, which {@link #benchmarks}
   * derives from failure_rate_stats: a caller that writes failure_rate_stats first can build it
   * from the written table, instead of computing the failure rates (and their survival curves) a
   * second time in its query. Same arguments as {@link #compute}.
   */
  public static LinkedHashMap<String, Dataset<Row>> tables(
      Dataset<Row> assessment, Dataset<Row> evidence, LocalDate asOf, StatsParams params) {
    return tables(assessment, evidence, asOf, params, UnaryOperator.identity());
  }

  /**
   * As {@link #tables(Dataset, Dataset, LocalDate, StatsParams)}, with the survival curves that
   * failure_rate_stats and time_to_production both read (computed once, over the dimensions of
   * both) passed through {@code cut}: the job truncates their lineage there on small runs, so that
   * the two tables' queries analyse and plan a leaf instead of the curves' two dozen window columns
   * each; the values are the same.
   */
  public static LinkedHashMap<String, Dataset<Row>> tables(
      Dataset<Row> assessment,
      Dataset<Row> evidence,
      LocalDate asOf,
      StatsParams params,
      UnaryOperator<Dataset<Row>> cut) {
    if (asOf == null || params == null) {
      throw new IllegalArgumentException(
          "Cannot compute portfolio statistics: asOf and params are required");
    }
    requireColumns(assessment, REQUIRED_ASSESSMENT_COLUMNS, "assessment");
    requireColumns(evidence, REQUIRED_EVIDENCE_COLUMNS, "evidence");
    // One row per initiative (thousands at most) and a few per piece of evidence: in one
    // partition, the many aggregations and windows below need no shuffle, and each shuffle was a
    // Spark job of its own (~75 jobs for these six small tables).
    Dataset<Row> prepared = prepare(assessment.coalesce(1), asOf);
    evidence = evidence.coalesce(1);
    double z = params.z();

    // One set of survival curves for both tables: time_to_production's dimensions are among
    // failure_rate_stats', and each group's curve depends on its own spells only.
    Dataset<Row> curves = cut.apply(FailureRateStats.curves(prepared, z));

    LinkedHashMap<String, Dataset<Row>> out = new LinkedHashMap<>();
    out.put(
        Tables.FAILURE_RATE_STATS,
        conform(FailureRateStats.build(prepared, curves, params, z), Tables.FAILURE_RATE_STATS));
    out.put(
        Tables.TIME_TO_PRODUCTION,
        conform(TimeToProduction.build(prepared, curves, params), Tables.TIME_TO_PRODUCTION));
    out.put(
        Tables.COHORT_STATS,
        conform(CohortStats.build(prepared, asOf, params, z), Tables.COHORT_STATS));
    out.put(
        Tables.CAUSE_STAGE_MATRIX, conform(CauseStats.matrix(prepared), Tables.CAUSE_STAGE_MATRIX));
    out.put(
        Tables.CAUSE_EVIDENCE_TIMING,
        conform(CauseStats.timing(prepared, evidence), Tables.CAUSE_EVIDENCE_TIMING));
    return out;
  }

  /**
   * {@link Tables#PUBLISHED_BENCHMARKS}: each published figure beside the portfolio's comparable
   * rate, read from the overall row of {@code failureRateStats} (the failure_rate_stats table as
   * {@link #tables} returns it, or as it was written).
   */
  public static Dataset<Row> benchmarks(Dataset<Row> failureRateStats, StatsParams params) {
    return conform(
        BenchmarkComparison.build(failureRateStats, params), Tables.PUBLISHED_BENCHMARKS);
  }

  /**
   * Adds the per-initiative flags every table uses: start quarter, failed, in the POC denominator,
   * budget known / overrun and ratio, and the time-to-production spell (end date, event code,
   * validity, days).
   */
  static Dataset<Row> prepare(Dataset<Row> assessment, LocalDate asOf) {
    Column outcome = col(Cols.OUTCOME);
    Column inProduction = outcome.equalTo(Outcome.IN_PRODUCTION.code());
    Column cancelled = outcome.equalTo(Outcome.CANCELLED.code());
    Column failed = outcome.isin(Outcome.STALLED.code(), Outcome.CANCELLED.code());
    Column asOfDate = to_date(lit(asOf.toString()));

    Column stageRank = stageRank(col(Cols.FURTHEST_STAGE));
    Column reachedPoc =
        coalesce(stageRank.geq(Stage.PROTOTYPE.rank()), lit(false))
            .or(coalesce(col(Cols.REACHED_PRODUCTION), lit(false)))
            .or(coalesce(inProduction, lit(false)));
    Column resolved = coalesce(inProduction.or(failed), lit(false));

    Column planned = col(Cols.BUDGET_PLANNED);
    Column spent = col(Cols.BUDGET_SPENT);
    Column budgetKnown = planned.isNotNull().and(spent.isNotNull()).and(planned.gt(0.0));

    Column spellEnd =
        when(inProduction, col(Cols.PRODUCTION_DATE))
            .when(cancelled, coalesce(col(Cols.CLOSED_DATE), col(Cols.LAST_ACTIVITY_DATE)))
            .otherwise(asOfDate);
    Column event =
        when(inProduction, lit(Survival.PRODUCTION))
            .when(cancelled, lit(Survival.CANCELLATION))
            .otherwise(lit(Survival.CENSORED));

    // Two projections (a chain of withColumn analyses the plan again at every step): the
    // columns of the first read only the assessment's, the second's read the spell end.
    return withAll(
        withAll(
            assessment,
            Cols.START_QUARTER,
            when(
                col(Cols.START_DATE).isNotNull(),
                concat(
                    year(col(Cols.START_DATE)).cast("string"),
                    lit("-Q"),
                    quarter(col(Cols.START_DATE)).cast("string"))),
            Cols.QUARTER_START,
            make_date(
                year(col(Cols.START_DATE)),
                quarter(col(Cols.START_DATE)).minus(1).multiply(3).plus(1),
                lit(1)),
            IS_FAILED,
            coalesce(failed, lit(false)),
            IS_POC_RESOLVED,
            reachedPoc.and(resolved),
            IS_BUDGET_KNOWN,
            coalesce(budgetKnown, lit(false)),
            IS_OVERRUN,
            coalesce(budgetKnown.and(spent.gt(planned)), lit(false)),
            OVERRUN_RATIO,
            when(budgetKnown, spent.divide(planned)),
            SPELL_END,
            spellEnd,
            Survival.EVENT,
            event),
        SPELL_VALID,
        coalesce(
            col(Cols.START_DATE).leq(col(SPELL_END)).and(col(SPELL_END).leq(asOfDate)), lit(false)),
        Survival.TIME,
        datediff(col(SPELL_END), col(Cols.START_DATE)));
  }

  /**
   * {@code df} with the given columns added or replaced, in one projection: a chain of {@code
   * withColumn} calls analyses the whole plan again at every step, which on a small run costs more
   * than the query. The columns must not refer to each other. {@code namesAndColumns} alternates a
   * column name and its {@link Column}.
   */
  static Dataset<Row> withAll(Dataset<Row> df, Object... namesAndColumns) {
    return df.withColumns(columns(namesAndColumns));
  }

  /**
   * The name to column map of {@link #withAll}, in the given order; an entry that is itself an
   * array (such as {@link #rateWithInterval}) stands for its name/column pairs in place.
   */
  static java.util.Map<String, Column> columns(Object... namesAndColumns) {
    java.util.Map<String, Column> cols = new LinkedHashMap<>();
    put(cols, namesAndColumns);
    return cols;
  }

  private static void put(java.util.Map<String, Column> cols, Object[] namesAndColumns) {
    for (int i = 0; i < namesAndColumns.length; i++) {
      if (namesAndColumns[i] instanceof Object[] pairs) {
        put(cols, pairs);
      } else {
        cols.put((String) namesAndColumns[i], (Column) namesAndColumns[++i]);
      }
    }
  }

  /** The rate x / n and its Wilson interval at z, as three name/column pairs for withAll. */
  static Object[] rateWithInterval(
      String rate, String low, String high, Column x, Column n, double z) {
    return new Object[] {
      rate,
      StatsMath.rate(x, n),
      low,
      StatsMath.wilsonLow(x, n, z),
      high,
      StatsMath.wilsonHigh(x, n, z)
    };
  }

  /** Rank 1..6 of a stage code, null for anything else. */
  static Column stageRank(Column stage) {
    Column rank = lit(null).cast("int");
    for (Stage s : Stage.values()) {
      rank = when(stage.equalTo(s.code()), lit(s.rank())).otherwise(rank);
    }
    return rank;
  }

  /**
   * One row per initiative and dimension value: the prepared rows exploded into ({@code dimension},
   * {@code dimension_value}) for each named dimension; {@link #OVERALL} gives value {@link #ALL}.
   * Every other dimension's value is the column of the same name, as a string.
   */
  static Dataset<Row> byDimensions(Dataset<Row> prepared, List<String> dimensions) {
    List<Column> pairs = new ArrayList<>();
    for (String d : dimensions) {
      Column value = d.equals(OVERALL) ? lit(ALL) : col(d).cast("string");
      pairs.add(struct(lit(d).as(Cols.DIMENSION), value.as(Cols.DIMENSION_VALUE)));
    }
    String pair = "_dim";
    return prepared
        .withColumn(pair, explode(array(pairs.toArray(new Column[0]))))
        .withColumn(Cols.DIMENSION, col(pair).getField(Cols.DIMENSION))
        .withColumn(Cols.DIMENSION_VALUE, col(pair).getField(Cols.DIMENSION_VALUE))
        .drop(pair);
  }

  /** Valid time-to-production spells exploded over the dimensions (input of {@link Survival}). */
  static Dataset<Row> spells(Dataset<Row> prepared, List<String> dimensions) {
    return byDimensions(prepared.filter(col(SPELL_VALID)), dimensions)
        .select(
            col(Cols.DIMENSION),
            col(Cols.DIMENSION_VALUE),
            col(Survival.TIME),
            col(Survival.EVENT));
  }

  /** Selects and casts to the columns of the table's DDL (minus snapshot_date), with comments. */
  static Dataset<Row> conform(Dataset<Row> df, String table) {
    List<Column> cols = new ArrayList<>();
    for (StructField f : SchemaFiles.output(table).fields()) {
      if (f.name().equals(Cols.SNAPSHOT_DATE)) {
        continue;
      }
      cols.add(col(f.name()).cast(f.dataType()).as(f.name(), f.metadata()));
    }
    return df.select(cols.toArray(new Column[0]));
  }

  /** The table's DDL schema without snapshot_date: what {@link #compute} returns. */
  public static StructType outputSchema(String table) {
    StructType out = new StructType();
    for (StructField f : SchemaFiles.output(table).fields()) {
      if (!f.name().equals(Cols.SNAPSHOT_DATE)) {
        out = out.add(f);
      }
    }
    return out;
  }

  private static void requireColumns(Dataset<Row> df, List<String> required, String what) {
    List<String> present = List.of(df.columns());
    for (String c : required) {
      if (!present.contains(c)) {
        throw new IllegalArgumentException(
            "Cannot compute portfolio statistics: " + what + " has no column " + c);
      }
    }
  }
}
