package dev.lastmile.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import dev.lastmile.model.Cols;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The texts that cause rules read, with provenance: Jira summaries, descriptions and comments of
 * linked issues; the registry's closure_reason (dated at closed_date: it was written when the
 * initiative stopped), notes and status; MLflow version descriptions and tags. Columns:
 * initiative_id, source, source_ref, text_at, text, author, source_file, record_number (the file
 * and record each text was read from: the issue record, the registry row, the MLflow element).
 */
public final class EvidenceTexts {
  private EvidenceTexts() {}

  public static Dataset<Row> build(
      Dataset<Row> issueTexts,
      Dataset<Row> linkedIssues,
      Dataset<Row> registry,
      Dataset<Row> linkedModels) {
    Dataset<Row> kept =
        linkedIssues.select(
            col(Cols.ISSUE_KEY).as("k"),
            col(Cols.SOURCE_FILE).as("f"),
            col(Cols.RECORD_NUMBER).as("r"),
            col(Cols.INITIATIVE_ID));
    Dataset<Row> jira =
        issueTexts
            .join(
                kept,
                col(Cols.ISSUE_KEY)
                    .equalTo(col("k"))
                    .and(col(Cols.SOURCE_FILE).equalTo(col("f")))
                    .and(col(Cols.RECORD_NUMBER).equalTo(col("r"))))
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.SOURCE),
                col(Cols.SOURCE_REF),
                col(Cols.TEXT_AT),
                col(Cols.TEXT),
                col(Cols.AUTHOR),
                col(Cols.SOURCE_FILE),
                col(Cols.RECORD_NUMBER));
    Dataset<Row> closure =
        registryText(registry, Cols.CLOSURE_REASON, col(Cols.CLOSED_DATE).cast("timestamp"));
    Dataset<Row> notes = registryText(registry, Cols.NOTES, lit(null).cast("timestamp"));
    Dataset<Row> status = registryText(registry, Cols.STATUS, lit(null).cast("timestamp"));
    Dataset<Row> modelDesc =
        linkedModels
            .filter(col(Cols.DESCRIPTION).isNotNull())
            .select(
                col(Cols.INITIATIVE_ID),
                lit("model_registry").as(Cols.SOURCE),
                concat(
                        col(Cols.MODEL_NAME),
                        lit(" v"),
                        col(Cols.MODEL_VERSION),
                        lit(" description"))
                    .as(Cols.SOURCE_REF),
                col(Cols.MODEL_UPDATED).as(Cols.TEXT_AT),
                col(Cols.DESCRIPTION).as(Cols.TEXT),
                lit(null).cast("string").as(Cols.AUTHOR),
                col(Cols.SOURCE_FILE),
                col(Cols.RECORD_NUMBER));
    Dataset<Row> modelTags =
        linkedModels
            .filter(col(Cols.TAGS).isNotNull())
            .select(
                col(Cols.INITIATIVE_ID),
                lit("model_registry").as(Cols.SOURCE),
                concat(col(Cols.MODEL_NAME), lit(" v"), col(Cols.MODEL_VERSION), lit(" tags"))
                    .as(Cols.SOURCE_REF),
                col(Cols.MODEL_UPDATED).as(Cols.TEXT_AT),
                col(Cols.TAGS).as(Cols.TEXT),
                lit(null).cast("string").as(Cols.AUTHOR),
                col(Cols.SOURCE_FILE),
                col(Cols.RECORD_NUMBER));
    return jira.unionByName(closure)
        .unionByName(notes)
        .unionByName(status)
        .unionByName(modelDesc)
        .unionByName(modelTags)
        .filter(col(Cols.TEXT).isNotNull());
  }

  private static Dataset<Row> registryText(
      Dataset<Row> registry, String column, org.apache.spark.sql.Column at) {
    return registry
        .filter(col(column).isNotNull())
        .select(
            col(Cols.INITIATIVE_ID),
            lit("registry_field").as(Cols.SOURCE),
            lit(column).as(Cols.SOURCE_REF),
            at.as(Cols.TEXT_AT),
            col(column).as(Cols.TEXT),
            lit(null).cast("string").as(Cols.AUTHOR),
            col(Cols.SOURCE_FILE),
            col(Cols.RECORD_NUMBER));
  }
}
