package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Production read from a go-live statement in a Jira comment ({@code jira_go_live_statements}) and
 * the registry status read by word forms, as of 2026-10-01: a statement on a done rollout epic (or
 * on an issue under it) is production by {@code outcome.production_go_live_statement}, with the
 * comment, the phrase and the epic as evidence; a negated, future or pilot statement is not, nor is
 * a done rollout epic alone.
 */
class GoLiveStatementsTest {
  private static final SparkSession SPARK = SharedSpark.spark();
  private static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);
  private static final LifecycleRules RULES = LifecycleRules.loadDefault();

  private static final StructType ISSUES =
      StructType.fromDDL(
          "initiative_id STRING, issue_key STRING, issue_type STRING, summary STRING, "
              + "issue_status STRING, status_category STRING, resolution STRING, "
              + "created TIMESTAMP, updated TIMESTAMP, resolved TIMESTAMP, labels ARRAY<STRING>, "
              + "has_history BOOLEAN, epic_key STRING");

  private static Timestamp ts(String s) {
    return s == null ? null : Timestamp.valueOf(s);
  }

  /** A done issue {@code key} (resolved 2026-06-30), updated 2026-09-20, without a changelog. */
  private static Row done(String id, String key, String type, String summary, String epic) {
    return issue(id, key, type, summary, "Done", "done", "2026-06-30 17:00:00", epic);
  }

  private static Row issue(
      String id,
      String key,
      String type,
      String summary,
      String status,
      String category,
      String resolved,
      String epic) {
    return RowFactory.create(
        id,
        key,
        type,
        summary,
        status,
        category,
        resolved == null ? null : "Done",
        ts("2026-03-02 09:00:00"),
        ts("2026-09-20 10:00:00"),
        ts(resolved),
        List.of(),
        false,
        epic);
  }

  /** A comment on {@code key}, written 2026-07-20. */
  private static Row comment(String id, String key, String body) {
    return RowFactory.create(
        id, "jira_comment", key + "#comment-1", ts("2026-07-20 11:30:00"), body, "u7");
  }

  private static Map<String, String> verdicts(
      List<Row> registry, List<Row> issues, List<Row> texts, LifecycleRules rules) {
    Dataset<Row> out =
        Lifecycle.assess(
                SPARK.createDataFrame(registry, LifecycleTest.REGISTRY),
                SPARK.createDataFrame(issues, ISSUES),
                SPARK.createDataFrame(List.of(), LifecycleTest.HISTORY),
                SPARK.createDataFrame(List.of(), LifecycleTest.MODELS),
                SPARK.createDataFrame(texts, LifecycleTest.TEXTS),
                rules,
                AS_OF)
            .outcomes();
    Map<String, String> got = new TreeMap<>();
    for (Row r :
        out.select(
                Cols.INITIATIVE_ID,
                Cols.OUTCOME,
                Cols.OUTCOME_RULE_ID,
                Cols.FURTHEST_STAGE,
                Cols.PRODUCTION_DATE,
                Cols.PRODUCTION_EVIDENCE)
            .collectAsList()) {
      got.put(
          r.getString(0),
          r.getString(1)
              + " "
              + r.getString(2)
              + " "
              + r.getString(3)
              + " "
              + r.get(4)
              + " | "
              + r.getString(5));
    }
    return got;
  }

  private static Row reg(String id, String status) {
    return LifecycleTest.reg(id, "Rollout", status, "2025-09-01", null, null);
  }

  private static String production(String key, String sentence, String phrase, String epic) {
    return "IN_PRODUCTION outcome.production_go_live_statement OPERATION 2026-07-20 | jira"
        + " statement "
        + key
        + "#comment-1 '"
        + sentence
        + "' (jira_go_live_statements '"
        + phrase
        + "'; done "
        + epic
        + ")";
  }

  /**
   * One done rollout epic per language with a comment that states production: each initiative is
   * IN_PRODUCTION by the statement rule, dated by the comment, with the sentence, the phrase and
   * the epic as evidence. The German statement stands on a story under the epic.
   */
  @Test
  void statementOnADoneRolloutIsProductionInSevenLanguages() {
    List<Row> registry = new ArrayList<>();
    List<Row> issues = new ArrayList<>();
    List<Row> texts = new ArrayList<>();
    String[][] cases = {
      // id, epic name, comment, sentence quoted, phrase
      {
        "EN",
        "Parcel sorter - rollout all depots",
        "Live at all four depots since 3 March; the planners use it daily.",
        "Live at all four depots since 3 March",
        "live at"
      },
      {
        "ES",
        "Despliegue en las cuatro plantas",
        "En producción en las 4 plantas desde el 3 de marzo; los jefes de turno la usan a diario.",
        "En producción en las 4 plantas desde el 3 de marzo",
        "en producción"
      },
      {
        "FR",
        "Déploiement du tri sur les trois sites",
        "Modèle mis en production le 12 mai, aucun incident depuis.",
        "Modèle mis en production le 12 mai, aucun incident depuis",
        "en production"
      },
      {
        "NL",
        "Uitrol planningsmodel alle regio's",
        "Live sinds 1 april in alle vestigingen.",
        "Live sinds 1 april in alle vestigingen",
        "live sinds"
      },
      {
        "IT",
        "Rollout previsione su tutti i magazzini",
        "In produzione da giugno in tutti i magazzini.",
        "In produzione da giugno in tutti i magazzini",
        "in produzione"
      },
      {
        "PT",
        "Rollout nas três fábricas",
        "Em produção desde 2 de junho nas três fábricas.",
        "Em produção desde 2 de junho nas três fábricas",
        "em produção"
      }
    };
    Map<String, String> want = new TreeMap<>();
    for (String[] c : cases) {
      registry.add(reg(c[0], "active"));
      issues.add(done(c[0], c[0] + "-1", "Epic", c[1], null));
      texts.add(comment(c[0], c[0] + "-1", c[2]));
      want.put(c[0], production(c[0] + "-1", c[3], c[4], c[0] + "-1 '" + c[1] + "'"));
    }
    registry.add(reg("DE", "aktiv"));
    issues.add(done("DE", "DE-1", "Epic", "Rollout Tourenplanung alle Standorte", null));
    issues.add(done("DE", "DE-7", "Story", "Umstellung Werk Süd", "DE-1"));
    texts.add(comment("DE", "DE-7", "Seit 12.05. produktiv in beiden Werken, keine Störungen."));
    want.put(
        "DE",
        production(
            "DE-7",
            "Seit 12.05. produktiv in beiden Werken, keine Störungen",
            "produktiv in",
            "DE-1 'Rollout Tourenplanung alle Standorte'"));
    assertEquals(want, verdicts(registry, issues, texts, RULES));
  }

  /**
   * The negated, future and pilot variants, and a done rollout epic without a statement, are not
   * production: they stay ACTIVE at DEPLOYMENT (recent activity).
   */
  @Test
  void negatedFutureAndPilotStatementsAndARolloutAloneAreNotProduction() {
    String[][] cases = {
      {"N-EN", "Parcel sorter - rollout all depots", "Not live yet, the interface drops messages."},
      {"N-ES", "Despliegue en las cuatro plantas", "Aún no está en producción: falta el ERP."},
      {"N-NL", "Uitrol planningsmodel alle regio's", "Nog niet live, we wachten op de koppeling."},
      {"N-DE", "Rollout Tourenplanung", "Noch nicht produktiv, die Schnittstelle fehlt."},
      {"N-FR", "Déploiement du tri", "Pas encore en production, la recette continue."},
      {"N-IT", "Rollout previsione", "Non ancora in produzione, manca il collaudo."},
      {"N-PT", "Rollout nas fábricas", "Ainda não está em produção."},
      {"F-EN", "Parcel sorter - rollout all depots", "Go-live planned for November."},
      {"F-EN2", "Parcel sorter - rollout all depots", "We will be live in all depots by March."},
      {"F-ES", "Despliegue en las plantas", "Estará en producción cuando firme seguridad."},
      {"F-NL", "Uitrol planningsmodel", "Gaat in november live in alle regio's."},
      {"P-EN", "Parcel sorter - rollout all depots", "Live in staging since Friday."},
      {"P-EN2", "Pilot rollout depot B", "Live at depot B since 3 March."},
      {"ALONE", "Parcel sorter - rollout all depots", "Closed the last sub-tasks."}
    };
    List<Row> registry = new ArrayList<>();
    List<Row> issues = new ArrayList<>();
    List<Row> texts = new ArrayList<>();
    Map<String, String> want = new TreeMap<>();
    for (String[] c : cases) {
      registry.add(reg(c[0], "active"));
      issues.add(done(c[0], c[0] + "-1", "Epic", c[1], null));
      texts.add(comment(c[0], c[0] + "-1", c[2]));
      want.put(c[0], "ACTIVE outcome.recent_activity DEPLOYMENT null | null");
    }
    // a statement on a done story while its rollout epic is still in progress
    registry.add(reg("OPEN", "active"));
    issues.add(
        issue(
            "OPEN",
            "OPEN-1",
            "Epic",
            "Parcel sorter - rollout all depots",
            "In Progress",
            "indeterminate",
            null,
            null));
    issues.add(done("OPEN", "OPEN-4", "Story", "Tablet alerts for sorters", "OPEN-1"));
    texts.add(comment("OPEN", "OPEN-4", "Live on the depot B tablets from today."));
    want.put("OPEN", "ACTIVE outcome.recent_activity DEPLOYMENT null | null");
    assertEquals(want, verdicts(registry, issues, texts, RULES));
  }

  /**
   * Registry statuses decide in any of the seven languages, Jira activity notwithstanding: "en
   * pausa" is on hold although comments came in August and September.
   */
  @Test
  void onHoldRegistryStatusDecidesDespiteRecentComments() {
    List<Row> registry =
        List.of(
            LifecycleTest.reg("H-ES", "Desarrollo", "en pausa", "2025-06-02", null, null),
            LifecycleTest.reg("H-PT", "Desenvolvimento", "em pausa", "2025-06-02", null, null),
            LifecycleTest.reg("H-IT", "Sviluppo", "in pausa", "2025-06-02", null, null),
            LifecycleTest.reg("C-NL", "Bouw", "stopgezet", "2025-06-02", null, null),
            LifecycleTest.reg("C-FR", "Développement", "clôturé", "2025-06-02", null, null));
    List<Row> issues = new ArrayList<>();
    List<Row> texts = new ArrayList<>();
    for (Row r : registry) {
      String id = r.getString(0);
      issues.add(
          issue(id, id + "-1", "Epic", "Modelo", "In Progress", "indeterminate", null, null));
      texts.add(comment(id, id + "-1", "Seguimos esperando a que alguien firme los criterios."));
    }
    Map<String, String> got = verdicts(registry, issues, texts, RULES);
    Map<String, String> want = new TreeMap<>();
    want.put("H-ES", "STALLED outcome.on_hold ENGINEERING null | null");
    want.put("H-PT", "STALLED outcome.on_hold ENGINEERING null | null");
    want.put("H-IT", "STALLED outcome.on_hold ENGINEERING null | null");
    want.put("C-NL", "CANCELLED outcome.closed ENGINEERING null | null");
    want.put("C-FR", "CANCELLED outcome.closed ENGINEERING null | null");
    assertEquals(want, got);
  }

  /**
   * Configurable: with {@code needs_done_deployment_work} off a statement on any issue counts; with
   * the rule off none does; a registry phrase given in a --config is added to the defaults.
   */
  @Test
  void theRuleIsConfigurable() throws Exception {
    List<Row> registry = List.of(reg("A", "active"), reg("B", "stand-by"));
    List<Row> issues =
        List.of(
            issue("A", "A-3", "Story", "Tablet alerts", "In Progress", "indeterminate", null, null),
            issue("B", "B-1", "Epic", "Build", "In Progress", "indeterminate", null, null));
    List<Row> texts = List.of(comment("A", "A-3", "Live on the depot B tablets from today."));
    ObjectMapper json = new ObjectMapper();
    LifecycleRules alone =
        LifecycleRules.withOverrides(
            json.readTree(
                "{\"jira_go_live_statements\": {\"needs_done_deployment_work\": false},"
                    + " \"registry_status\": {\"on_hold\": {\"en\": [\"stand-by\"]}}}"));
    Map<String, String> got = verdicts(registry, issues, texts, alone);
    assertEquals(
        "IN_PRODUCTION outcome.production_go_live_statement OPERATION 2026-07-20 | jira statement"
            + " A-3#comment-1 'Live on the depot B tablets from today' (jira_go_live_statements"
            + " 'live on')",
        got.get("A"));
    assertEquals("STALLED outcome.on_hold DEPLOYMENT null | null", got.get("B"));
    LifecycleRules off =
        LifecycleRules.withOverrides(
            json.readTree(
                "{\"jira_go_live_statements\": {\"enabled\": false,"
                    + " \"needs_done_deployment_work\": false}}"));
    assertEquals(
        "ACTIVE outcome.recent_activity DEPLOYMENT null | null",
        verdicts(registry, issues, texts, off).get("A"));
  }
}
