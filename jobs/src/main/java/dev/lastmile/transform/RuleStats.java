package dev.lastmile.transform;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cause;
import dev.lastmile.model.Cols;
import dev.lastmile.model.Outcome;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * rule_stats: what each cause rule did on this snapshot, computed from the cause_evidence rows and
 * the rules' own verdicts (rules_primary_cause of initiative_assessment); no change to the engine.
 * A "sentence" is one evidence location: initiative, source, source_ref and excerpt. Pure.
 */
public final class RuleStats {
  private RuleStats() {}

  /**
   * @param evidence cause_evidence rows (initiative_id, cause, rule_id, source, source_ref,
   *     excerpt, rules_version)
   * @param assessment initiative_assessment rows (initiative_id, rules_outcome,
   *     rules_primary_cause)
   */
  public static Dataset<Row> compute(Dataset<Row> evidence, Dataset<Row> assessment) {
    Column sentence =
        struct(
            col(Cols.INITIATIVE_ID),
            coalesce(col(Cols.SOURCE), lit("")),
            coalesce(col(Cols.SOURCE_REF), lit("")),
            coalesce(col(Cols.EXCERPT), lit("")));
    Dataset<Row> ev = evidence.withColumn("_sentence", sentence);
    Dataset<Row> causesPerSentence =
        ev.groupBy(col("_sentence")).agg(collect_set(col(Cols.CAUSE)).as("_sentence_causes"));
    Dataset<Row> verdicts =
        assessment.select(
            col(Cols.INITIATIVE_ID).as("_a_id"),
            col(Cols.RULES_OUTCOME).as("_a_outcome"),
            col(Cols.RULES_PRIMARY_CAUSE).as("_a_primary"));
    Dataset<Row> j =
        ev.join(causesPerSentence, "_sentence")
            .join(verdicts, col(Cols.INITIATIVE_ID).equalTo(col("_a_id")), "left")
            .withColumn(
                "_others",
                org.apache.spark.sql.functions.array_remove(
                    col("_sentence_causes"), col(Cols.CAUSE)));
    Column failed = col("_a_outcome").isin(Outcome.STALLED.code(), Outcome.CANCELLED.code());
    Column primary = coalesce(col("_a_primary").equalTo(col(Cols.CAUSE)), lit(false));
    Column conflict =
        failed
            .and(col("_a_primary").isNotNull())
            .and(col("_a_primary").notEqual(col(Cols.CAUSE)))
            .and(col("_a_primary").notEqual(Cause.UNKNOWN.code()));
    return j.groupBy(col(Cols.RULE_ID), col(Cols.CAUSE))
        .agg(
            countDistinct(col(Cols.INITIATIVE_ID)).as(Cols.INITIATIVES),
            countDistinct(col("_sentence")).as(Cols.SENTENCES),
            countDistinct(when(primary, col(Cols.INITIATIVE_ID))).as(Cols.PRIMARY_INITIATIVES),
            countDistinct(when(size(col("_others")).gt(0), col("_sentence")))
                .as(Cols.OVERLAP_SENTENCES),
            array_sort(
                    org.apache.spark.sql.functions.array_distinct(
                        flatten(collect_set(col("_others")))))
                .as(Cols.OVERLAP_CAUSES),
            countDistinct(when(conflict, col(Cols.INITIATIVE_ID))).as(Cols.CONFLICT_INITIATIVES),
            first(col(Cols.RULES_VERSION), true).as(Cols.RULES_VERSION));
  }
}
