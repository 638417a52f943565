package dev.lastmile.transform;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.io.parse.ParseTesting;
import dev.lastmile.io.parse.Rec;
import dev.lastmile.model.Cols;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.rules.LifecycleRules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lineage: every cause_evidence and stage-evidence row names the input file and record it was read
 * from, through the real parsers, Canonical, EvidenceTexts, the cause matcher's mapPartitions and
 * the structured registry checks. The fixture's record numbers were counted by hand: in jira.csv
 * LIN-1's description spans lines 2-4, so LIN-2 is record 5; in registry.csv AI-1 is line 3; in
 * models.json claims-model v2 is the second element.
 */
class LineageTest {
  static final Path DIR = Path.of("src/test/resources/LineageTest");
  static final String JIRA = DIR.resolve("jira.csv").toString();
  static final String REGISTRY = DIR.resolve("registry.csv").toString();
  static final String MODELS = DIR.resolve("models.json").toString();
  static Dataset<Row> evidence;
  static Dataset<Row> stageEvidence;

  @BeforeAll
  static void run() throws Exception {
    List<Rec> all = new ArrayList<>();
    all.addAll(ParseTesting.parseFile(Path.of(JIRA), "jira"));
    all.addAll(ParseTesting.parseFile(Path.of(REGISTRY), "registry"));
    all.addAll(ParseTesting.parseFile(Path.of(MODELS), "models"));
    JobInputs in = JobInputs.of(all, LifecycleRules.loadDefault());
    evidence =
        CauseEvidence.extract(in.causeInputs(), CauseRules.loadDefault(), LocalDate.of(2024, 7, 1))
            .cache();
    stageEvidence =
        Lifecycle.stageEvidence(
                in.registry(), in.issues(), in.history(), in.models(), LifecycleRules.loadDefault())
            .cache();
  }

  private static List<Row> rows(Dataset<Row> df, String source, String refPrefix) {
    return df.filter(
            col(Cols.INITIATIVE_ID)
                .equalTo("AI-1")
                .and(col(Cols.SOURCE).equalTo(source))
                .and(col(Cols.SOURCE_REF).startsWith(refPrefix)))
        .collectAsList();
  }

  private static String lineage(Row r) {
    return r.getAs(Cols.SOURCE_FILE) + "#" + r.getAs(Cols.RECORD_NUMBER);
  }

  @Test
  void aJiraCommentQuotedAsEvidenceNamesThePhysicalLineItsRecordStartsOn() {
    List<Row> got = rows(evidence, "jira_comment", "LIN-2");
    assertFalse(got.isEmpty(), "the comment about claims data access is cause evidence");
    for (Row r : got) {
      assertEquals(JIRA + "#5", lineage(r), r.toString());
    }
  }

  @Test
  void structuredRegistryEvidenceNamesTheRegistryRow() {
    List<Row> got = rows(evidence, "registry_field", Cols.SPONSOR);
    assertEquals(1, got.size(), "the empty sponsor of AI-1");
    assertEquals(REGISTRY + "#3", lineage(got.get(0)));
  }

  @Test
  void modelRegistryEvidenceNamesTheMlflowElement() {
    List<Row> got = rows(evidence, "model_registry", "claims-model v2");
    assertFalse(got.isEmpty(), "the model description about incomplete training data");
    for (Row r : got) {
      assertEquals(MODELS + "#2", lineage(r), r.toString());
    }
  }

  @Test
  void everyEvidenceRowCarriesItsLineage() {
    assertEquals(
        0,
        evidence
            .filter(col(Cols.SOURCE_FILE).isNull().or(col(Cols.RECORD_NUMBER).isNull()))
            .count());
    TreeSet<String> files = new TreeSet<>();
    evidence
        .select(Cols.SOURCE_FILE)
        .distinct()
        .collectAsList()
        .forEach(r -> files.add(r.getString(0)));
    assertTrue(files.contains(JIRA) && files.contains(REGISTRY), files.toString());
  }

  @Test
  void stageEvidenceNamesItsRecord() {
    List<String> got = new ArrayList<>();
    for (Row r :
        stageEvidence
            .filter(col(Cols.SOURCE).isin("registry_field", "jira_status", "model_registry"))
            .orderBy(Cols.SOURCE, Cols.SOURCE_REF)
            .collectAsList()) {
      got.add(r.getAs(Cols.SOURCE) + " " + r.getAs(Cols.SOURCE_REF) + " " + lineage(r));
    }
    assertTrue(
        got.contains("registry_field registry_stage=POC " + REGISTRY + "#3"), got.toString());
    assertTrue(
        got.contains("model_registry claims-model v2 Staging " + MODELS + "#2"), got.toString());
    assertTrue(
        got.stream().anyMatch(s -> s.startsWith("jira_status LIN-2 ") && s.endsWith(JIRA + "#5")),
        got.toString());
  }
}
