package dev.lastmile.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.DataQualityCheck;
import dev.lastmile.model.Stage;
import dev.lastmile.model.StageSource;
import dev.lastmile.text.WordForms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** lifecycle.json bound to typed records, merged by key with a user config, errors by key. */
class LifecycleRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static LifecycleRules with(String json) throws Exception {
    return LifecycleRules.withOverrides(JSON.readTree(json), "my.json");
  }

  static String error(String json) {
    return assertThrows(ConfigException.class, () -> with(json)).getMessage();
  }

  @Test
  void aRegistryStatusRegexFromAnOlderConfigIsNamedAsSuch() {
    String m = error("{\"registry_status\": {\"on_hold\": \"(on hold|parked)\\\\b.*\"}}");
    assertEquals(
        "my.json: registry_status.on_hold: a regular expression is no longer read here"
            + " (lifecycle-2.4.0): give phrases per language, e.g. {\"en\": [\"on hold\","
            + " \"parked\"]}; they are added to the defaults (docs/stages.md)",
        m);
  }

  @Test
  void defaultsBindEveryKey() {
    LifecycleRules r = LifecycleRules.loadDefault();
    List<String> ids = new ArrayList<>();
    r.outcomeRules().forEach(o -> ids.add(o.id() + "=" + o.outcome()));
    assertEquals(
        List.of(
            "outcome.production=IN_PRODUCTION",
            "outcome.production_go_live_statement=IN_PRODUCTION",
            "outcome.closed=CANCELLED",
            "outcome.on_hold=STALLED",
            "outcome.recent_activity=ACTIVE",
            "outcome.idle=STALLED"),
        ids);
    assertEquals(90, r.stallDefaultDays());
    assertEquals("fixed", r.stallMode());
    assertEquals(
        List.of(
            WordForms.Language.EN,
            WordForms.Language.DE,
            WordForms.Language.FR,
            WordForms.Language.ES,
            WordForms.Language.NL,
            WordForms.Language.IT,
            WordForms.Language.PT),
        r.stageVocabulary().languages());
    for (StageSource s : StageSource.values()) {
      assertTrue(r.stageSource(s), s.code());
    }
    for (DataQualityCheck c : DataQualityCheck.values()) {
      assertTrue(r.checkEnabled(c), c.code());
    }
    assertEquals(List.of("Production"), r.mlflowList("production_stages"));
  }

  @Test
  void unknownKeysAreErrorsNamingFileAndKey() {
    assertTrue(
        error("{\"stall_windw\": {}}").startsWith("my.json: stall_windw: unknown key"),
        error("{\"stall_windw\": {}}"));
    String nested = error("{\"stall_window\": {\"defualt_days\": 30}}");
    assertTrue(
        nested.startsWith("my.json: stall_window.defualt_days: unknown key (known: "), nested);
    assertTrue(nested.contains("default_days"), nested);
  }

  @Test
  void misspeltCheckSourceStageAndLanguageAreErrors() {
    String check =
        error("{\"data_quality\": {\"checks\": {\"MISING_SPONSOR\": {\"enabled\": false}}}}");
    assertTrue(check.startsWith("my.json: data_quality.checks"), check);
    assertTrue(check.contains("MISING_SPONSOR"), check);
    String source = error("{\"stage_vocabulary\": {\"sources\": {\"jira_summry\": false}}}");
    assertTrue(source.startsWith("my.json: stage_vocabulary.sources"), source);
    assertTrue(source.contains("jira_summry"), source);
    String stage = error("{\"stage_vocabulary\": {\"statuses\": {\"Review\": \"DEPLOYMNT\"}}}");
    assertTrue(
        stage.startsWith(
            "my.json: stage_vocabulary.statuses.Review: 'DEPLOYMNT' is not one of DISCOVERY"),
        stage);
    String lang =
        error("{\"stage_vocabulary\": {\"words\": {\"PROTOTYPE\": {\"sv\": [\"prov\"]}}}}");
    assertTrue(lang.startsWith("my.json: stage_vocabulary.words.PROTOTYPE"), lang);
    assertTrue(lang.contains("sv"), lang);
    String outcome =
        error("{\"outcome_rules\": [{\"id\": \"outcome.idle\", \"outcome\": \"IDLE\"}]}");
    assertTrue(
        outcome.startsWith("my.json: outcome_rules[5].outcome: 'IDLE' is not one of"), outcome);
  }

  @Test
  void badValuesAreErrorsNamingTheKey() {
    assertEquals(
        "my.json: stall_window.default_days: must be a positive number of days, got 0",
        error("{\"stall_window\": {\"default_days\": 0}}"));
    assertEquals(
        "my.json: registry_status.on_hold.es: '--' holds no word",
        error("{\"registry_status\": {\"on_hold\": {\"es\": [\"--\"]}}}"));
    assertTrue(
        error("{\"registry_status\": {\"on_hold\": {\"sv\": [\"pausad\"]}}}")
            .startsWith("my.json: registry_status.on_hold"));
    assertEquals(
        "my.json: jira_go_live_statements.negation_window: must be 0 or more words, got -1",
        error("{\"jira_go_live_statements\": {\"negation_window\": -1}}"));
    assertEquals(
        "my.json: outcome_rules[0]: a catch-all rule hides the rules after it",
        error("{\"outcome_rules\": [{\"id\": \"outcome.production\", \"when\": \"always\"}]}"));
    assertTrue(
        error("{\"stall_window\": {\"mode\": \"derivd\"}}")
            .startsWith("my.json: stall_window.mode: 'derivd' is not one of fixed, derived"));
  }

  @Test
  void userConfigMergesByKey() throws Exception {
    LifecycleRules r =
        with(
            "{\"stage_vocabulary\": {"
                + "\"statuses\": {\"Review\": \"DEPLOYMENT\"},"
                + "\"words\": {\"ENGINEERING\": {\"en\": [\"wiring\"]}}},"
                + "\"stall_window\": {\"default_days\": 60},"
                + "\"outcome_rules\": [{\"id\": \"outcome.paused\", \"when\": \"on_hold\","
                + " \"outcome\": \"ACTIVE\", \"description\": \"paused is not stalled here\"}],"
                + "\"stages\": [{\"stage\": \"PROTOTYPE\", \"jira_status\": \"(poc|spike)\"}]}");
    assertEquals(Stage.DEPLOYMENT, r.stageVocabulary().statuses().get("Review"));
    List<String> en = r.stageVocabulary().words().get(Stage.ENGINEERING).get(WordForms.Language.EN);
    assertTrue(en.contains("wiring") && en.contains("development"), en.toString());
    assertEquals(60, r.stallDefaultDays());
    assertEquals("fixed", r.stallMode()); // the other stall_window keys keep their defaults
    List<String> ids = new ArrayList<>();
    r.outcomeRules().forEach(o -> ids.add(o.id()));
    assertEquals(
        List.of(
            "outcome.production",
            "outcome.production_go_live_statement",
            "outcome.closed",
            "outcome.on_hold",
            "outcome.recent_activity",
            "outcome.paused",
            "outcome.idle"),
        ids);
    LifecycleRules.StageRule proto = r.stages().get(Stage.PROTOTYPE.ordinal());
    assertEquals("(poc|spike)", proto.jiraStatus());
    assertTrue(proto.registry().contains("prototype"), proto.registry());
    assertTrue(r.version().endsWith("+user"), r.version());
  }

  @Test
  void shippedPresetLoads() throws Exception {
    Path preset =
        Path.of(
            System.getProperty("lastmile.repoRoot", "../"),
            "config",
            "us-federal-ai-inventory.json");
    JsonNode n = JSON.readTree(Files.readString(preset));
    LifecycleRules r = LifecycleRules.withOverrides(n, preset.toString());
    assertEquals("engineering", r.registryValueMap("registry_stage").get("pre-deployment"));
    assertTrue(r.version().endsWith("+us-federal-ai-inventory-1"), r.version());
  }
}
