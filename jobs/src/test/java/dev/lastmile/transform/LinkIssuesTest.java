package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lastmile.model.Cols;
import dev.lastmile.testing.SharedSpark;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class LinkIssuesTest {
  private static final SparkSession SPARK = SharedSpark.spark();

  static final StructType REGISTRY =
      new StructType()
          .add(Cols.INITIATIVE_ID, "string")
          .add(Cols.NAME, "string")
          .add(Cols.JIRA_KEYS, "string")
          .add(Cols.MODEL_NAMES, "string");

  static final StructType ISSUES =
      new StructType()
          .add(Cols.ISSUE_KEY, "string")
          .add(Cols.ISSUE_ID, "string")
          .add(Cols.PROJECT_KEY, "string")
          .add(Cols.SUMMARY, "string")
          .add(Cols.PARENT_KEY, "string")
          .add(Cols.PARENT_ID, "string")
          .add(Cols.EPIC_KEY, "string")
          .add(Cols.LABELS, "array<string>")
          .add(Cols.SOURCE_FILE, "string")
          .add(Cols.RECORD_NUMBER, "long");

  static Row issue(
      String key,
      String id,
      String parentKey,
      String parentId,
      String epic,
      List<String> labels,
      long line) {
    return RowFactory.create(
        key,
        id,
        key.substring(0, key.indexOf('-')),
        "s " + key,
        parentKey,
        parentId,
        epic,
        labels,
        "jira.csv",
        line);
  }

  @Test
  void linksByLabelKeyEpicParentChainAndProjectAndQuarantinesOrphans() {
    Dataset<Row> registry =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create("AI-1", "Churn", "CHURN", null),
                RowFactory.create("AI-2", "Fraud", "DSLAB-10; DSLAB-99", null),
                RowFactory.create("AI-3", "Labelled", "", null),
                RowFactory.create("AI-4", "Shared project A", "SHARED", null),
                RowFactory.create("AI-5", "Shared project B", "SHARED", null)),
            REGISTRY);
    Dataset<Row> issues =
        SPARK.createDataFrame(
            List.of(
                issue("CHURN-1", "1", null, null, null, List.of(), 2), // project key
                issue("DSLAB-10", "10", null, null, null, List.of(), 3), // own key (epic)
                issue("DSLAB-11", "11", null, null, "DSLAB-10", List.of(), 4), // epic link
                issue("DSLAB-12", "12", null, "11", null, List.of(), 5), // sub-task via parent id
                issue("DSLAB-13", "13", null, null, null, List.of("initiative:AI-3"), 6), // label
                issue(
                    "DSLAB-14",
                    "14",
                    null,
                    null,
                    "DSLAB-10",
                    List.of("initiative:AI-3"),
                    7), // label wins
                issue("DSLAB-15", "15", null, null, null, List.of(), 8), // orphan
                issue("SHARED-1", "20", null, null, null, List.of(), 9), // project claimed twice
                issue(
                    "CHURN-2",
                    "2",
                    null,
                    null,
                    "DSLAB-10",
                    List.of(),
                    10)), // ancestor key beats project
            ISSUES);
    LinkIssues.Linked linked = LinkIssues.link(issues, registry, "initiative:");
    Map<String, String> got = new TreeMap<>();
    for (Row r :
        linked
            .issues()
            .select(Cols.ISSUE_KEY, Cols.INITIATIVE_ID, LinkIssues.LINK_METHOD)
            .collectAsList()) {
      got.put(r.getString(0), r.getString(1) + "/" + r.getString(2));
    }
    assertEquals(
        Map.of(
            "CHURN-1", "AI-1/project_key",
            "DSLAB-10", "AI-2/issue_key",
            "DSLAB-11", "AI-2/parent_or_epic",
            "DSLAB-12", "AI-2/parent_or_epic",
            "DSLAB-13", "AI-3/label",
            "DSLAB-14", "AI-3/label",
            "CHURN-2", "AI-2/parent_or_epic"),
        got);
    List<Row> q = linked.unlinked().orderBy(Cols.RECORD_NUMBER).collectAsList();
    assertEquals(2, q.size());
    assertEquals("UNLINKED_ISSUE", q.get(0).getAs(Cols.REASON));
    assertEquals(8L, (long) q.get(0).getAs(Cols.RECORD_NUMBER));
    assertEquals("DSLAB-15,s DSLAB-15", q.get(0).getAs(Cols.RAW));
    assertEquals(
        "SHARED-1,s SHARED-1",
        q.get(1).getAs(Cols.RAW),
        "a project claimed by two initiatives links nothing by itself");
  }
}
