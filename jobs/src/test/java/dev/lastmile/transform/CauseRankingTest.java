package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.rules.CauseRules;
import dev.lastmile.testing.SharedSpark;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CauseRankingTest {
  private static final CauseRules RULES = CauseRules.loadDefault();
  private static final StructType EVIDENCE =
      StructType.fromDDL(
          "initiative_id STRING, cause STRING, rule_id STRING, weight DOUBLE, source STRING,"
              + " source_ref STRING, excerpt STRING, evidence_date DATE");
  private static Map<String, Row> ranked;

  private static Row ev(String id, String cause, String rule, double w, String src, String ref) {
    return RowFactory.create(id, cause, rule, w, src, ref, "x", Date.valueOf("2025-01-01"));
  }

  @BeforeAll
  static void run() {
    List<Row> rows = new ArrayList<>();
    // R1: closure reason (3.0) outweighs an old comment (0.45)
    rows.add(ev("R1", "COST_FUNDING", "cost.funding", 3.0, "registry_field", "closure_reason"));
    rows.add(ev("R1", "SKILLS_GAP", "skills.staff", 0.45, "jira_comment", "K-1#comment-1"));
    // R2: tie in score; first named (position-weighted strongest piece) wins
    rows.add(ev("R2", "SKILLS_GAP", "skills.staff", 3.0, "registry_field", "closure_reason"));
    rows.add(ev("R2", "SCOPE_CREEP", "scope.creep", 2.91, "registry_field", "closure_reason"));
    rows.add(ev("R2", "SCOPE_CREEP", "scope.creep", 0.09, "jira_comment", "K-2#comment-1"));
    // R3: narrow margin
    rows.add(ev("R3", "DATA_READINESS", "data.access", 1.0, "jira_comment", "K-3#comment-1"));
    rows.add(ev("R3", "INTEGRATION", "integration.systems", 0.9, "jira_comment", "K-3#comment-2"));
    // R4: only supporting structured evidence -> UNKNOWN
    rows.add(
        ev(
            "R4",
            "UNCLEAR_OBJECTIVE",
            "registry.no_success_kpi",
            0.3,
            "registry_field",
            "success_kpi"));
    // R5: supporting evidence adds to a cause with text evidence
    rows.add(
        ev("R5", "UNCLEAR_OBJECTIVE", "objective.undefined", 1.0, "jira_comment", "K-5#comment-1"));
    rows.add(
        ev(
            "R5",
            "UNCLEAR_OBJECTIVE",
            "registry.no_success_kpi",
            0.3,
            "registry_field",
            "success_kpi"));
    rows.add(ev("R5", "DATA_READINESS", "data.access", 1.2, "jira_comment", "K-5#comment-2"));
    // R7: the learned pass saw SCOPE_CREEP three times (1.5), a concept rule DATA_READINESS once
    for (int i = 1; i <= 3; i++) {
      rows.add(ev("R7", "SCOPE_CREEP", "model.scope_creep", 0.5, "jira_comment", "K-7#c" + i));
    }
    rows.add(
        ev("R7", "DATA_READINESS", "concept.data_readiness.missing", 0.8, "jira_comment", "K-7"));
    // R8: only the learned pass saw anything: its cause is named
    rows.add(ev("R8", "USER_ADOPTION", "model.user_adoption", 0.5, "jira_comment", "K-8#c1"));
    // R9: six model hits would give 0.86; a guess is capped at model_pass.max_confidence (0.45)
    for (int i = 1; i <= 6; i++) {
      rows.add(ev("R9", "COST_FUNDING", "model.cost_funding", 0.5, "jira_comment", "K-9#c" + i));
    }
    Dataset<Row> evidence = SharedSpark.spark().createDataFrame(rows, EVIDENCE);
    Dataset<Row> ids =
        SharedSpark.spark()
            .createDataFrame(
                List.of(RowFactory.create("R1"), RowFactory.create("R6")),
                StructType.fromDDL("initiative_id STRING"));
    ranked = new HashMap<>();
    for (Row r : CauseRanking.rank(evidence, RULES).collectAsList()) {
      ranked.put(r.getString(0), r);
    }
    for (Row r : CauseRanking.rank(evidence, RULES, ids).collectAsList()) {
      ranked.put("all:" + r.getString(0), r);
    }
  }

  @Test
  void closureReasonOutweighsAnOldComment() {
    Row r = ranked.get("R1");
    assertEquals("COST_FUNDING", r.getString(1));
    assertEquals(List.of("COST_FUNDING", "SKILLS_GAP"), r.getList(2));
    assertEquals(2, r.getInt(4), "evidence_count");
  }

  @Test
  void tieGoesToTheFirstNamedCause() {
    Row r = ranked.get("R2");
    assertEquals("SKILLS_GAP", r.getString(1), "equal scores; SKILLS_GAP has the strongest piece");
    assertEquals(List.of("SKILLS_GAP", "SCOPE_CREEP"), r.getList(2));
  }

  @Test
  void confidenceGrowsWithMargin() {
    double wide = ranked.get("R1").getDouble(3);
    double narrow = ranked.get("R3").getDouble(3);
    assertTrue(wide > narrow, "wide " + wide + " > narrow " + narrow);
    assertTrue(wide <= 1.0 && narrow >= 0.0);
    assertEquals("DATA_READINESS", ranked.get("R3").getString(1));
  }

  @Test
  void supportingEvidenceAloneNamesNoCause() {
    Row r = ranked.get("R4");
    assertEquals("UNKNOWN", r.getString(1));
    assertEquals(List.of(), r.getList(2));
    assertEquals(0.0, r.getDouble(3), 1e-9);
    assertEquals(1, r.getInt(4));
  }

  @Test
  void supportingEvidenceTipsACauseWithTextEvidence() {
    Row r = ranked.get("R5");
    assertEquals("UNCLEAR_OBJECTIVE", r.getString(1), "1.0 + 0.3 support beats 1.2");
  }

  @Test
  void initiativesWithoutEvidenceAreUnknown() {
    Row r = ranked.get("all:R6");
    assertEquals("UNKNOWN", r.getString(1));
    assertEquals(List.of(), r.getList(2));
    assertEquals(0, r.getInt(4));
    assertEquals("COST_FUNDING", ranked.get("all:R1").getString(1));
  }

  @Test
  void aCauseOnlyTheLearnedPassSawNeverOutranksOneARuleSaw() {
    Row r = ranked.get("R7");
    assertEquals(
        "DATA_READINESS", r.getString(1), "0.8 from a concept rule beats 1.5 from the model");
    assertEquals(List.of("DATA_READINESS", "SCOPE_CREEP"), r.getList(2));
  }

  @Test
  void theLearnedPassAloneNamesACauseWithLowConfidence() {
    Row r = ranked.get("R8");
    assertEquals("USER_ADOPTION", r.getString(1));
    assertTrue(r.getDouble(3) < 0.3, "confidence " + r.getDouble(3));
    assertTrue(r.getDouble(3) > 0.0);
  }

  @Test
  void aGuessIsCappedBelowTheReviewLineSoAPersonConfirmsIt() {
    Row r = ranked.get("R9");
    assertEquals("COST_FUNDING", r.getString(1));
    assertEquals(RULES.modelPass().maxConfidence(), r.getDouble(3), 1e-9);
    assertEquals(0.45, r.getDouble(3), 1e-9);
  }
}
