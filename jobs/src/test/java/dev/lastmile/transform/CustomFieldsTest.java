package dev.lastmile.transform;

import static dev.lastmile.io.parse.ParseTesting.config;
import static dev.lastmile.io.parse.ParseTesting.parse;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.io.parse.Kinds;
import dev.lastmile.io.parse.ParseConfig;
import dev.lastmile.io.parse.Rec;
import dev.lastmile.model.Cols;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.rules.ConfigException;
import dev.lastmile.rules.LifecycleRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Jira custom fields chosen in --config (lifecycle jira_fields): the epic link read from another
 * custom field id moves an issue to another initiative, and a chosen free-text field is quoted as
 * cause evidence. Real parsers, real Spark.
 */
class CustomFieldsTest {
  /** Two epics claimed by two initiatives; the story names one in each epic-link field. */
  static final String REGISTRY =
      "initiative_id,name,registry_stage,status,start_date,sponsor,"
          + "owner,success_kpi,data_audit_completed,jira_keys,model_names,closure_reason,notes\n"
          + "AI-1,Classic,POC,active,2024-01-01,Ann,Bob,Loss,yes,EP-1,,,\n"
          + "AI-2,Team-managed,POC,active,2024-01-01,Ann,Bob,Loss,yes,EP-2,,,\n";

  static final String JIRA_JSON =
      "{\"issues\":["
          + "{\"key\":\"EP-1\",\"fields\":{\"summary\":\"Classic epic\",\"issuetype\":{\"name\":\"E"
          + "pic\"},"
          + "\"status\":{\"name\":\"In Progress\"},\"created\":\"2024-03-01T10:00:00.000+0000\"}},"
          + "{\"key\":\"EP-2\",\"fields\":{\"summary\":\"Other epic\",\"issuetype\":{\"name\":\"Epi"
          + "c\"},"
          + "\"status\":{\"name\":\"In Progress\"},\"created\":\"2024-03-01T10:00:00.000+0000\"}},"
          + "{\"key\":\"ST-7\",\"fields\":{\"summary\":\"Score claims\",\"issuetype\":{\"name\":\"S"
          + "tory\"},"
          + "\"status\":{\"name\":\"In Progress\"},\"created\":\"2024-03-02T10:00:00.000+0000\","
          + "\"customfield_10014\":\"EP-1\",\"customfield_10099\":\"EP-2\"}}]}";

  /** issue_key -> initiative_id after linking, parsed with {@code cfg}. */
  static Map<String, String> links(ParseConfig cfg) {
    List<Rec> all = new ArrayList<>(parse("jira.json", "jira", JIRA_JSON, cfg));
    all.addAll(parse("registry.csv", "registry", REGISTRY, cfg));
    Dataset<Row> issues = JobInputs.of(all, LifecycleRules.loadDefault()).issues();
    Map<String, String> out = new TreeMap<>();
    for (Row r : issues.collectAsList()) {
      out.put(r.getAs(Cols.ISSUE_KEY), r.getAs(Cols.INITIATIVE_ID));
    }
    return out;
  }

  @Test
  void anotherCustomFieldIdChangesTheEpicLinkAndTheInitiative() throws Exception {
    ParseConfig dflt = LifecycleRules.loadDefault().parseConfig();
    ParseConfig other = config("{\"jira_fields\": {\"epic_link\": [\"customfield_10099\"]}}");
    Rec story =
        parse("j.json", "jira", JIRA_JSON, other).stream()
            .filter(r -> Kinds.ISSUE.equals(r.getKind()) && "ST-7".equals(r.getIssueKey()))
            .findFirst()
            .orElseThrow();
    assertEquals("EP-2", story.getEpicKey());
    assertEquals("AI-1", links(dflt).get("ST-7"), "by default customfield_10014 links EP-1");
    assertEquals("AI-2", links(other).get("ST-7"), "customfield_10099 links EP-2");
  }

  @Test
  void aCsvEpicLinkChosenByNameReadsThatColumn() throws Exception {
    String csv =
        "Summary,Issue key,Issue id,Issue Type,Status,Created,Custom field (Epic Link),"
            + "Custom field (Initiative Epic)\n"
            + "Score claims,ST-7,7,Story,In Progress,2/Mar/24 10:00 AM,EP-1,EP-2\n";
    ParseConfig other = config("{\"jira_fields\": {\"epic_link\": [\"Initiative Epic\"]}}");
    assertEquals(
        "EP-1", epic(parse("d.csv", "jira", csv, LifecycleRules.loadDefault().parseConfig())));
    assertEquals("EP-2", epic(parse("d.csv", "jira", csv, other)));
  }

  @Test
  void parentAndFlaggedFromChosenFields() throws Exception {
    String json =
        "{\"issues\":[{\"key\":\"ST-8\",\"fields\":{\"summary\":\"x\","
            + "\"status\":{\"name\":\"Open\"},\"created\":\"2024-03-02T10:00:00.000+0000\","
            + "\"customfield_10500\":{\"key\":\"INIT-3\"},\"customfield_10021\":[{\"value\":\"Yes\""
            + "}],"
            + "\"customfield_10700\":[{\"value\":\"Impediment\"}]}}]}";
    Rec dflt = issue(parse("p.json", "jira", json, LifecycleRules.loadDefault().parseConfig()));
    assertEquals(null, dflt.getParentKey());
    assertEquals(true, dflt.getFlagged(), "by default any custom field holding Impediment flags");
    ParseConfig cfg =
        config(
            "{\"jira_fields\": {\"parent\": [\"customfield_10500\"],"
                + " \"flagged\": [\"customfield_10999\"]}}");
    Rec chosen = issue(parse("p.json", "jira", json, cfg));
    assertEquals("INIT-3", chosen.getParentKey());
    assertEquals(false, chosen.getFlagged(), "only the chosen flagged field counts");
    String csv =
        "Summary,Issue key,Issue id,Status,Created,Custom field (Parent Link),Flagged,"
            + "Custom field (Blocked?)\nx,ST-9,9,Open,2/Mar/24 10:00 AM,INIT-4,Impediment,\n";
    Rec c =
        issue(
            parse(
                "p.csv",
                "jira",
                csv,
                config(
                    "{\"jira_fields\": {\"parent\": "
                        + "[\"Parent Link\"], \"flagged\": [\"Blocked?\"]}}")));
    assertEquals("INIT-4", c.getParentKey());
    assertEquals(false, c.getFlagged(), "the built-in Flagged header gives way to the chosen one");
  }

  private static Rec issue(List<Rec> recs) {
    return recs.stream().filter(r -> Kinds.ISSUE.equals(r.getKind())).findFirst().orElseThrow();
  }

  private static String epic(List<Rec> recs) {
    return recs.stream()
        .filter(r -> Kinds.ISSUE.equals(r.getKind()))
        .findFirst()
        .orElseThrow()
        .getEpicKey();
  }

  @Test
  void aChosenFreeTextFieldIsQuotedAsCauseEvidence() throws Exception {
    String csv =
        "Summary,Issue key,Issue id,Issue Type,Status,Created,Custom field (Risk notes)\n"
            + "Score claims,EP-1,7,Story,In Progress,2/Mar/24 10:00 AM,"
            + "\"We still have no access to the claims data and legal is checking the DPIA.\"\n";
    ParseConfig cfg = config("{\"jira_fields\": {\"free_text\": [\"Risk notes\"]}}");
    List<Rec> all = new ArrayList<>(parse("jira.csv", "jira", csv, cfg));
    all.addAll(parse("registry.csv", "registry", REGISTRY, cfg));
    List<Row> got =
        CauseEvidence.extract(
                JobInputs.of(all, LifecycleRules.loadDefault()).causeInputs(),
                CauseRules.loadDefault(),
                LocalDate.of(2024, 7, 1))
            .filter(col(Cols.SOURCE).equalTo("jira_custom_field"))
            .collectAsList();
    assertTrue(!got.isEmpty(), "the Risk notes sentence is cause evidence");
    Row r = got.get(0);
    assertEquals("AI-1", r.getAs(Cols.INITIATIVE_ID));
    assertEquals("EP-1#Custom field (Risk notes)", r.getAs(Cols.SOURCE_REF));
    assertTrue(
        ((String) r.getAs(Cols.EXCERPT)).contains("no access to the claims data"), r.toString());
    assertEquals("jira.csv", r.getAs(Cols.SOURCE_FILE));
    assertEquals(2L, (Long) r.getAs(Cols.RECORD_NUMBER));
    // Without the config the column is not read as evidence.
    assertTrue(
        parse("jira.csv", "jira", csv, LifecycleRules.loadDefault().parseConfig()).stream()
            .noneMatch(x -> "jira_custom_field".equals(x.getTextSource())));
  }

  @Test
  void anUnknownKeyUnderJiraFieldsIsAConfigError() throws Exception {
    JsonNode bad =
        new ObjectMapper().readTree("{\"jira_fields\": {\"epic_links\": [\"customfield_1\"]}}");
    ConfigException e =
        assertThrows(ConfigException.class, () -> LifecycleRules.withOverrides(bad, "my.json"));
    assertTrue(
        e.getMessage().contains("my.json") && e.getMessage().contains("epic_links"),
        e.getMessage());
  }
}
