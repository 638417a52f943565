package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.io.InputException;
import dev.lastmile.io.OverridesSource;
import dev.lastmile.model.Cols;
import dev.lastmile.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewer decisions on a hand-made rules assessment and the decisions file
 * src/test/resources/ReviewDecisionsTest/overrides.csv: which apply, what they change, which are
 * quarantined and why, and the agreement counts, all worked out by hand.
 */
class ReviewDecisionsTest {
  static final String FILE = "src/test/resources/ReviewDecisionsTest/overrides.csv";
  static SparkSession spark;
  static Dataset<Row> rules;
  static ReviewDecisions.Checked checked;
  static Dataset<Row> applied;

  @BeforeAll
  static void setUp() {
    spark = SharedSpark.spark();
    StructType s =
        new StructType()
            .add(Cols.INITIATIVE_ID, "string")
            .add(Cols.NAME, "string")
            .add(Cols.OUTCOME, "string")
            .add(Cols.FURTHEST_STAGE, "string")
            .add(Cols.STALL_STAGE, "string")
            .add(Cols.PRIMARY_CAUSE, "string")
            .add(Cols.CONFIDENCE, "double")
            .add(Cols.CAUSES, "array<string>");
    rules =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "A1",
                    "a1",
                    "STALLED",
                    "PROTOTYPE",
                    "PROTOTYPE",
                    "DATA_READINESS",
                    0.8,
                    List.of("DATA_READINESS", "INTEGRATION")),
                RowFactory.create(
                    "A2",
                    "a2",
                    "STALLED",
                    "ENGINEERING",
                    "ENGINEERING",
                    "INTEGRATION",
                    0.4,
                    List.of("INTEGRATION")),
                RowFactory.create(
                    "A3", "a3", "ACTIVE", "OPERATION", null, null, null, List.of("COST_FUNDING")),
                RowFactory.create(
                    "A4", "a4", "CANCELLED", "STRATEGY", "STRATEGY", "UNKNOWN", 0.0, List.of()),
                RowFactory.create(
                    "A5", "a5", "IN_PRODUCTION", "OPERATION", null, null, null, List.of()),
                RowFactory.create(
                    "A6",
                    "a6",
                    "STALLED",
                    "DEPLOYMENT",
                    "DEPLOYMENT",
                    "SKILLS_GAP",
                    0.9,
                    List.of("SKILLS_GAP"))),
            s);
    checked = ReviewDecisions.check(OverridesSource.read(spark, FILE), rules);
    applied = ReviewDecisions.apply(rules, checked.decisions());
  }

  static Map<String, String> verdicts() {
    Map<String, String> m = new TreeMap<>();
    for (Row r : applied.collectAsList()) {
      m.put(
          r.getAs(Cols.INITIATIVE_ID),
          r.getAs(Cols.OUTCOME)
              + " "
              + r.getAs(Cols.STALL_STAGE)
              + " "
              + r.getAs(Cols.PRIMARY_CAUSE)
              + " "
              + r.getAs(Cols.CONFIDENCE)
              + " "
              + r.getAs(Cols.VERDICT_SOURCE)
              + " | rules "
              + r.getAs(Cols.RULES_OUTCOME)
              + " "
              + r.getAs(Cols.RULES_STALL_STAGE)
              + " "
              + r.getAs(Cols.RULES_PRIMARY_CAUSE)
              + " | "
              + r.getAs(Cols.REVIEWER)
              + " "
              + r.getAs(Cols.DECIDED_ON)
              + " "
              + r.getAs(Cols.REVIEW_NOTE));
    }
    return m;
  }

  @Test
  void exactlyTheDecidedVerdictsChangeAndTheRulesVerdictStaysBeside() {
    Map<String, String> v = verdicts();
    assertEquals(
        "STALLED PROTOTYPE DATA_READINESS null reviewer | rules STALLED PROTOTYPE"
            + " DATA_READINESS | kim 2026-09-20 agrees, with a comma",
        v.get("A1"));
    assertEquals(
        "STALLED ENGINEERING SECURITY_COMPLIANCE null reviewer | rules STALLED"
            + " ENGINEERING INTEGRATION | kim 2026-09-20 null",
        v.get("A2"));
    // ACTIVE made CANCELLED: the rules' furthest stage (capped at DEPLOYMENT) and strongest cause
    assertEquals(
        "CANCELLED DEPLOYMENT COST_FUNDING null reviewer | rules ACTIVE null null | lee"
            + " 2026-09-21 budget cut",
        v.get("A3"));
    // the later of two decisions for A4 applies; only the stage changes, the confidence stays
    assertEquals(
        "CANCELLED STRATEGY UNKNOWN 0.0 reviewer | rules CANCELLED STRATEGY UNKNOWN |"
            + " lee 2026-09-22 second thoughts",
        v.get("A4"));
    assertEquals(
        "IN_PRODUCTION null null null rules | rules IN_PRODUCTION null null | null null" + " null",
        v.get("A5"));
    assertEquals(
        "STALLED DEPLOYMENT SKILLS_GAP 0.9 rules | rules STALLED DEPLOYMENT SKILLS_GAP |"
            + " null null null",
        v.get("A6"));
  }

  @Test
  void badDecisionsAreQuarantinedWithTheirLineAndReason() {
    List<String> got = new ArrayList<>();
    for (Row r : checked.quarantine().orderBy(Cols.RECORD_NUMBER).collectAsList()) {
      got.add(
          r.getAs(Cols.RECORD_NUMBER) + " " + r.getAs(Cols.REASON) + ": " + r.getAs(Cols.DETAIL));
    }
    assertEquals(
        List.of(
            "5 DUPLICATE_ID: an earlier decision for A4: a later one in the file (by decided_on, th"
                + "en"
                + " file order) is applied",
            "7 REJECTED_DECISION: initiative NOPE-9 is not in the registry",
            "8 UNKNOWN_ENUM: primary_cause 'BUDGETZ' is not a cause code"
                + " (schemas/taxonomy/causes.json)",
            "9 REJECTED_DECISION: stall_stage or primary_cause given for A5 whose outcome is"
                + " IN_PRODUCTION, not STALLED or CANCELLED",
            "10 BAD_DATE: decided_on '2026-02-30' is not a date YYYY-MM-DD",
            "11 MISSING_REQUIRED: the decision has no initiative_id",
            "12 FIELD_COUNT_MISMATCH: the record has another number of fields than the header"),
        got);
    assertEquals(4, checked.decisions().count(), "11 records = 4 applied + 7 quarantined");
    Row raw = checked.quarantine().filter("record_number = 7").first();
    assertEquals("NOPE-9,STALLED,,,kim,2026-09-20,", raw.getAs(Cols.RAW));
  }

  @Test
  void agreementCountedByHandWithWilsonIntervals() {
    Map<String, Row> rows = new TreeMap<>();
    for (Row r :
        ReviewDecisions.agreement(applied, checked.decisions(), ReviewParams.bundled())
            .collectAsList()) {
      rows.put(r.getAs(Cols.FIELD) + "/" + r.getAs(Cols.CODE), r);
    }
    // outcome: A1 STALLED = rules STALLED (agree), A3 CANCELLED vs rules ACTIVE (disagree)
    // primary_cause: A1 DATA_READINESS agrees, A2 SECURITY_COMPLIANCE vs INTEGRATION does not
    // stall_stage: A4 STRATEGY agrees (its earlier PROTOTYPE decision was superseded)
    Map<String, String> counts = new TreeMap<>();
    rows.forEach((k, r) -> counts.put(k, r.getAs(Cols.AGREED) + "/" + r.getAs(Cols.DECISIONS)));
    assertEquals(
        Map.of(
            "outcome/null",
            "1/2",
            "outcome/STALLED",
            "1/1",
            "outcome/CANCELLED",
            "0/1",
            "primary_cause/null",
            "1/2",
            "primary_cause/DATA_READINESS",
            "1/1",
            "primary_cause/SECURITY_COMPLIANCE",
            "0/1",
            "stall_stage/null",
            "1/1",
            "stall_stage/STRATEGY",
            "1/1"),
        counts);
    Row half = rows.get("outcome/null");
    assertEquals(0.5, (double) half.getAs(Cols.AGREEMENT_RATE), 1e-12);
    assertEquals(0.0945312, (double) half.getAs(Cols.CI_LOW), 1e-6);
    assertEquals(0.9054688, (double) half.getAs(Cols.CI_HIGH), 1e-6);
    Row one = rows.get("stall_stage/null");
    assertEquals(0.2065493, (double) one.getAs(Cols.CI_LOW), 1e-6);
    assertEquals(1.0, (double) one.getAs(Cols.CI_HIGH), 1e-12);
    assertEquals(0.7934507, (double) rows.get("outcome/CANCELLED").getAs(Cols.CI_HIGH), 1e-6);
    assertTrue((boolean) one.getAs(Cols.SMALL_SAMPLE));
    assertEquals(0.95, (double) one.getAs(Cols.CONFIDENCE_LEVEL), 1e-12);
  }

  @Test
  void aFileWithoutInitiativeIdOrWithAnUnknownColumnIsOneLineError(@TempDir Path tmp)
      throws Exception {
    Path noId = Files.writeString(tmp.resolve("a.csv"), "outcome,reviewer\nSTALLED,kim\n");
    InputException e =
        assertThrows(InputException.class, () -> OverridesSource.read(spark, noId.toString()));
    assertEquals(
        "Cannot read --overrides " + noId + ": the header has no initiative_id column",
        e.getMessage());
    Path odd = Files.writeString(tmp.resolve("b.csv"), "initiative_id,verdict\nA1,x\n");
    e = assertThrows(InputException.class, () -> OverridesSource.read(spark, odd.toString()));
    assertTrue(e.getMessage().contains("unknown column 'verdict'"), e.getMessage());
    e =
        assertThrows(
            InputException.class,
            () -> OverridesSource.read(spark, tmp.resolve("missing.csv").toString()));
    assertEquals(
        "Cannot read --overrides " + tmp.resolve("missing.csv") + ": no such file", e.getMessage());
  }
}
