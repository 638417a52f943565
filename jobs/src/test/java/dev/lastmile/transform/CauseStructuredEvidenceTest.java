package dev.lastmile.transform;

import static dev.lastmile.transform.CauseFixtures.HISTORY;
import static dev.lastmile.transform.CauseFixtures.ISSUES;
import static dev.lastmile.transform.CauseFixtures.MODELS;
import static dev.lastmile.transform.CauseFixtures.REGISTRY;
import static dev.lastmile.transform.CauseFixtures.TEXTS;
import static dev.lastmile.transform.CauseFixtures.date;
import static dev.lastmile.transform.CauseFixtures.df;
import static dev.lastmile.transform.CauseFixtures.reg;
import static dev.lastmile.transform.CauseFixtures.text;
import static dev.lastmile.transform.CauseFixtures.ts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.rules.CauseRules;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Registry fields, status names with time in status, MLflow tags, closure weighting. */
class CauseStructuredEvidenceTest {
  private static List<Row> rows;

  @BeforeAll
  static void run() {
    Object[] s1 = reg("S1", "Stopped: ran out of budget.", null, "2025-06-01");
    s1[4] = null; // sponsor empty
    s1[6] = ""; // success_kpi empty
    s1[9] = "no"; // data audit not completed
    s1[11] = 150.0; // spent > planned 100
    var texts =
        df(
            TEXTS,
            text(
                "S1",
                "registry_field",
                "closure_reason",
                "2025-06-01",
                "Stopped: ran out of budget."),
            text("S1", "jira_comment", "S-1#comment-1", "2023-06-01", "Funding was cut again."));
    var registry = df(REGISTRY, s1, reg("S2", null, null, null));
    var history =
        df(
            HISTORY,
            new Object[] {"S2", "S2-1", ts("2025-01-01"), "To Do", "Blocked - Data Access"},
            new Object[] {"S2", "S2-1", ts("2025-07-01"), "Blocked - Data Access", "In Progress"});
    var issues =
        df(
            ISSUES,
            new Object[] {
              "S2",
              "S2-1",
              "Story",
              "Load data",
              "In Progress",
              null,
              ts("2024-12-01"),
              ts("2025-07-01"),
              null,
              false,
              null
            });
    var models =
        df(
            MODELS,
            new Object[] {
              "S2",
              "churn",
              "3",
              "Archived",
              List.of(),
              ts("2025-02-01"),
              ts("2025-02-02"),
              "",
              "team=risk; blocked_reason=awaiting_dpia_sign_off"
            });
    rows =
        CauseEvidence.extract(
                new CauseInputs(texts, registry, history, issues, models),
                CauseRules.loadDefault(),
                LocalDate.of(2026, 10, 1))
            .orderBy("initiative_id", "rule_id", "source_ref")
            .collectAsList();
  }

  private static List<String> ids(String initiative) {
    return rows.stream()
        .filter(r -> r.getString(0).equals(initiative))
        .map(r -> r.getString(1) + ":" + r.getString(2) + ":" + r.getString(5))
        .collect(Collectors.toList());
  }

  @Test
  void registryFieldsGiveSupportingEvidence() {
    TreeSet<String> got = new TreeSet<>(ids("S1"));
    assertTrue(
        got.contains("UNCLEAR_OBJECTIVE:registry.no_success_kpi:success_kpi"), got.toString());
    assertTrue(
        got.contains("DATA_READINESS:registry.data_audit_not_completed:data_audit_completed"),
        got.toString());
    assertTrue(got.contains("OWNERSHIP_SPONSORSHIP:registry.no_sponsor:sponsor"), got.toString());
    assertTrue(got.contains("COST_FUNDING:registry.budget_overrun:budget_spent"), got.toString());
    Row overrun =
        rows.stream()
            .filter(r -> r.getString(2).equals("registry.budget_overrun"))
            .findFirst()
            .get();
    assertEquals("budget_spent 150 > budget_planned 100 EUR", overrun.getString(6));
    assertEquals(0.3, overrun.getDouble(3), 1e-9);
  }

  @Test
  void closureReasonOutweighsATwoYearOldComment() {
    Row closure =
        rows.stream().filter(r -> r.getString(5).equals("closure_reason")).findFirst().get();
    Row old = rows.stream().filter(r -> r.getString(5).equals("S-1#comment-1")).findFirst().get();
    assertEquals("COST_FUNDING", closure.getString(1));
    assertEquals("Stopped: ran out of budget.", closure.getString(6));
    assertEquals(3.0, closure.getDouble(3), 1e-9, "closure weight 3, dated at closure");
    assertEquals(date("2025-06-01"), closure.getDate(7));
    assertTrue(old.getDouble(3) < 0.7, "two-year-old comment decays: " + old.getDouble(3));
  }

  @Test
  void statusNamesWithTimeInStatusAndModelTags() {
    Row status =
        rows.stream()
            .filter(r -> r.getString(0).equals("S2") && r.getString(4).equals("status_history"))
            .findFirst()
            .get();
    assertEquals("DATA_READINESS", status.getString(1));
    assertEquals("S2-1#status", status.getString(5));
    assertEquals("Status 'Blocked - Data Access' for 181 days", status.getString(6));
    double recency = 0.4 + 0.6 * Math.exp(-638 * Math.log(2) / 365);
    assertEquals(
        1.6 * (0.75 + 181 / 90.0 * 0.25) * recency,
        status.getDouble(3),
        1e-3,
        "status weight 1.6 x time-in-status 1.25 x recency (638 days before as-of)");
    Row tag = rows.stream().filter(r -> r.getString(4).equals("model_registry")).findFirst().get();
    assertEquals("SECURITY_COMPLIANCE", tag.getString(1));
    assertEquals("churn v3#tag:blocked_reason", tag.getString(5));
    assertEquals("tag blocked_reason=awaiting_dpia_sign_off", tag.getString(6));
    assertEquals(2, ids("S2").size(), "only the status and the tag: " + ids("S2"));
  }
}
