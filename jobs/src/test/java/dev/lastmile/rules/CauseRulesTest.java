package dev.lastmile.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.Cause;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Loading, validation and merging of the hand-written cause rules files. */
class CauseRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CauseRules DEFAULT = CauseRules.loadDefault();

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  private static String error(String causes) throws Exception {
    JsonNode n = json(causes);
    return assertThrows(ConfigException.class, () -> CauseRules.fromJson(n, "acme.json"))
        .getMessage();
  }

  private static Map<String, CauseRules.Rule> byId(CauseRules r) {
    return r.rules().stream()
        .collect(Collectors.toMap(CauseRules.Rule::ruleId, Function.identity()));
  }

  @Test
  void shippedRulesLoadFromOneFilePerCause() throws Exception {
    assertEquals("causes-1.17.0", DEFAULT.version());
    assertEquals(62, DEFAULT.rules().size());
    assertEquals(6, DEFAULT.structured().size());
    for (Cause c : Cause.values()) {
      if (c == Cause.UNKNOWN) {
        continue;
      }
      assertTrue(DEFAULT.rules().stream().anyMatch(r -> r.cause().equals(c.code())), c.code());
      try (InputStream in =
          getClass()
              .getClassLoader()
              .getResourceAsStream("dev/lastmile/rules/causes/" + c.code() + ".json")) {
        JsonNode f = JSON.readTree(in);
        assertEquals(c.code(), f.path("cause").asText());
      }
    }
    assertEquals(3.0, DEFAULT.sourceWeights().get("registry_field:closure_reason"));
    assertEquals(0.03, DEFAULT.positionStep());
    assertEquals(0.85, DEFAULT.positionFloor());
    assertEquals(1.2, DEFAULT.flaggedFactor());
    assertEquals(CauseRulesFiles.Check.BUDGET_OVERRUN, DEFAULT.structured().get(5).check());
  }

  @Test
  void noPatternOrPhraseInTheFilesIsLong() throws Exception {
    for (Cause c : Cause.values()) {
      String name = c == Cause.UNKNOWN ? "shared" : c.code();
      try (InputStream in =
          getClass()
              .getClassLoader()
              .getResourceAsStream("dev/lastmile/rules/causes/" + name + ".json")) {
        List<String> long_ =
            JSON.readTree(in).findParents("rule_id").stream()
                .flatMap(r -> r.findValues("patterns").stream())
                .flatMap(p -> java.util.stream.StreamSupport.stream(p.spliterator(), false))
                .map(JsonNode::asText)
                .filter(s -> s.length() > 600)
                .toList();
        assertTrue(long_.isEmpty(), name + ": " + long_);
      }
    }
  }

  @Test
  void unknownKeysAreRejectedNamingFileAndKey() throws Exception {
    assertEquals(
        "acme.json: causes.recency.flor: unknown key; known keys: floor, half_life_days,"
            + " unknown_factor",
        error("{'recency': {'flor': 0.5}}"));
    assertTrue(
        error("{'rules': [{'rule_id': 'x.y', 'cause': 'INTEGRATION', 'patern': ['a']}]}")
            .startsWith("acme.json: causes.rules[0].patern: unknown key"));
    assertTrue(
        error("{'rule_weigths': {'data.access': 2}}")
            .startsWith("acme.json: causes.rule_weigths: unknown key"));
  }

  @Test
  void badValuesNameFileAndKey() throws Exception {
    assertEquals(
        "acme.json: causes.structured[0].check: 'empty_kpi' is not one of"
            + " [empty_success_kpi, data_audit_not_completed, data_audit_empty, empty_sponsor,"
            + " empty_owner, budget_overrun]",
        error(
            "{'structured': [{'rule_id': 'r.kpi', 'cause': 'UNCLEAR_OBJECTIVE', 'weight': 0.3,"
                + " 'check': 'empty_kpi'}]}"));
    assertTrue(
        error("{'source_weights': {'jira_coment': 2.0}}")
            .startsWith(
                "dev/lastmile/rules/causes/shared.json: source_weights.jira_coment: unknown"
                    + " source 'jira_coment'"),
        error("{'source_weights': {'jira_coment': 2.0}}"));
    assertTrue(
        error("{'rules': [{'rule_id': 'x.y', 'cause': 'NOT_A_CAUSE', 'patterns': ['a']}]}")
            .startsWith("acme.json: causes.rules[0].cause: 'NOT_A_CAUSE' is not one of"));
    assertEquals(
        "acme.json: causes.rules[0].cause: missing",
        error("{'rules': [{'rule_id': 'x.y', 'patterns': ['a']}]}"));
    assertEquals(
        "acme.json: causes.rules[0].patterns[0]: unknown term list {@nope}",
        error(
            "{'rules': [{'rule_id': 'x.y', 'cause': 'INTEGRATION', 'patterns': ['a {@nope}']}]}"));
    assertTrue(
        error("{'rules': [{'rule_id': 'x.y', 'cause': 'INTEGRATION', 'patterns': ['(a']}]}")
            .startsWith("acme.json: causes.rules[0]: bad regex"));
    assertTrue(
        error("{'recency': {'floor': 'high'}}").startsWith("acme.json: causes.recency.floor:"));
    assertEquals(
        "acme.json: causes.add_terms.nope: no term list of that name (define it under"
            + " causes.terms)",
        error("{'add_terms': {'nope': ['x']}}"));
    assertEquals(
        "acme.json: causes.rule_weights.no.such: no rule of that id",
        error("{'rule_weights': {'no.such': 2}}"));
  }

  @Test
  void aConfigMergesByTermListRuleIdAndKey() throws Exception {
    CauseRules merged =
        CauseRules.fromJson(
            json(
                "{'version': 'acme-1',"
                    + " 'add_terms': {'blocked': ['gridlocked']},"
                    + " 'rules': [{'rule_id': 'integration.mainframe', 'cause': 'INTEGRATION',"
                    + "   'patterns': ['mainframe {@problem}']}],"
                    + " 'rule_weights': {'cost.funding': 0.5},"
                    + " 'recency': {'floor': 0.5}}"),
            "acme.json");
    assertEquals("causes-1.17.0+acme-1", merged.version());
    Map<String, CauseRules.Rule> before = byId(DEFAULT);
    Map<String, CauseRules.Rule> after = byId(merged);
    assertEquals(before.size() + 1, after.size());
    assertTrue(
        after.get("integration.mainframe").regex().startsWith("\\b(?:mainframe (?:problems?|"));
    assertEquals(0.5, after.get("cost.funding").weight());
    assertEquals(0.5, merged.recency().floor());
    assertEquals(DEFAULT.recency().halfLifeDays(), merged.recency().halfLifeDays());
    assertTrue(after.get("data.access").regex().contains("|gridlocked|"));
    assertFalse(before.get("data.access").regex().contains("gridlocked"));
    for (String id : before.keySet()) {
      if (after.get(id).regex().contains("gridlocked")) {
        assertTrue(
            before
                .get(id)
                .regex()
                .equals(
                    after
                        .get(id)
                        .regex()
                        .replace("|gridlocked|", "|")
                        .replace("|gridlocked)", ")")),
            id);
      } else if (!id.equals("cost.funding")) {
        assertTrue(before.get(id).equals(after.get(id)), id);
      }
    }
  }

  @Test
  void aRuleWithTheSameIdReplacesTheShippedOne() throws Exception {
    CauseRules merged =
        CauseRules.fromJson(
            json(
                "{'rules': [{'rule_id': 'cost.funding',"
                    + " 'cause': 'COST_FUNDING', 'weight': 0.7, 'patterns': ['budget (?:was )?slash"
                    + "ed']}]}"));
    CauseRules.Rule r = byId(merged).get("cost.funding");
    assertEquals("\\b(?:budget (?:was )?slashed)\\b", r.regex());
    assertEquals(0.7, r.weight());
    assertEquals(List.of("text"), r.channels());
    assertEquals(DEFAULT.rules().size(), merged.rules().size());
    assertEquals("causes-1.17.0+config", merged.version());
  }
}
