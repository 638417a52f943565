package dev.lastmile.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cause;
import dev.lastmile.model.Cols;
import dev.lastmile.model.Outcome;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * review_worklist: the failed initiatives the next review should decide (the rules named no cause,
 * or named one with confidence below review.json {@code low_confidence}) and that no reviewer has
 * decided yet, each with its most recent dated texts (up to {@code worklist_texts}); an initiative
 * with no dated text keeps one row with null text columns. Pure.
 */
public final class ReviewWorklist {
  private ReviewWorklist() {}

  public static final String UNKNOWN_CAUSE = "unknown_cause";
  public static final String LOW_CONFIDENCE = "low_confidence";

  /**
   * @param assessment initiative_assessment after reviewer decisions
   * @param texts evidence texts (initiative_id, source, source_ref, text_at, text, and the lineage
   *     source_file, record_number when present) as of the snapshot
   */
  public static Dataset<Row> build(
      Dataset<Row> assessment, Dataset<Row> texts, ReviewParams params) {
    Column failed = col(Cols.OUTCOME).isin(Outcome.STALLED.code(), Outcome.CANCELLED.code());
    Column unknown = col(Cols.PRIMARY_CAUSE).equalTo(Cause.UNKNOWN.code());
    Column low = col(Cols.CONFIDENCE).lt(params.lowConfidence());
    Dataset<Row> open =
        assessment
            .filter(failed.and(col(Cols.VERDICT_SOURCE).equalTo("rules")).and(unknown.or(low)))
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.NAME),
                col(Cols.OUTCOME),
                col(Cols.STALL_STAGE),
                col(Cols.PRIMARY_CAUSE),
                col(Cols.CONFIDENCE),
                when(unknown, lit(UNKNOWN_CAUSE))
                    .otherwise(lit(LOW_CONFIDENCE))
                    .as(Cols.WORKLIST_REASON));
    // Only the worklist's texts are ranked: the window over every comment of the portfolio would
    // shuffle all texts for a few initiatives.
    Dataset<Row> ranked =
        texts
            .join(
                open.select(col(Cols.INITIATIVE_ID).as("_o_id")),
                col(Cols.INITIATIVE_ID).equalTo(col("_o_id")),
                "left_semi")
            .filter(col(Cols.TEXT_AT).isNotNull().and(col(Cols.TEXT).isNotNull()))
            .select(
                col(Cols.INITIATIVE_ID).as("_t_id"),
                col(Cols.SOURCE),
                col(Cols.SOURCE_REF),
                col(Cols.TEXT_AT),
                substring(col(Cols.TEXT), 1, 300).as(Cols.EXCERPT),
                Lifecycle.optional(texts, Cols.SOURCE_FILE).as(Cols.SOURCE_FILE),
                Lifecycle.optional(texts, Cols.RECORD_NUMBER, "bigint").as(Cols.RECORD_NUMBER))
            .withColumn(
                Cols.TEXT_RANK,
                row_number()
                    .over(
                        Window.partitionBy("_t_id")
                            .orderBy(col(Cols.TEXT_AT).desc(), col(Cols.SOURCE_REF))))
            .filter(col(Cols.TEXT_RANK).leq(params.worklistTexts()));
    return open.join(ranked, col(Cols.INITIATIVE_ID).equalTo(col("_t_id")), "left").drop("_t_id");
  }
}
