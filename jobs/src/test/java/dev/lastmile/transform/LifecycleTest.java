package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  static final StructType REGISTRY =
      StructType.fromDDL(
          "initiative_id STRING, name STRING, registry_stage STRING, status STRING, start_date DATE"
              + ", "
              + "production_date DATE, closed_date DATE");
  static final StructType ISSUES =
      StructType.fromDDL(
          "initiative_id STRING, issue_key STRING, issue_type STRING, summary STRING, "
              + "issue_status STRING, created TIMESTAMP, updated TIMESTAMP, resolved TIMESTAMP, "
              + "labels ARRAY<STRING>, has_history BOOLEAN");
  static final StructType HISTORY =
      StructType.fromDDL(
          "initiative_id STRING, issue_key STRING, changed_at TIMESTAMP, author STRING, "
              + "from_status STRING, to_status STRING");
  static final StructType TEXTS =
      StructType.fromDDL(
          "initiative_id STRING, source STRING, source_ref STRING, text_at TIMESTAMP, text STRING, "
              + "author STRING");
  static final StructType MODELS =
      StructType.fromDDL(
          "initiative_id STRING, model_name STRING, model_version STRING, model_stage STRING, "
              + "aliases ARRAY<STRING>, model_created TIMESTAMP, model_updated TIMESTAMP");

  static Timestamp daysAgo(int d) {
    return Timestamp.from(Instant.parse("2026-10-01T12:00:00Z").minusSeconds(86400L * d));
  }

  static Date date(String s) {
    return s == null ? null : Date.valueOf(s);
  }

  static Row reg(String id, String stage, String status, String start, String prod, String closed) {
    return RowFactory.create(
        id, "name " + id, stage, status, date(start), date(prod), date(closed));
  }

  static Row issue(
      String id,
      String key,
      String type,
      String summary,
      String status,
      int createdAgo,
      boolean history) {
    return RowFactory.create(
        id,
        key,
        type,
        summary,
        status,
        daysAgo(createdAgo),
        daysAgo(createdAgo),
        null,
        List.of(),
        history);
  }

  @Test
  void outcomesStagesAndRuleIds() {
    Dataset<Row> registry =
        SPARK.createDataFrame(
            List.of(
                reg("AI-1", "Pilot", "in production", "2024-01-01", "2025-01-10", null),
                reg("AI-2", "POC", "active", "2024-01-01", null, null),
                reg("AI-3", "Prototype", "On hold - awaiting budget", "2024-01-01", null, null),
                reg("AI-4", "Business case", "cancelled", "2024-01-01", null, "2025-05-01"),
                reg("AI-5", "Discovery", "active", "2026-06-01", null, null),
                reg("AI-6", "pilot", "active", "2024-01-01", null, null),
                reg("AI-7", "", "active", "2024-01-01", null, null),
                reg("AI-8", "MVP build", "active", "2024-01-01", null, null)),
            REGISTRY);
    Dataset<Row> issues =
        SPARK.createDataFrame(
            List.of(
                issue("AI-2", "CH-1", "Epic", "Build - churn model", "Build", 300, false),
                issue("AI-3", "FR-1", "Story", "Label the data", "In Progress", 20, false),
                issue("AI-5", "NE-1", "Story", "Interview users", "In Progress", 10, false),
                issue("AI-7", "LV-1", "Epic", "Churn", "Done", 400, true),
                issue("AI-8", "BT-1", "Story", "Feature store", "In Progress", 150, true)),
            ISSUES);
    Dataset<Row> history =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create("AI-7", "LV-1", daysAgo(380), "u1", "UAT", "Live"),
                RowFactory.create("AI-7", "LV-1", daysAgo(300), "u1", "Live", "Done")),
            HISTORY);
    Dataset<Row> texts =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create(
                    "AI-8",
                    "jira_comment",
                    "BT-1#comment-1",
                    daysAgo(5),
                    "Automated reminder",
                    "jira-automation-bot"),
                RowFactory.create(
                    "AI-2", "jira_comment", "CH-1#comment-1", daysAgo(200), "waiting", "u2")),
            TEXTS);
    Dataset<Row> models =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create(
                    "AI-4", "m4", "2", "Staging", List.of(), daysAgo(600), daysAgo(600)),
                RowFactory.create(
                    "AI-6", "m6", "3", "None", List.of("champion"), daysAgo(400), daysAgo(400))),
            MODELS);
    Dataset<Row> out =
        Lifecycle.assess(registry, issues, history, models, texts, RULES, AS_OF).outcomes();
    Map<String, String> got = new TreeMap<>();
    for (Row r :
        out.select(
                Cols.INITIATIVE_ID,
                Cols.OUTCOME,
                Cols.OUTCOME_RULE_ID,
                Cols.FURTHEST_STAGE,
                Cols.STALL_STAGE,
                Cols.DAYS_SINCE_ACTIVITY)
            .collectAsList()) {
      got.put(
          r.getString(0),
          r.getString(1)
              + " "
              + r.getString(2)
              + " "
              + r.getString(3)
              + " "
              + r.getString(4)
              + " "
              + r.get(5));
    }
    Map<String, String> want =
        new TreeMap<>(
            Map.of(
                "AI-1", "IN_PRODUCTION outcome.production OPERATION null 1004",
                "AI-2", "STALLED outcome.idle ENGINEERING ENGINEERING 200",
                "AI-3", "STALLED outcome.on_hold PROTOTYPE PROTOTYPE 20",
                "AI-4", "CANCELLED outcome.closed DEPLOYMENT DEPLOYMENT 600",
                "AI-5", "ACTIVE outcome.recent_activity DISCOVERY null 10",
                "AI-6", "IN_PRODUCTION outcome.production OPERATION null 400",
                "AI-7", "IN_PRODUCTION outcome.production OPERATION null 300",
                "AI-8", "STALLED outcome.idle ENGINEERING ENGINEERING 150"));
    assertEquals(want, got);
    // The job's wiring: every step cut, the steps several queries read cut eagerly; same rows.
    Lifecycle.Assessed whole =
        Lifecycle.assess(registry, issues, history, models, texts, RULES, AS_OF);
    Lifecycle.Assessed cut =
        Lifecycle.assess(
            registry,
            issues,
            history,
            models,
            texts,
            RULES,
            AS_OF,
            ds -> ds.localCheckpoint(false),
            ds -> ds.localCheckpoint(true));
    assertEquals(8, cut.outcomes().count());
    assertEquals(0, cut.outcomes().exceptAll(whole.outcomes()).count());
    assertEquals(0, whole.outcomes().exceptAll(cut.outcomes()).count());
    long spells = whole.spells().count();
    assertTrue(spells > 0);
    assertEquals(spells, cut.spells().count());
    assertEquals(0, cut.spells().exceptAll(whole.spells()).count());
    assertEquals(0, whole.spells().exceptAll(cut.spells()).count());
    List<String> evidence = new ArrayList<>();
    for (Row r :
        out.filter(Cols.REACHED_PRODUCTION)
            .orderBy(Cols.INITIATIVE_ID)
            .select(Cols.PRODUCTION_EVIDENCE, Cols.PRODUCTION_DATE)
            .collectAsList()) {
      evidence.add(r.getString(0) + " @" + r.get(1));
    }
    assertEquals(
        List.of(
            "registry production_date 2025-01-10; registry status 'in production' @2025-01-10",
            "mlflow m6 v3 None @champion @2025-08-27",
            "jira LV-1 was 'Live' @2025-09-16"),
        evidence);
  }

  /**
   * Registry statuses and stages as organisations write them in German, French, Spanish, Dutch,
   * Italian and Portuguese: each status names its outcome rule and each stage its stage.
   */
  @Test
  void registryStatusesAndStagesInSevenLanguages() {
    Dataset<Row> out =
        outcomes(
            List.of(
                reg("L-1", "Prototyp", "eingestellt", "2024-01-01", null, null),
                reg("L-2", "Prueba de concepto", "en espera", "2024-01-01", null, null),
                reg("L-3", "Uitrol", "in productie", "2024-01-01", null, null),
                reg("L-4", "Bouw", "gepauzeerd", "2024-01-01", null, null),
                reg("L-5", "Déploiement", "Annulé", "2024-01-01", null, null),
                reg("L-6", "Sviluppo", "sospeso", "2024-01-01", null, null),
                reg("L-7", "Homologação", "em produção", "2024-01-01", null, null),
                reg("L-8", "Verkenning", "actief", "2024-01-01", null, null),
                reg("L-9", "Despliegue", "dado de baja", "2024-01-01", null, null)),
            List.of(),
            List.of(),
            RULES);
    Map<String, String> got = new TreeMap<>();
    for (Row r :
        out.select(Cols.INITIATIVE_ID, Cols.OUTCOME, Cols.OUTCOME_RULE_ID, Cols.FURTHEST_STAGE)
            .collectAsList()) {
      got.put(r.getString(0), r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
    }
    Map<String, String> want = new TreeMap<>();
    want.put("L-1", "CANCELLED outcome.closed PROTOTYPE");
    want.put("L-2", "STALLED outcome.on_hold PROTOTYPE");
    want.put("L-3", "IN_PRODUCTION outcome.production OPERATION");
    want.put("L-4", "STALLED outcome.on_hold ENGINEERING");
    want.put("L-5", "CANCELLED outcome.closed DEPLOYMENT");
    want.put("L-6", "STALLED outcome.on_hold ENGINEERING");
    want.put("L-7", "IN_PRODUCTION outcome.production OPERATION");
    want.put("L-8", "STALLED outcome.idle DISCOVERY");
    want.put("L-9", "IN_PRODUCTION outcome.production OPERATION");
    assertEquals(want, got);
  }

  static final StructType FULL_ISSUES =
      StructType.fromDDL(
          "initiative_id STRING, issue_key STRING, issue_type STRING, summary STRING, "
              + "issue_status STRING, status_category STRING, resolution STRING, created TIMESTAMP,"
              + " "
              + "updated TIMESTAMP, resolved TIMESTAMP, labels ARRAY<STRING>, "
              + "components ARRAY<STRING>, sprints ARRAY<STRING>, fix_versions ARRAY<STRING>, "
              + "has_history BOOLEAN");

  static Row full(
      String id,
      String type,
      String summary,
      String status,
      String category,
      List<String> labels,
      List<String> components,
      List<String> sprints,
      List<String> fixes) {
    return RowFactory.create(
        id,
        id + "-1",
        type,
        summary,
        status,
        category,
        null,
        daysAgo(200),
        daysAgo(200),
        null,
        labels,
        components,
        sprints,
        fixes,
        false);
  }

  /** The outcomes table of a registry and Jira issues (FULL_ISSUES), as of 2026-10-01. */
  static Dataset<Row> outcomes(
      List<Row> registryRows, List<Row> issueRows, List<Row> historyRows, LifecycleRules rules) {
    Dataset<Row> registry = SPARK.createDataFrame(registryRows, REGISTRY);
    Dataset<Row> issues = SPARK.createDataFrame(issueRows, FULL_ISSUES);
    Dataset<Row> history = SPARK.createDataFrame(historyRows, HISTORY);
    Dataset<Row> models = SPARK.createDataFrame(List.of(), MODELS);
    Dataset<Row> texts = SPARK.createDataFrame(List.of(), TEXTS);
    return Lifecycle.assess(registry, issues, history, models, texts, rules, AS_OF).outcomes();
  }

  /** Furthest stage and the evidence named for it, per initiative, under the given rules. */
  static Map<String, String> stages(
      List<Row> issueRows, List<Row> historyRows, List<Row> registryRows, LifecycleRules rules) {
    Dataset<Row> out = outcomes(registryRows, issueRows, historyRows, rules);
    Map<String, String> got = new TreeMap<>();
    for (Row r :
        out.select(Cols.INITIATIVE_ID, Cols.FURTHEST_STAGE, Cols.FURTHEST_STAGE_SOURCE)
            .collectAsList()) {
      got.put(r.getString(0), r.getString(1) + " | " + r.getString(2));
    }
    return got;
  }

  /** Stage evidence from each source of the work itself, in English, French and German. */
  @Test
  void stageFromTheWorkItself() {
    List<String> none = List.of();
    List<Row> issues =
        List.of(
            full(
                "W1",
                "Story",
                "Wire the feature store",
                "In Development",
                "indeterminate",
                none,
                none,
                none,
                none),
            full("W2", "Tâche", "Piège photo", "Terminé(e)", "Terminé", none, none, none, none),
            full(
                "W3",
                "Epic",
                "Churn model - rollout to the branches",
                "In Progress",
                null,
                none,
                none,
                none,
                none),
            full(
                "W4",
                "Story",
                "Prototypen für die Bilderkennung bauen",
                "Erledigt",
                "done",
                none,
                none,
                none,
                none),
            full("W5", "Spike", "Look at the options", "Done", "done", none, none, none, none),
            full(
                "W6",
                "Story",
                "Label images",
                "In Progress",
                null,
                List.of("proof-of-concept"),
                none,
                none,
                none),
            full(
                "W7",
                "Story",
                "Label images",
                "Done",
                null,
                none,
                List.of("Déploiement"),
                none,
                none),
            full(
                "W8",
                "Story",
                "Label images",
                "Done",
                null,
                none,
                none,
                List.of("MVP Sprint 3"),
                none),
            full(
                "W9",
                "Story",
                "Label images",
                "Done",
                null,
                none,
                none,
                none,
                List.of("Pilot 0.1")),
            // planned work is no stage evidence: status category new, a to-do status, won't do
            full(
                "W10",
                "Story",
                "Deploy the model to production",
                "Ready",
                "new",
                none,
                none,
                none,
                none),
            full("W11", "Story", "Roll out the pilot", "To Do", null, none, none, none, none),
            // a status category alone is no stage
            full("W12", "Story", "Label images", "Review", "indeterminate", none, none, none, none),
            // exact vocabularies win ties over stage words
            full(
                "W13",
                "Story",
                "Deployment checklist",
                "UAT",
                "indeterminate",
                none,
                none,
                none,
                none),
            // an epic in a Spanish site is an "Épica": its name is an epic name
            full(
                "W15",
                "Épica",
                "Tiendas del norte: despliegue",
                "En curso",
                "indeterminate",
                none,
                none,
                none,
                none),
            // a not-started status names no stage although it holds a stage word: Jira's stock
            // "Selected for Development" is the queue before engineering, now and in the history
            full(
                "W16",
                "Story",
                "Label images",
                "Selected for Development",
                "new",
                none,
                none,
                none,
                none));
    List<Row> history =
        List.of(
            RowFactory.create("W2", "W2-1", daysAgo(190), "u1", "En cours", "à tester"),
            RowFactory.create(
                "W16", "W16-1", daysAgo(150), "u1", "Backlog", "Selected for Development"));
    List<Row> registry = new ArrayList<>();
    for (int i = 1; i <= 13; i++) {
      registry.add(reg("W" + i, null, "active", "2024-01-01", null, null));
    }
    registry.add(reg("W14", "Entwicklung", "active", "2024-01-01", null, null));
    registry.add(reg("W15", null, "active", "2024-01-01", null, null));
    registry.add(reg("W16", null, "active", "2024-01-01", null, null));
    Map<String, String> want =
        new TreeMap<>(
            Map.ofEntries(
                Map.entry(
                    "W1",
                    "ENGINEERING | jira_status: W1-1 status=In Development"
                        + " (stage word 'in development')"),
                Map.entry(
                    "W2", "ENGINEERING | status_history: W2-1 -> à tester (stage word 'à tester')"),
                Map.entry(
                    "W3",
                    "DEPLOYMENT | jira_epic_name: W3-1 Churn model - rollout to the branches"
                        + " (stage word 'rollout')"),
                Map.entry(
                    "W4",
                    "PROTOTYPE | jira_summary: W4-1 Prototypen für die Bilderkennung bauen"
                        + " (stage word 'prototype')"),
                Map.entry(
                    "W5", "PROTOTYPE | jira_issue_type: W5-1 type=Spike (stage word 'spike')"),
                Map.entry(
                    "W6",
                    "PROTOTYPE | jira_label: W6-1 label=proof-of-concept"
                        + " (stage word 'proof of concept')"),
                Map.entry(
                    "W7",
                    "DEPLOYMENT | jira_component: W7-1 component=Déploiement"
                        + " (stage word 'déploiement')"),
                Map.entry(
                    "W8", "ENGINEERING | jira_sprint: W8-1 sprint=MVP Sprint 3 (stage word 'mvp')"),
                Map.entry(
                    "W9",
                    "PROTOTYPE | jira_fix_version: W9-1 fix_version=Pilot 0.1"
                        + " (stage word 'pilot')"),
                Map.entry("W10", "DISCOVERY | no stage evidence (DISCOVERY assumed)"),
                Map.entry("W11", "DISCOVERY | no stage evidence (DISCOVERY assumed)"),
                Map.entry("W12", "DISCOVERY | no stage evidence (DISCOVERY assumed)"),
                Map.entry("W13", "DEPLOYMENT | jira_status: W13-1 status=UAT"),
                Map.entry(
                    "W14",
                    "ENGINEERING | registry_field: registry_stage=Entwicklung"
                        + " (stage word 'Entwicklung')"),
                Map.entry(
                    "W15",
                    "DEPLOYMENT | jira_epic_name: W15-1 Tiendas del norte: despliegue"
                        + " (stage word 'despliegue')"),
                Map.entry("W16", "DISCOVERY | no stage evidence (DISCOVERY assumed)")));
    assertEquals(want, stages(issues, history, registry, RULES));
  }

  /** A status mapping in a user config places a status the defaults leave unplaced. */
  @Test
  void configStatusMappingPlacesAStatus() throws Exception {
    LifecycleRules mapped =
        LifecycleRules.withOverrides(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(
                    "{\"stage_vocabulary\": {\"statuses\": {\"review\": " + "\"DEPLOYMENT\"}}}"));
    List<Row> issues =
        List.of(
            full(
                "M1",
                "Story",
                "Label images",
                "Review",
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of()),
            full(
                "M2",
                "Story",
                "Label images",
                "In Development",
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of()));
    List<Row> registry =
        List.of(
            reg("M1", null, "active", "2024-01-01", null, null),
            reg("M2", null, "active", "2024-01-01", null, null));
    assertEquals(
        Map.of(
            "M1",
            "DISCOVERY | no stage evidence (DISCOVERY assumed)",
            "M2",
            "ENGINEERING | jira_status: M2-1 status=In Development"
                + " (stage word 'in development')"),
        stages(issues, List.of(), registry, RULES));
    assertEquals(
        Map.of(
            "M1",
            "DEPLOYMENT | jira_status: M1-1 status=Review",
            "M2",
            "ENGINEERING | jira_status: M2-1 status=In Development"
                + " (stage word 'in development')"),
        stages(issues, List.of(), registry, mapped));
  }
}
