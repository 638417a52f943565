package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lastmile.model.Cols;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.testing.SharedSpark;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Production read from a done Jira issue whose summary names the go-live itself ({@code
 * jira_go_live_summaries}), as of 2026-10-01: the issue key, the rule and the date it was done are
 * the evidence; work around the go-live, a pilot go-live, and go-live work not done or dropped are
 * not production.
 */
class GoLiveTest {
  private static final SparkSession SPARK = SharedSpark.spark();
  private static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);
  private static final LifecycleRules RULES = LifecycleRules.loadDefault();

  private static Timestamp ts(String s) {
    return s == null ? null : Timestamp.valueOf(s);
  }

  /**
   * One issue of initiative {@code id} (key id-1), created 2026-04-06, updated 2026-09-20 (without
   * a changelog, so the update is recent activity).
   */
  private static Row issue(
      String id,
      String type,
      String summary,
      String status,
      String category,
      String resolution,
      String resolved) {
    return RowFactory.create(
        id,
        id + "-1",
        type,
        summary,
        status,
        category,
        resolution,
        ts("2026-04-06 09:00:00"),
        ts("2026-09-20 10:00:00"),
        ts(resolved),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        false);
  }

  private static Dataset<Row> outcomes(List<Row> issueRows, List<Row> historyRows) {
    List<Row> registry = new ArrayList<>();
    for (Row r : issueRows) {
      registry.add(
          LifecycleTest.reg(r.getString(0), "Rollout", "active", "2025-02-03", null, null));
    }
    return LifecycleTest.outcomes(registry, issueRows, historyRows, RULES);
  }

  private static Map<String, String> verdicts(Dataset<Row> out) {
    Map<String, String> got = new TreeMap<>();
    for (Row r :
        out.select(
                Cols.INITIATIVE_ID,
                Cols.OUTCOME,
                Cols.FURTHEST_STAGE,
                Cols.PRODUCTION_DATE,
                Cols.PRODUCTION_EVIDENCE)
            .collectAsList()) {
      got.put(
          r.getString(0),
          r.getString(1) + " " + r.getString(2) + " " + r.get(3) + " | " + r.getString(4));
    }
    return got;
  }

  /** A done "Go-live - …" epic is production, dated by its resolution; nothing else is. */
  @Test
  void doneGoLiveEpicIsProductionAndTheLookalikesAreNot() {
    String epic = "Go-live - crane scheduling, Terminal East";
    List<Row> issues =
        List.of(
            issue("G1", "Epic", epic, "Done", "done", "Done", "2026-08-04 16:49:00"),
            issue("G2", "Epic", epic, "In Progress", "indeterminate", null, null),
            issue("G3", "Task", "Go-live plan", "Done", "done", "Done", "2026-08-04 16:49:00"),
            issue("G4", "Epic", epic, "Won't Do", "done", "Won't Do", "2026-06-30 09:32:00"),
            issue(
                "G5",
                "Epic",
                "Pilot go-live Terminal East",
                "Done",
                "done",
                "Done",
                "2026-08-04 16:49:00"),
            issue(
                "G6",
                "Task",
                "Go-live readiness checklist",
                "Done",
                "done",
                "Done",
                "2026-08-04 16:49:00"),
            issue("G7", "Task", "Prepare go-live", "Done", "done", "Done", "2026-08-04 16:49:00"),
            issue(
                "G8", "Task", "Rollback of go-live", "Done", "done", "Done", "2026-08-04 16:49:00"),
            issue("G9", "Task", "UAT", "Done", "done", "Done", "2026-08-04 16:49:00"),
            // a dropped go-live under a done-category status with no resolution field
            issue("G10", "Epic", epic, "Abgelehnt", "done", null, null));
    Map<String, String> want = new TreeMap<>();
    want.put(
        "G1",
        "IN_PRODUCTION OPERATION 2026-08-04 | jira G1-1 '"
            + epic
            + "' done (jira_go_live_summaries 'go-live')");
    want.put("G2", "ACTIVE DEPLOYMENT null | null");
    want.put("G3", "ACTIVE DEPLOYMENT null | null");
    want.put("G4", "ACTIVE DEPLOYMENT null | null");
    want.put("G5", "ACTIVE DEPLOYMENT null | null");
    want.put("G6", "ACTIVE DEPLOYMENT null | null");
    want.put("G7", "ACTIVE DEPLOYMENT null | null");
    want.put("G8", "ACTIVE DEPLOYMENT null | null");
    want.put("G9", "ACTIVE DEPLOYMENT null | null");
    want.put("G10", "ACTIVE DEPLOYMENT null | null");
    assertEquals(want, verdicts(outcomes(issues, List.of())));
  }

  /**
   * Go-live summaries in German, French, Spanish, Dutch, Italian and Portuguese, done by a done
   * status category without a resolution date: dated by the transition to the done status.
   */
  @Test
  void goLiveInSevenLanguagesDatedByTheDoneTransition() {
    List<Row> issues =
        List.of(
            issue(
                "L1",
                "Task",
                "Produktivsetzung Sortiermodell Band 3",
                "Erledigt",
                "done",
                null,
                null),
            issue(
                "L2",
                "Épopée",
                "Mise en production du modèle de tri",
                "Terminé",
                "Terminé",
                null,
                null),
            issue(
                "L3",
                "Tarea",
                "Puesta en producción previsión de cosecha",
                "Listo",
                "done",
                null,
                null),
            issue("L4", "Taak", "Livegang roosteroptimalisatie", "Gereed", "done", null, null),
            issue(
                "L5",
                "Attività",
                "Messa in produzione del modello",
                "Completato",
                "done",
                null,
                null),
            issue("L6", "Tarefa", "Entrada em produção do modelo", "Concluído", "done", null, null),
            issue("L7", "Task", "Cut-over to production", "Done", "done", null, null));
    List<Row> history = new ArrayList<>();
    for (Row r : issues) {
      history.add(
          RowFactory.create(
              r.getString(0),
              r.getString(1),
              ts("2026-05-02 08:00:00"),
              "u1",
              "To Do",
              "In Progress"));
      history.add(
          RowFactory.create(
              r.getString(0),
              r.getString(1),
              ts("2026-07-15 08:00:00"),
              "u1",
              "In Progress",
              r.getString(4)));
    }
    Map<String, String> got = verdicts(outcomes(issues, history));
    Map<String, String> want = new TreeMap<>();
    String[][] words = {
      {"L1", "Produktivsetzung"},
      {"L2", "mise en production"},
      {"L3", "puesta en producción"},
      {"L4", "Livegang"},
      {"L5", "messa in produzione"},
      {"L6", "entrada em produção"},
      {"L7", "cut-over to production"}
    };
    for (String[] w : words) {
      Row r = issues.stream().filter(i -> i.getString(0).equals(w[0])).findFirst().get();
      want.put(
          w[0],
          "IN_PRODUCTION OPERATION 2026-07-15 | jira "
              + w[0]
              + "-1 '"
              + r.getString(3)
              + "' done (jira_go_live_summaries '"
              + w[1]
              + "')");
    }
    assertEquals(want, got);
  }

  /** The stage history shows OPERATION from the day the go-live epic was done, naming it. */
  @Test
  void stageHistoryShowsOperationFromTheDoneGoLive() {
    List<Row> issues =
        List.of(
            issue(
                "H1",
                "Epic",
                "Go-live - crane scheduling",
                "Done",
                "done",
                "Done",
                "2026-08-04 16:49:00"));
    Dataset<Row> registry =
        SPARK.createDataFrame(
            List.of(LifecycleTest.reg("H1", "Rollout", "active", "2025-02-03", null, null)),
            LifecycleTest.REGISTRY);
    Dataset<Row> stages =
        Lifecycle.stageEvidence(
            registry,
            SPARK.createDataFrame(issues, LifecycleTest.FULL_ISSUES),
            SPARK.createDataFrame(List.of(), LifecycleTest.HISTORY),
            SPARK.createDataFrame(List.of(), LifecycleTest.MODELS),
            RULES);
    List<String> got = new ArrayList<>();
    for (Row r :
        StageHistory.spells(stages, AS_OF)
            .orderBy(Cols.SPELL_NUMBER)
            .select(Cols.STAGE, Cols.ENTERED_AT, Cols.SOURCE, Cols.SOURCE_REF)
            .collectAsList()) {
      got.add(r.getString(0) + " " + r.get(1) + " " + r.getString(2) + ": " + r.getString(3));
    }
    assertEquals(
        List.of(
            "DEPLOYMENT 2026-04-06 09:00:00.0 jira_epic_name: H1-1 Go-live - crane scheduling"
                + " (stage word 'go live')",
            "OPERATION 2026-08-04 16:49:00.0 jira_epic_name: H1-1 Go-live - crane scheduling"
                + " (done, jira_go_live_summaries 'go-live')"),
        got);
  }
}
