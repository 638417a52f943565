package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lastmile.model.Cols;
import dev.lastmile.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** rule_stats on five hand-made evidence rows of two initiatives, counted by hand. */
class RuleStatsTest {
  @Test
  void firingsPrimariesOverlapsAndConflictsPerRule() {
    SparkSession spark = SharedSpark.spark();
    StructType es =
        new StructType()
            .add(Cols.INITIATIVE_ID, "string")
            .add(Cols.CAUSE, "string")
            .add(Cols.RULE_ID, "string")
            .add(Cols.SOURCE, "string")
            .add(Cols.SOURCE_REF, "string")
            .add(Cols.EXCERPT, "string")
            .add(Cols.RULES_VERSION, "string");
    Dataset<Row> evidence =
        spark.createDataFrame(
            List.of(
                // one sentence of AI-1 read by both rules: an overlap
                RowFactory.create(
                    "AI-1",
                    "DATA_READINESS",
                    "data.a",
                    "jira_comment",
                    "P-1#comment-1",
                    "No data access and the API is missing.",
                    "v1"),
                RowFactory.create(
                    "AI-1",
                    "INTEGRATION",
                    "integ.b",
                    "jira_comment",
                    "P-1#comment-1",
                    "No data access and the API is missing.",
                    "v1"),
                RowFactory.create(
                    "AI-1",
                    "DATA_READINESS",
                    "data.a",
                    "jira_comment",
                    "P-1#comment-2",
                    "Still no labelled data.",
                    "v1"),
                RowFactory.create(
                    "AI-2",
                    "INTEGRATION",
                    "integ.b",
                    "jira_summary",
                    "P-7#summary",
                    "SAP interface broken",
                    "v1"),
                RowFactory.create(
                    "AI-2",
                    "DATA_READINESS",
                    "data.a",
                    "jira_comment",
                    "P-7#comment-1",
                    "data quality poor",
                    "v1")),
            es);
    Dataset<Row> assessment =
        spark.createDataFrame(
            List.of(
                RowFactory.create("AI-1", "STALLED", "DATA_READINESS"),
                RowFactory.create("AI-2", "STALLED", "INTEGRATION"),
                RowFactory.create("AI-3", "ACTIVE", null)),
            new StructType()
                .add(Cols.INITIATIVE_ID, "string")
                .add(Cols.RULES_OUTCOME, "string")
                .add(Cols.RULES_PRIMARY_CAUSE, "string"));
    List<String> got = new ArrayList<>();
    for (Row r : RuleStats.compute(evidence, assessment).orderBy(Cols.RULE_ID).collectAsList()) {
      got.add(
          r.getAs(Cols.RULE_ID)
              + " "
              + r.getAs(Cols.CAUSE)
              + " initiatives="
              + r.getAs(Cols.INITIATIVES)
              + " sentences="
              + r.getAs(Cols.SENTENCES)
              + " primary="
              + r.getAs(Cols.PRIMARY_INITIATIVES)
              + " overlap="
              + r.getAs(Cols.OVERLAP_SENTENCES)
              + " "
              + r.getList(r.fieldIndex(Cols.OVERLAP_CAUSES))
              + " conflict="
              + r.getAs(Cols.CONFLICT_INITIATIVES)
              + " "
              + r.getAs(Cols.RULES_VERSION));
    }
    assertEquals(
        List.of(
            "data.a DATA_READINESS initiatives=2 sentences=3 primary=1 overlap=1 [INTEGRATION]"
                + " conflict=1 v1",
            "integ.b INTEGRATION initiatives=2 sentences=2 primary=1 overlap=1 [DATA_READINESS]"
                + " conflict=1 v1"),
        got);
  }
}
