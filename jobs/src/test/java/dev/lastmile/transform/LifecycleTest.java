package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lastmile.model.Cols;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.testing.SharedSpark;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Outcome, furthest/stall stage and activity rules on a tiny portfolio, as of 2026-10-01. */
class LifecycleTest {
  private static final SparkSession SPARK = SharedSpark.spark();
  private static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);
  private static final LifecycleRules RULES = LifecycleRules.loadDefault();

  static final StructType REGISTRY = StructType.fromDDL(
      "initiative_id STRING, name STRING, registry_stage STRING, status STRING, start_date DATE, "
          + "production_date DATE, closed_date DATE");
  static final StructType ISSUES = StructType.fromDDL(
      "initiative_id STRING, issue_key STRING, issue_type STRING, summary STRING, "
          + "issue_status STRING, created TIMESTAMP, updated TIMESTAMP, resolved TIMESTAMP, "
          + "labels ARRAY<STRING>, has_history BOOLEAN");
  static final StructType HISTORY = StructType.fromDDL(
      "initiative_id STRING, issue_key STRING, changed_at TIMESTAMP, author STRING, "
          + "from_status STRING, to_status STRING");
  static final StructType TEXTS = StructType.fromDDL(
      "initiative_id STRING, source STRING, source_ref STRING, text_at TIMESTAMP, text STRING, "
          + "author STRING");
  static final StructType MODELS = StructType.fromDDL(
      "initiative_id STRING, model_name STRING, model_version STRING, model_stage STRING, "
          + "aliases ARRAY<STRING>, model_created TIMESTAMP, model_updated TIMESTAMP");

  static Timestamp daysAgo(int d) {
    return Timestamp.from(Instant.parse("2026-10-01T12:00:00Z").minusSeconds(86400L * d));
  }

  static Date date(String s) {
    return s == null ? null : Date.valueOf(s);
  }

  static Row reg(String id, String stage, String status, String start, String prod, String closed) {
    return RowFactory.create(id, "name " + id, stage, status, date(start), date(prod), date(closed));
  }

  static Row issue(String id, String key, String type, String summary, String status, int createdAgo,
      boolean history) {
    return RowFactory.create(id, key, type, summary, status, daysAgo(createdAgo),
        daysAgo(createdAgo), null, List.of(), history);
  }

  @Test
  void outcomesStagesAndRuleIds() {
    Dataset<Row> registry = SPARK.createDataFrame(List.of(
        reg("AI-1", "Pilot", "in production", "2024-01-01", "2025-01-10", null),
        reg("AI-2", "POC", "active", "2024-01-01", null, null),
        reg("AI-3", "Prototype", "On hold - awaiting budget", "2024-01-01", null, null),
        reg("AI-4", "Business case", "cancelled", "2024-01-01", null, "2025-05-01"),
        reg("AI-5", "Discovery", "active", "2026-06-01", null, null),
        reg("AI-6", "pilot", "active", "2024-01-01", null, null),
        reg("AI-7", "", "active", "2024-01-01", null, null),
        reg("AI-8", "MVP build", "active", "2024-01-01", null, null)), REGISTRY);
    Dataset<Row> issues = SPARK.createDataFrame(List.of(
        issue("AI-2", "CH-1", "Epic", "Build - churn model", "Build", 300, false),
        issue("AI-3", "FR-1", "Story", "Label the data", "In Progress", 20, false),
        issue("AI-5", "NE-1", "Story", "Interview users", "In Progress", 10, false),
        issue("AI-7", "LV-1", "Epic", "Churn", "Done", 400, true),
        issue("AI-8", "BT-1", "Story", "Feature store", "In Progress", 150, true)), ISSUES);
    Dataset<Row> history = SPARK.createDataFrame(List.of(
        RowFactory.create("AI-7", "LV-1", daysAgo(380), "u1", "UAT", "Live"),
        RowFactory.create("AI-7", "LV-1", daysAgo(300), "u1", "Live", "Done")), HISTORY);
    Dataset<Row> texts = SPARK.createDataFrame(List.of(
        RowFactory.create("AI-8", "jira_comment", "BT-1#comment-1", daysAgo(5), "Automated reminder",
            "jira-automation-bot"),
        RowFactory.create("AI-2", "jira_comment", "CH-1#comment-1", daysAgo(200), "waiting", "u2")),
        TEXTS);
    Dataset<Row> models = SPARK.createDataFrame(List.of(
        RowFactory.create("AI-4", "m4", "2", "Staging", List.of(), daysAgo(600), daysAgo(600)),
        RowFactory.create("AI-6", "m6", "3", "None", List.of("champion"), daysAgo(400),
            daysAgo(400))), MODELS);
    Dataset<Row> stages = Lifecycle.stageEvidence(registry, issues, history, models, RULES);
    Dataset<Row> production = Lifecycle.productionEvidence(registry, issues, history, models, RULES);
    Dataset<Row> activity = Lifecycle.activity(issues, texts, history, models, RULES);
    Dataset<Row> out = Lifecycle.outcomes(registry, issues, stages, production, activity,
        Lifecycle.stallWindows(stages, RULES), RULES, AS_OF);
    Map<String, String> got = new TreeMap<>();
    for (Row r : out.select(Cols.INITIATIVE_ID, Cols.OUTCOME, Cols.OUTCOME_RULE_ID,
        Cols.FURTHEST_STAGE, Cols.STALL_STAGE, Cols.DAYS_SINCE_ACTIVITY).collectAsList()) {
      got.put(r.getString(0), r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " "
          + r.getString(4) + " " + r.get(5));
    }
    Map<String, String> want = new TreeMap<>(Map.of(
        "AI-1", "IN_PRODUCTION outcome.production OPERATION null 1004",
        "AI-2", "STALLED outcome.idle ENGINEERING ENGINEERING 200",
        "AI-3", "STALLED outcome.on_hold PROTOTYPE PROTOTYPE 20",
        "AI-4", "CANCELLED outcome.closed DEPLOYMENT DEPLOYMENT 600",
        "AI-5", "ACTIVE outcome.recent_activity DISCOVERY null 10",
        "AI-6", "IN_PRODUCTION outcome.production OPERATION null 400",
        "AI-7", "IN_PRODUCTION outcome.production OPERATION null 300",
        "AI-8", "STALLED outcome.idle ENGINEERING ENGINEERING 150"));
    assertEquals(want, got);
    List<String> evidence = new ArrayList<>();
    for (Row r : out.filter(Cols.REACHED_PRODUCTION).orderBy(Cols.INITIATIVE_ID)
        .select(Cols.PRODUCTION_EVIDENCE, Cols.PRODUCTION_DATE).collectAsList()) {
      evidence.add(r.getString(0) + " @" + r.get(1));
    }
    assertEquals(List.of(
        "registry production_date 2025-01-10; registry status 'in production' @2025-01-10",
        "mlflow m6 v3 None @champion @2025-08-27",
        "jira LV-1 was 'Live' @2025-09-16"), evidence);
  }
}
