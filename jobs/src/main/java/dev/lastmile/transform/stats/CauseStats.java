package dev.lastmile.transform.stats;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cause;
import dev.lastmile.model.Cols;
import dev.lastmile.model.Outcome;
import dev.lastmile.model.Stage;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code cause_stage_matrix} (failed initiatives by primary cause × stall stage, with total, row
 * and column shares) and {@code cause_evidence_timing} (days from start to the first evidence of
 * each cause).
 */
final class CauseStats {
  private CauseStats() {}

  private static final String FIRST_EVIDENCE = "_first_evidence";
  private static final String DAYS_TO_FIRST = "_days_to_first";
  private static final String IS_PRIMARY = "_is_primary";
  private static final String TOTAL_FAILED = "_total_failed";

  /** Full cause × stage grid of failed initiatives (zero cells included). */
  static Dataset<Row> matrix(Dataset<Row> prepared) {
    Column outcome = col(Cols.OUTCOME);
    Dataset<Row> counts =
        prepared
            .filter(col(PortfolioStats.IS_FAILED))
            .groupBy(col(Cols.PRIMARY_CAUSE), col(Cols.STALL_STAGE))
            .agg(
                count(lit(1)).as(Cols.FAILED_COUNT),
                count_if(outcome.equalTo(Outcome.STALLED.code())).as(Cols.STALLED_COUNT),
                count_if(outcome.equalTo(Outcome.CANCELLED.code())).as(Cols.CANCELLED_COUNT));

    List<Row> cells = new ArrayList<>();
    for (Cause c : Cause.values()) {
      for (Stage s : Stage.values()) {
        cells.add(RowFactory.create(c.code(), s.code(), 0L, 0L, 0L));
      }
    }
    StructType gridSchema =
        new StructType()
            .add(Cols.PRIMARY_CAUSE, DataTypes.StringType)
            .add(Cols.STALL_STAGE, DataTypes.StringType)
            .add(Cols.FAILED_COUNT, DataTypes.LongType)
            .add(Cols.STALLED_COUNT, DataTypes.LongType)
            .add(Cols.CANCELLED_COUNT, DataTypes.LongType);
    Dataset<Row> grid = prepared.sparkSession().createDataFrame(cells, gridSchema);

    Dataset<Row> full =
        grid.unionByName(counts.select(grid.columns()[0], rest(grid.columns())))
            .groupBy(col(Cols.PRIMARY_CAUSE), col(Cols.STALL_STAGE))
            .agg(
                sum(col(Cols.FAILED_COUNT)).cast("long").as(Cols.FAILED_COUNT),
                sum(col(Cols.STALLED_COUNT)).cast("long").as(Cols.STALLED_COUNT),
                sum(col(Cols.CANCELLED_COUNT)).cast("long").as(Cols.CANCELLED_COUNT));
    Column failed = col(Cols.FAILED_COUNT);
    // All failed initiatives: a one-row global aggregate (always present, 0 when none failed).
    String totalCol = TOTAL_FAILED;
    Dataset<Row> total = prepared.agg(count_if(col(PortfolioStats.IS_FAILED)).as(totalCol));
    full = full.crossJoin(total);
    Column totalFailed = col(totalCol);
    Column byCause = sum(failed).over(Window.partitionBy(col(Cols.PRIMARY_CAUSE)));
    Column byStage = sum(failed).over(Window.partitionBy(col(Cols.STALL_STAGE)));
    return full.withColumn(Cols.SHARE_OF_FAILED, StatsMath.rate(failed, totalFailed))
        .withColumn(Cols.SHARE_OF_CAUSE, StatsMath.rate(failed, byCause))
        .withColumn(Cols.SHARE_OF_STAGE, StatsMath.rate(failed, byStage))
        .drop(totalCol);
  }

  /**
   * Per cause: initiatives with evidence of it, and the distribution of days from start_date to the
   * first dated evidence of that cause (all initiatives, and failed ones whose primary cause it
   * is). Every cause code gets a row.
   */
  static Dataset<Row> timing(Dataset<Row> prepared, Dataset<Row> evidence) {
    Dataset<Row> withEvidence =
        evidence
            .groupBy(col(Cols.CAUSE))
            .agg(countDistinct(col(Cols.INITIATIVE_ID)).as(Cols.INITIATIVES));

    Dataset<Row> first =
        evidence
            .filter(col(Cols.EVIDENCE_DATE).isNotNull())
            .groupBy(col(Cols.INITIATIVE_ID), col(Cols.CAUSE))
            .agg(min(col(Cols.EVIDENCE_DATE)).as(FIRST_EVIDENCE));
    Dataset<Row> initiatives =
        prepared
            .filter(col(Cols.START_DATE).isNotNull())
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.START_DATE),
                col(PortfolioStats.IS_FAILED),
                col(Cols.PRIMARY_CAUSE));
    Dataset<Row> timed =
        first
            .join(initiatives, Cols.INITIATIVE_ID)
            .withColumn(DAYS_TO_FIRST, datediff(col(FIRST_EVIDENCE), col(Cols.START_DATE)))
            .withColumn(
                IS_PRIMARY,
                col(PortfolioStats.IS_FAILED)
                    .and(coalesce(col(Cols.PRIMARY_CAUSE).equalTo(col(Cols.CAUSE)), lit(false))))
            .groupBy(col(Cols.CAUSE))
            .agg(
                count(lit(1)).as(Cols.INITIATIVES_TIMED),
                percentile(col(DAYS_TO_FIRST), lit(0.5)).as(Cols.MEDIAN_DAYS_TO_FIRST_EVIDENCE),
                percentile(col(DAYS_TO_FIRST), lit(0.25)).as(Cols.P25_DAYS_TO_FIRST_EVIDENCE),
                percentile(col(DAYS_TO_FIRST), lit(0.75)).as(Cols.P75_DAYS_TO_FIRST_EVIDENCE),
                percentile(when(col(IS_PRIMARY), col(DAYS_TO_FIRST)), lit(0.5))
                    .as(Cols.PRIMARY_MEDIAN_DAYS_TO_FIRST_EVIDENCE));

    Dataset<Row> primary =
        prepared
            .filter(col(PortfolioStats.IS_FAILED).and(col(Cols.PRIMARY_CAUSE).isNotNull()))
            .groupBy(col(Cols.PRIMARY_CAUSE).as(Cols.CAUSE))
            .agg(count(lit(1)).as(Cols.PRIMARY_FAILED_INITIATIVES));

    List<Row> codes = new ArrayList<>();
    for (Cause c : Cause.values()) {
      codes.add(RowFactory.create(c.code()));
    }
    Dataset<Row> causes =
        prepared
            .sparkSession()
            .createDataFrame(codes, new StructType().add(Cols.CAUSE, DataTypes.StringType))
            .unionByName(withEvidence.select(col(Cols.CAUSE)))
            .unionByName(primary.select(col(Cols.CAUSE)))
            .filter(col(Cols.CAUSE).isNotNull())
            .distinct();

    return causes
        .join(withEvidence, Cols.CAUSE, "left")
        .join(timed, Cols.CAUSE, "left")
        .join(primary, Cols.CAUSE, "left")
        .withColumn(Cols.INITIATIVES, coalesce(col(Cols.INITIATIVES), lit(0L)))
        .withColumn(Cols.INITIATIVES_TIMED, coalesce(col(Cols.INITIATIVES_TIMED), lit(0L)))
        .withColumn(
            Cols.PRIMARY_FAILED_INITIATIVES,
            coalesce(col(Cols.PRIMARY_FAILED_INITIATIVES), lit(0L)));
  }

  private static String[] rest(String[] names) {
    return java.util.Arrays.copyOfRange(names, 1, names.length);
  }
}
