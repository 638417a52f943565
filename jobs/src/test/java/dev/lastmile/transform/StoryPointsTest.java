package dev.lastmile.transform;

import static dev.lastmile.io.parse.ParseTesting.config;
import static dev.lastmile.io.parse.ParseTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lastmile.io.parse.Kinds;
import dev.lastmile.io.parse.ParseConfig;
import dev.lastmile.io.parse.Rec;
import dev.lastmile.model.Cols;
import dev.lastmile.rules.LifecycleRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Story points chosen in lifecycle jira_fields.story_points, by id or by name, in REST JSON and in
 * the CSV "all fields" export, and carried to initiative_assessment as planned and done totals.
 * Real parsers, real Spark; every figure worked out by hand from the fixtures.
 */
class StoryPointsTest {
  static final String REGISTRY =
      "initiative_id,name,registry_stage,status,start_date,jira_keys\n"
          + "AI-1,Claims,POC,active,2024-01-01,EP-1\n"
          + "AI-2,No estimates,POC,active,2024-01-01,EP-2\n";

  /**
   * ST-1 (resolved) holds 5 in customfield_10016 and 8 in customfield_10026; ST-2 (open) 3 and 2;
   * ST-3 has no estimate. EP-2's story has none either.
   */
  static final String JIRA_JSON =
      "{\"issues\":["
          + issue("EP-1", "Epic", null, null, null, null)
          + ","
          + issue("ST-1", "Story", "EP-1", "5.0", "8", "2024-04-01T10:00:00.000+0000")
          + ","
          + issue("ST-2", "Story", "EP-1", "3", "\"2\"", null)
          + ","
          + issue("ST-3", "Story", "EP-1", null, null, null)
          + ","
          + issue("EP-2", "Epic", null, null, null, null)
          + ","
          + issue("ST-4", "Story", "EP-2", null, null, null)
          + "]}";

  /** The same page with REST's names map (expand=names): customfield_10026 is "Story Points". */
  static final String JIRA_JSON_NAMED =
      "{\"names\":{\"customfield_10026\":\"Story Points\"}," + JIRA_JSON.substring(1);

  static String issue(
      String key, String type, String epic, String sp16, String sp26, String resolved) {
    return "{\"key\":\""
        + key
        + "\",\"fields\":{\"summary\":\""
        + key
        + "\",\"issuetype\":{\"name\":\""
        + type
        + "\"},\"status\":{\"name\":\"In Progress\"},"
        + "\"created\":\"2024-03-01T10:00:00.000+0000\""
        + (epic == null ? "" : ",\"customfield_10014\":\"" + epic + "\"")
        + (sp16 == null ? "" : ",\"customfield_10016\":" + sp16)
        + (sp26 == null ? "" : ",\"customfield_10026\":" + sp26)
        + (resolved == null ? "" : ",\"resolutiondate\":\"" + resolved + "\"")
        + "}}";
  }

  /** issue key -> story points, in file order. */
  static Map<String, Double> points(List<Rec> recs) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Rec r : recs) {
      if (Kinds.ISSUE.equals(r.getKind())) {
        out.put(r.getIssueKey(), r.getStoryPoints());
      }
    }
    return out;
  }

  static Map<String, Double> expect(Object... kv) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      out.put((String) kv[i], kv[i + 1] == null ? null : ((Number) kv[i + 1]).doubleValue());
    }
    return out;
  }

  @Test
  void aConfigNamingAnotherFieldIdChangesTheStoryPointsRead() throws Exception {
    ParseConfig dflt = LifecycleRules.loadDefault().parseConfig();
    assertEquals(
        expect("EP-1", null, "ST-1", 5, "ST-2", 3, "ST-3", null, "EP-2", null, "ST-4", null),
        points(parse("j.json", "jira", JIRA_JSON, dflt)),
        "by default customfield_10016: the page names no field 'Story Points'");
    ParseConfig byId = config("{\"jira_fields\": {\"story_points\": [\"customfield_10026\"]}}");
    assertEquals(
        expect("EP-1", null, "ST-1", 8, "ST-2", 2, "ST-3", null, "EP-2", null, "ST-4", null),
        points(parse("j.json", "jira", JIRA_JSON, byId)),
        "customfield_10026, a number or a number as text");
    assertEquals(
        points(parse("j.json", "jira", JIRA_JSON, byId)),
        points(parse("j.json", "jira", JIRA_JSON_NAMED, dflt)),
        "the names map gives 'Story Points', listed before customfield_10016, the id 10026");
  }

  @Test
  void theCsvAllFieldsHeaderChosenByName() throws Exception {
    String csv =
        "Summary,Issue key,Issue id,Issue Type,Status,Created,Custom field (Story Points),"
            + "Custom field (Story point estimate),Custom field (Size)\n"
            + "a,ST-1,1,Story,Open,2/Mar/24 10:00 AM,5,,13\n"
            + "b,ST-2,2,Story,Open,2/Mar/24 10:00 AM,,\"2,5\",1\n"
            + "c,ST-3,3,Story,Open,2/Mar/24 10:00 AM,TBD,,\n";
    assertEquals(
        expect("ST-1", 5, "ST-2", 2.5, "ST-3", null),
        points(parse("d.csv", "jira", csv, LifecycleRules.loadDefault().parseConfig())),
        "Story Points first, then Story point estimate; TBD is no estimate");
    assertEquals(
        expect("ST-1", 13, "ST-2", 1, "ST-3", null),
        points(
            parse(
                "d.csv",
                "jira",
                csv,
                config("{\"jira_fields\": {\"story_points\": [\"Size\"]}}"))));
  }

  /** initiative_id -> "estimated planned done", through the lifecycle as the job runs it. */
  static Map<String, String> totals(ParseConfig cfg) {
    List<Rec> all = new ArrayList<>(parse("jira.json", "jira", JIRA_JSON, cfg));
    all.addAll(parse("registry.csv", "registry", REGISTRY, cfg));
    LifecycleRules rules = LifecycleRules.loadDefault();
    Dataset<Row> outcomes =
        JobInputs.of(all, rules).lifecycle(rules, LocalDate.of(2024, 7, 1)).outcomes();
    Map<String, String> out = new LinkedHashMap<>();
    for (Row r : outcomes.orderBy(Cols.INITIATIVE_ID).collectAsList()) {
      out.put(
          r.getAs(Cols.INITIATIVE_ID),
          r.getAs(Cols.ESTIMATED_ISSUE_COUNT)
              + " "
              + r.getAs(Cols.STORY_POINTS_PLANNED)
              + " "
              + r.getAs(Cols.STORY_POINTS_DONE));
    }
    return out;
  }

  @Test
  void initiativeTotalsOfPlannedAndDonePoints() throws Exception {
    // AI-1: ST-1 resolved, ST-2 open, ST-3 without estimate; AI-2: no estimate at all.
    assertEquals(
        Map.of("AI-1", "2 8.0 5.0", "AI-2", "0 null null"),
        totals(LifecycleRules.loadDefault().parseConfig()));
    assertEquals(
        Map.of("AI-1", "2 10.0 8.0", "AI-2", "0 null null"),
        totals(config("{\"jira_fields\": {\"story_points\": [\"customfield_10026\"]}}")));
  }
}
