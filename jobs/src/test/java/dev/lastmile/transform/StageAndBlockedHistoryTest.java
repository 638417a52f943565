package dev.lastmile.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lastmile.io.parse.Kinds;
import dev.lastmile.io.parse.ParseTesting;
import dev.lastmile.io.parse.Rec;
import dev.lastmile.model.Cols;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.testing.SharedSpark;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * stage_history and blocked_spells on one Jira JSON export with a changelog (status changes, the
 * Flagged field set, cleared and set again, a blocked status) and an "is blocked by" link, parsed
 * by the real parser. Every figure below was worked out by hand from the fixture.
 */
class StageAndBlockedHistoryTest {
  static final LocalDate AS_OF = LocalDate.parse("2024-07-01");
  static SparkSession spark;
  static Dataset<Row> issues;
  static Dataset<Row> history;
  static Dataset<Row> flags;
  static Dataset<Row> stageEvidence;

  @BeforeAll
  static void parse() throws Exception {
    spark = SharedSpark.spark();
    List<Rec> recs =
        ParseTesting.parseFile(
            Path.of("src/test/resources/StageAndBlockedHistoryTest" + "/status-history.json"),
            "jira");
    Dataset<Rec> ds = spark.createDataset(recs, Rec.ENCODER);
    // Cut where the job cuts (SharedSpark.cut): issues, history; flags and models are read once.
    issues =
        SharedSpark.cut(
            Canonical.separateIssues(Canonical.rankedIssues(ds))
                .issues()
                .withColumn(Cols.INITIATIVE_ID, lit("AI-1")));
    history =
        SharedSpark.cut(Canonical.statusHistory(ds).withColumn(Cols.INITIATIVE_ID, lit("AI-1")));
    flags = Canonical.flagHistory(ds);
    Dataset<Row> registry =
        spark.createDataFrame(
            List.of(RowFactory.create("AI-1", "Prototype", null)),
            new StructType()
                .add(Cols.INITIATIVE_ID, "string")
                .add(Cols.REGISTRY_STAGE, "string")
                .add(Cols.PRODUCTION_DATE, "date"));
    Dataset<Row> models = Canonical.models(ds).withColumn(Cols.INITIATIVE_ID, lit("AI-1"));
    stageEvidence =
        Lifecycle.stageEvidence(registry, issues, history, models, LifecycleRules.loadDefault());
  }

  @Test
  void theParserKeepsEveryFlaggedChangeAsItsOwnRecord() throws Exception {
    List<Rec> recs =
        ParseTesting.parseFile(
            Path.of("src/test/resources/StageAndBlockedHistoryTest" + "/status-history.json"),
            "jira");
    List<String> flagValues = new ArrayList<>();
    for (Rec r : ParseTesting.ofKind(recs, Kinds.FLAG_HISTORY)) {
      flagValues.add(r.getTextAt().toInstant().toString().substring(0, 10) + "=" + r.getToStatus());
    }
    assertEquals(
        List.of("2024-02-01=Impediment", "2024-02-15=", "2024-05-01=Impediment"), flagValues);
    assertEquals(5, ParseTesting.ofKind(recs, Kinds.HISTORY).size(), "status changes only");
  }

  @Test
  void stageSpellsOpenAtEachNewFurthestStageAndTheLastIsCurrent() {
    List<String> got = new ArrayList<>();
    for (Row r :
        StageHistory.spells(stageEvidence, AS_OF).orderBy(Cols.SPELL_NUMBER).collectAsList()) {
      got.add(
          r.getAs(Cols.SPELL_NUMBER)
              + " "
              + r.getAs(Cols.STAGE)
              + " "
              + r.getAs(Cols.ENTERED_AT).toString().substring(0, 10)
              + ".."
              + (r.getAs(Cols.LEFT_AT) == null
                  ? "now"
                  : r.getAs(Cols.LEFT_AT).toString().substring(0, 10))
              + " "
              + r.getAs(Cols.DAYS)
              + "d "
              + r.getAs(Cols.SOURCE)
              + ": "
              + r.getAs(Cols.SOURCE_REF));
    }
    // The undated registry stage opens no spell; back to POC after Blocked opens none either.
    assertEquals(
        List.of(
            "1 STRATEGY 2024-01-10..2024-03-01 51d status_history: P-1 -> Feasibility",
            "2 PROTOTYPE 2024-03-01..2024-06-01 92d status_history: P-1 -> POC",
            "3 ENGINEERING 2024-06-01..now 30d status_history: P-1 -> Build"),
        got);
  }

  @Test
  void eachSpellNamesTheRecordOfTheEvidenceThatOpenedIt() {
    // P-1, whose changelog opened every spell, is the first element of the JSON export.
    List<String> got = new ArrayList<>();
    for (Row r :
        StageHistory.spells(stageEvidence, AS_OF).orderBy(Cols.SPELL_NUMBER).collectAsList()) {
      got.add(
          r.getAs(Cols.SPELL_NUMBER)
              + " "
              + r.getAs(Cols.SOURCE_FILE)
              + "#"
              + r.getAs(Cols.RECORD_NUMBER));
    }
    String file = "src/test/resources/StageAndBlockedHistoryTest/status-history.json";
    assertEquals(List.of("1 " + file + "#1", "2 " + file + "#1", "3 " + file + "#1"), got);
  }

  @Test
  void theBlockerSummaryNamingACauseIsCauseEvidenceTracedToItsRuleAndRecord() {
    // P-1 is blocked by P-2 "Waiting for data access approval from the data owner": the link
    // spell's excerpt, and a DATA_READINESS sentence for the cause rules.
    Dataset<Row> registry =
        CauseFixtures.df(CauseFixtures.REGISTRY, CauseFixtures.reg("AI-1", null, null, null));
    Dataset<Row> evidence =
        CauseEvidence.extract(
            new CauseInputs(
                CauseFixtures.df(CauseFixtures.TEXTS),
                registry,
                history,
                issues,
                CauseFixtures.df(CauseFixtures.MODELS)),
            dev.lastmile.rules.CauseRules.loadDefault(),
            AS_OF);
    List<String> got = new ArrayList<>();
    // Other rules may quote the same sentence too (the cause engine decides); the data-access
    // cause must be among them, traced to its rule and record.
    for (Row r :
        evidence
            .filter(
                col(Cols.SOURCE)
                    .equalTo("jira_link")
                    .and(col(Cols.CAUSE).equalTo("DATA_READINESS")))
            .collectAsList()) {
      got.add(
          r.getAs(Cols.CAUSE)
              + " "
              + (r.getAs(Cols.RULE_ID) != null)
              + " "
              + r.getAs(Cols.SOURCE_REF)
              + " "
              + r.getAs(Cols.SOURCE_FILE)
              + "#"
              + r.getAs(Cols.RECORD_NUMBER)
              + " '"
              + r.getAs(Cols.EXCERPT)
              + "'");
    }
    assertEquals(
        List.of(
            "DATA_READINESS true P-1 blocked by P-2"
                + " src/test/resources/StageAndBlockedHistoryTest/status-history.json#1"
                + " 'Blocked by P-2: Waiting for data access approval from the data owner'"),
        got);
    assertEquals(
        0,
        evidence
            .filter(
                col(Cols.SOURCE)
                    .equalTo("jira_link")
                    .and(
                        col(Cols.RULE_ID)
                            .isNull()
                            .or(col(Cols.SOURCE_FILE).isNull())
                            .or(col(Cols.RECORD_NUMBER).isNull())))
            .count());
  }

  @Test
  void blockedSpellsFromTheFlagABlockedStatusAndAnOpenBlocker() {
    List<String> got = new ArrayList<>();
    for (Row r :
        BlockedSpells.spells(issues, history, flags, ReviewParams.bundled(), AS_OF)
            .orderBy(col(Cols.BLOCKED_FROM))
            .collectAsList()) {
      got.add(
          r.getAs(Cols.INITIATIVE_ID)
              + " "
              + r.getAs(Cols.ISSUE_KEY)
              + " "
              + r.getAs(Cols.BLOCK_SOURCE)
              + " "
              + r.getAs(Cols.BLOCKED_FROM).toString().substring(0, 10)
              + ".."
              + (r.getAs(Cols.BLOCKED_UNTIL) == null
                  ? "now"
                  : r.getAs(Cols.BLOCKED_UNTIL).toString().substring(0, 10))
              + " "
              + r.getAs(Cols.DAYS)
              + "d "
              + (r.getAs(Cols.BLOCKER_KEY) == null ? "" : r.getAs(Cols.BLOCKER_KEY) + " ")
              + "'"
              + r.getAs(Cols.EXCERPT)
              + "'");
    }
    assertEquals(
        List.of(
            "AI-1 P-1 flagged 2024-02-01..2024-02-15 14d 'Impediment'",
            "AI-1 P-1 link 2024-02-10..2024-03-20 39d P-2 'Waiting for data access approval from th"
                + "e"
                + " data owner'",
            "AI-1 P-1 status 2024-04-01..2024-04-21 20d 'Blocked'",
            "AI-1 P-1 flagged 2024-05-01..now 61d 'Impediment'"),
        got);
  }
}
