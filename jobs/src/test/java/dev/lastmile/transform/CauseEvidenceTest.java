package dev.lastmile.transform;

import static dev.lastmile.transform.CauseFixtures.REGISTRY;
import static dev.lastmile.transform.CauseFixtures.TEXTS;
import static dev.lastmile.transform.CauseFixtures.df;
import static dev.lastmile.transform.CauseFixtures.reg;
import static dev.lastmile.transform.CauseFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.rules.CauseRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Table-driven checks of the text rules: one comment per case, all cases in one Spark job. Each
 * case names the causes that must be found (empty = none) and, for the first, the rule id.
 */
class CauseEvidenceTest {
  private static final CauseRules RULES = CauseRules.loadDefault();
  private static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);

  /** sentence, expected "CAUSE:rule_id" list separated by ',' (empty for none). */
  static final String[][] CASES = {
    // DATA_READINESS
    {"We are still waiting for access to the claims data warehouse.", "DATA_READINESS:data.access"},
    {"Training labels are too sparse and heavily biased towards one region.", "DATA_READINESS:data.quality"},
    {"There is not enough labelled history to train anything useful.", "DATA_READINESS:data.availability"},
    {"The data access issue was resolved in March.", ""},
    {"No problems with the source data so far.", ""},
    {"Data quality is not an issue any more.", ""},
    // UNCLEAR_OBJECTIVE
    {"Nobody could tell us which KPI this should move.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {"Success criteria were never defined by the business.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {"It felt like a solution looking for a problem.", "UNCLEAR_OBJECTIVE:objective.solution_first"},
    {"The baseline and target were agreed at kickoff.", ""},
    // PRODUCTION_ARCHITECTURE
    {"There is no MLOps platform to host the model.", "PRODUCTION_ARCHITECTURE:architecture.no_path"},
    {"The prototype was never designed for production use.", "PRODUCTION_ARCHITECTURE:architecture.poc_trap"},
    // INTEGRATION
    {"The mainframe does not expose an API we can call.", "INTEGRATION:integration.systems"},
    {"Hooking into Salesforce failed twice; vendor says it will take months.", "INTEGRATION:integration.systems"},
    // SECURITY_COMPLIANCE
    {"Infosec rejected the design because customer PII leaves the region.", "SECURITY_COMPLIANCE:security.approval"},
    {"No security concerns were raised.", ""},
    {"Security review passed with no findings.", ""},
    {"The DPIA has not been signed off by legal.", "SECURITY_COMPLIANCE:security.approval"},
    // OWNERSHIP_SPONSORSHIP
    {"Our executive sponsor left the company in May.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"The project was deprioritized after the merger.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"The sponsor is very supportive.", ""},
    // SKILLS_GAP
    {"Our only ML engineer resigned and we can't backfill.", "SKILLS_GAP:skills.staff"},
    {"The team lacks data engineering skills.", "SKILLS_GAP:skills.staff"},
    // SCOPE_CREEP
    {"Scope kept expanding with every steering meeting.", "SCOPE_CREEP:scope.creep"},
    {"Marketing added yet another country to the first release.", "SCOPE_CREEP:scope.creep"},
    // USER_ADOPTION
    {"Underwriters simply ignored the scores and kept their spreadsheets.", "USER_ADOPTION:adoption.users"},
    {"Agents don't trust the recommendations.", "USER_ADOPTION:adoption.users"},
    // COST_FUNDING
    {"Funding was cut in the Q3 budget round.", "COST_FUNDING:cost.funding"},
    {"GPU costs are far too high to run this at scale.", "COST_FUNDING:cost.funding"},
    {"On hold until funding is approved.", "COST_FUNDING:cost.funding"},
    {"Budget is fine.", ""},
    // TECHNICAL_FEASIBILITY
    {"The model did not meet the accuracy bar.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"Recall plateaued well below the agreed target.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"Expectations were unrealistic for this kind of problem.", "TECHNICAL_FEASIBILITY:feasibility.hard"},
    // spelling variants and markup
    {"The initiative was de-prioritised after the reorganization.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"The license costs are far above the estimate.", "COST_FUNDING:cost.funding"},
    {"*Blocked* waiting on [~accountid:5b10a2844c20165700ede21g] for access to the labeled data.", "DATA_READINESS:data.access"},
    {"Cloud costs are far above the estimate; finance wants a review.", "COST_FUNDING:cost.funding"},
    // neutral chatter
    {"Merged the feature branch and updated the README.", ""},
    {"Pulled the training data from the warehouse; row counts match.", ""},
  };

  private static Map<String, List<Row>> byCase;

  @BeforeAll
  static void run() {
    List<Object[]> texts = new ArrayList<>();
    List<Object[]> regs = new ArrayList<>();
    for (int i = 0; i < CASES.length; i++) {
      String id = String.format("C%02d", i);
      texts.add(text(id, "jira_comment", "X-" + i + "#comment-1", "2026-01-10", CASES[i][0]));
      regs.add(reg(id, null, null, null));
    }
    Dataset<Row> ev =
        CauseEvidence.extract(
            CauseFixtures.inputs(
                df(TEXTS, texts.toArray(new Object[0][])), df(REGISTRY, regs.toArray(new Object[0][]))),
            RULES,
            AS_OF);
    byCase = new TreeMap<>();
    for (Row r : ev.collectAsList()) {
      byCase.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
    }
  }

  @Test
  void textRulesFindTheNamedCausesAndRespectNegation() {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < CASES.length; i++) {
      String id = String.format("C%02d", i);
      TreeSet<String> got = new TreeSet<>();
      for (Row r : byCase.getOrDefault(id, List.of())) {
        got.add(r.getString(1) + ":" + r.getString(2));
      }
      TreeSet<String> want = new TreeSet<>();
      for (String w : CASES[i][1].split(",")) {
        if (!w.isEmpty()) {
          want.add(w);
        }
      }
      if (!got.equals(want)) {
        failures.add(CASES[i][0] + " -> got " + got + " want " + want);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void evidenceRowCarriesSourceRefExcerptAndDate() {
    Row r = byCase.get("C00").get(0);
    assertEquals("jira_comment", r.getString(4), "source");
    assertEquals("X-0#comment-1", r.getString(5), "source_ref");
    assertEquals("We are still waiting for access to the claims data warehouse.", r.getString(6));
    assertEquals(java.sql.Date.valueOf("2026-01-10"), r.getDate(7), "evidence_date");
    assertEquals(1.0, r.getDouble(3), 1e-9, "weight of a fresh comment");
  }
}
