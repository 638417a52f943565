package dev.lastmile.transform;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cols;
import dev.lastmile.model.Outcome;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Joins lifecycle outcomes with the cause ranking into the initiative_assessment rows. A primary
 * cause and its confidence are given only for failed initiatives (STALLED, CANCELLED); {@code
 * causes} lists every cause with evidence, strongest first, for all initiatives.
 */
public final class Verdicts {
  private Verdicts() {}

  public static Dataset<Row> assess(
      Dataset<Row> outcomes, Dataset<Row> ranking, String rulesVersion) {
    Dataset<Row> j = outcomes.join(ranking, Cols.INITIATIVE_ID, "left");
    org.apache.spark.sql.Column failed =
        col(Cols.OUTCOME).isin(Outcome.STALLED.code(), Outcome.CANCELLED.code());
    // One projection (the columns do not refer to each other): each withColumn re-analyses the
    // whole verdicts plan below it.
    java.util.Map<String, org.apache.spark.sql.Column> cols = new java.util.LinkedHashMap<>();
    cols.put(Cols.PRIMARY_CAUSE, when(failed, coalesce(col(Cols.PRIMARY_CAUSE), lit("UNKNOWN"))));
    cols.put(Cols.CONFIDENCE, when(failed, coalesce(col(Cols.CONFIDENCE), lit(0.0))));
    cols.put(Cols.CAUSES, coalesce(col(Cols.CAUSES), array().cast("array<string>")));
    cols.put(Cols.EVIDENCE_COUNT, coalesce(col(Cols.EVIDENCE_COUNT), lit(0)));
    cols.put(Cols.RULES_VERSION, lit(rulesVersion));
    return j.withColumns(cols);
  }
}
