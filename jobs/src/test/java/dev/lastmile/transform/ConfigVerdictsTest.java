package dev.lastmile.transform;

import static dev.lastmile.transform.LifecycleTest.full;
import static dev.lastmile.transform.LifecycleTest.reg;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.rules.LifecycleRules;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * One {@code --config} file that adds one cause phrase and one status mapping, read the way {@code
 * cli.Main} reads it (lifecycle sections merged by key, {@code causes} merged by list and rule id),
 * changes exactly the two verdicts it should: the stage of the initiative whose status it maps and
 * the cause of the initiative whose wording it adds. Every other stage and cause stays as it was.
 */
class ConfigVerdictsTest {
  static final String CONFIG =
      "{\"stage_vocabulary\": {\"statuses\": {\"review\": \"DEPLOYMENT\"}},"
          + " \"causes\": {\"version\": \"acme-1\","
          + " \"add_terms\": {\"blocked\": [\"gridlocked\"]}}}";

  private static Map<String, String> stages(LifecycleRules rules) {
    List<String> none = List.of();
    List<Row> issues =
        List.of(
            full("M1", "Story", "Label images", "Review", null, none, none, none, none),
            full("M2", "Story", "Label images", "In Development", null, none, none, none, none),
            full("M3", "Story", "Label images", "Ready", null, none, none, none, none),
            full(
                "M4",
                "Story",
                "Pilot rollout to two depots",
                "Done",
                null,
                none,
                none,
                none,
                none));
    List<Row> registry =
        List.of(
            reg("M1", null, "active", "2024-01-01", null, null),
            reg("M2", null, "active", "2024-01-01", null, null),
            reg("M3", null, "active", "2024-01-01", null, null),
            reg("M4", "POC", "active", "2024-01-01", null, null));
    return LifecycleTest.stages(issues, List.of(), registry, rules);
  }

  @Test
  void onePhraseAndOneStatusMappingChangeExactlyTheirVerdicts() throws Exception {
    JsonNode user = new ObjectMapper().readTree(CONFIG);
    LifecycleRules lifecycle = LifecycleRules.withOverrides(user, "acme.json");
    CauseRules causes = CauseRules.fromJson(user.get("causes"), "acme.json");

    Map<String, String> stagesBefore = stages(LifecycleRules.loadDefault());
    Map<String, String> stagesAfter = stages(lifecycle);
    Map<String, String> causesBefore = CauseConfigMergeTest.primaryCauses(CauseRules.loadDefault());
    Map<String, String> causesAfter = CauseConfigMergeTest.primaryCauses(causes);

    assertEquals(
        "DISCOVERY | no stage evidence (DISCOVERY assumed)", stagesBefore.get("M1"), "before");
    assertEquals("DEPLOYMENT | jira_status: M1-1 status=Review", stagesAfter.get("M1"));
    assertEquals(Map.of("M1", stagesAfter.get("M1")), changed(stagesBefore, stagesAfter));

    assertEquals("UNKNOWN", causesBefore.get("A"));
    assertEquals("DATA_READINESS", causesAfter.get("A"));
    assertEquals(Map.of("A", "DATA_READINESS"), changed(causesBefore, causesAfter));
    assertEquals(CauseRules.loadDefault().version() + "+acme-1", causes.version());
  }

  /** The entries of {@code after} whose value differs from {@code before} (same keys). */
  private static Map<String, String> changed(
      Map<String, String> before, Map<String, String> after) {
    assertEquals(before.keySet(), after.keySet());
    Map<String, String> out = new TreeMap<>();
    after.forEach(
        (k, v) -> {
          if (!v.equals(before.get(k))) {
            out.put(k, v);
          }
        });
    return out;
  }
}
