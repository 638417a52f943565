package dev.lastmile.io.parse;

import static dev.lastmile.io.parse.ParseTesting.file;
import static dev.lastmile.io.parse.ParseTesting.ofKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.rules.LifecycleRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file under the shared {@code real-data/} folder (public exports, see its PROVENANCE.md)
 * goes through the file parser: each file has value assertions, every record is accounted for
 * (FILE.recordsRead = accepted + quarantined), and no date before 2000 reaches any record. The US
 * federal inventories are read with the shipped preset {@code config/us-federal-ai-inventory.json}.
 * A file without expectations fails the test, so a new real file cannot slip in untested.
 */
class RealExportsTest {
  private static final Timestamp Y2K = Timestamp.from(Instant.parse("2000-01-01T00:00:00Z"));

  private record Expect(String role, boolean federal, Consumer<List<Rec>> check) {}

  private static Timestamp utc(String iso) {
    return Timestamp.from(Instant.parse(iso));
  }

  static ParseConfig federalPreset() {
    Path preset =
        Path.of(
            System.getProperty("lastmile.repoRoot", ".."),
            "config",
            "us-federal-ai-inventory.json");
    try {
      return LifecycleRules.withOverrides(new ObjectMapper().readTree(preset.toFile()))
          .parseConfig();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Rec issue(List<Rec> recs, String key) {
    return ofKind(recs, Kinds.ISSUE).stream()
        .filter(r -> key.equals(r.getIssueKey()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no issue " + key));
  }

  private static List<Rec> texts(List<Rec> recs, String key, String source) {
    return ofKind(recs, Kinds.TEXT).stream()
        .filter(t -> key.equals(t.getIssueKey()) && source.equals(t.getTextSource()))
        .toList();
  }

  private static List<String> models(List<Rec> recs) {
    return ofKind(recs, Kinds.MODEL).stream()
        .map(
            r ->
                r.getModelName()
                    + "/"
                    + r.getModelVersion()
                    + "/"
                    + r.getModelStage()
                    + "/"
                    + r.getAliases())
        .toList();
  }

  private static Rec registry(List<Rec> recs, String id) {
    return ofKind(recs, Kinds.REGISTRY).stream()
        .filter(r -> id.equals(r.getFields().get("initiative_id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no initiative " + id));
  }

  private static long count(List<Rec> recs, String kind) {
    return ofKind(recs, kind).size();
  }

  private static Consumer<List<Rec>> notAnExport(String detailStart) {
    return recs -> {
      Rec q = ofKind(recs, Kinds.QUARANTINE).get(0);
      assertEquals("UNREADABLE_FILE", q.getReason());
      assertTrue(q.getDetail().startsWith(detailStart), q.getDetail());
      assertEquals(Formats.UNKNOWN, file(recs).getFormat());
      assertEquals(1, file(recs).getRecordsRead());
    };
  }

  private static Map<String, Expect> expectations() {
    Map<String, Expect> e = new LinkedHashMap<>();
    e.put(
        "PROVENANCE.md",
        new Expect("jira", false, notAnExport("Not a recognised export: a CSV file with neither")));

    // ---- jira-csv ----
    e.put(
        "jira-csv/ckiw-github-csv-tools-jira-server-fr-locale-all-fields.csv",
        new Expect(
            "jira",
            false,
            recs -> {
              assertEquals(Formats.JIRA_CSV, file(recs).getFormat());
              assertEquals(516, file(recs).getRecordsRead());
              assertEquals(490, count(recs, Kinds.ISSUE));
              List<Rec> q = ofKind(recs, Kinds.QUARANTINE);
              assertEquals(26, q.size(), "the 26 rows that spill into unnamed columns");
              assertTrue(q.stream().allMatch(r -> "FIELD_COUNT_MISMATCH".equals(r.getReason())));
              assertTrue(q.stream().anyMatch(r -> r.getRaw().contains("CNED-81")));
              Rec cned1 = issue(recs, "CNED-1");
              assertEquals("Validé", cned1.getStatus());
              assertEquals("Épopée", cned1.getIssueType());
              Rec c1 = texts(recs, "CNED-1", "jira_comment").get(0);
              assertEquals(utc("2016-10-10T11:54:00Z"), c1.getTextAt(), "10/oct./16 11:54 AM");
              assertEquals("guillaume.ogier", c1.getAuthor());
              assertEquals("Validée par Rachid Kouifi : mail du 05/10/2016", c1.getText());
              Rec blocked = issue(recs, "CNED-105");
              assertEquals("Bloqué", blocked.getStatus());
              Rec c105 = texts(recs, "CNED-105", "jira_comment").get(0);
              assertEquals(utc("2015-10-12T17:54:00Z"), c105.getTextAt(), "12/oct./15 5:54 PM");
              assertEquals("admin", c105.getAuthor());
              assertTrue(c105.getText().startsWith("Demande Rachid : envoyer le code par mail"));
              assertEquals(
                  24 - 5,
                  ofKind(recs, Kinds.ISSUE).stream()
                      .filter(r -> "Bloqué".equals(r.getStatus()))
                      .count(),
                  "24 Bloqué, 5 misaligned");
              assertEquals("CNED-2", issue(recs, "CNED-12").getEpicKey());
              assertEquals("11917", issue(recs, "CNED-16").getParentId());
            }));
    e.put(
        "jira-csv/planeso-jira-migration-jira-cloud-2025-all-fields.csv",
        new Expect(
            "jira",
            false,
            recs -> {
              assertEquals(22, count(recs, Kinds.ISSUE));
              assertEquals(0, count(recs, Kinds.QUARANTINE));
              Rec tes25 = issue(recs, "TES-25");
              assertEquals("To Do", tes25.getStatus());
              assertEquals(utc("2025-09-22T09:26:00Z"), tes25.getCreated(), "22/Sep/25 9:26 AM");
              List<Rec> c = texts(recs, "TES-19", "jira_comment");
              assertEquals("5fe07a7dd3649601392ba191", c.get(0).getAuthor());
              assertEquals(utc("2025-09-05T07:24:00Z"), c.get(0).getTextAt());
              assertTrue(
                  c.get(0).getText().startsWith("[~accountid:5fe07a7dd3649601392ba191] is "));
              assertEquals("712020:b0892835-64bc-4809-afd1-cc09a3ffc20e", c.get(1).getAuthor());
              assertEquals("Done", issue(recs, "TES-19").getStatus());
            }));

    // ---- jira-json ----
    e.put(
        "jira-json/go-jira-agile-sprint-issues-changelog.json",
        new Expect(
            "jira",
            false,
            recs -> {
              Rec r = issue(recs, "AR-86");
              assertEquals("Ready", r.getStatus());
              assertEquals("AR-37", r.getEpicKey(), "the agile API's epic object");
              assertEquals(utc("2015-12-02T15:39:15Z"), r.getCreated());
              assertTrue(r.isHasHistory());
              assertEquals(0, count(recs, Kinds.HISTORY), "summary and priority changes only");
            }));
    e.put(
        "jira-json/jira-cli-adf-document-all-node-types.json",
        new Expect(
            "jira",
            false,
            recs -> {
              notAnExport("Not a recognised export: a JSON document").accept(recs);
              String text;
              try {
                text =
                    Adf.toText(
                        new ObjectMapper()
                            .readTree(
                                SharedRealData.dir()
                                    .resolve("jira-json/jira-cli-adf-document-all-node-types.json")
                                    .toFile()));
              } catch (IOException ex) {
                throw new UncheckedIOException(ex);
              }
              for (String s :
                  List.of(
                      "H1\nH2\n",
                      "Blockquote text",
                      "Panel paragraph",
                      "Person A",
                      "Inline Node https://antiklabs.atlassian.net/wiki/spaces/ANK/pages/"
                          + "124234/hello-world",
                      "Table Header 1\nTable Header 2",
                      "Table row 2 column 3",
                      "fmt.Println(\"Hello, World!\")",
                      "Underlined Text",
                      "Unordered list item 1\nNext",
                      "fourth level")) {
                assertTrue(text.contains(s), "flattened ADF holds '" + s + "':\n" + text);
              }
            }));
    e.put(
        "jira-json/jira-cli-issue-v3-adf-description.json",
        new Expect(
            "jira",
            false,
            recs -> {
              assertEquals("To Do", issue(recs, "TEST-1").getStatus());
              assertEquals(
                  "Test description", texts(recs, "TEST-1", "jira_description").get(0).getText());
              assertEquals(List.of(), issue(recs, "TEST-1").getBlockedBy(), "empty outwardIssue");
            }));
    e.put(
        "jira-json/jira-cli-search-jql-page1-nextpagetoken.json",
        new Expect(
            "jira",
            false,
            recs ->
                assertEquals(
                    List.of("TEST-1/To Do", "TEST-2/In Progress"),
                    ofKind(recs, Kinds.ISSUE).stream()
                        .map(r -> r.getIssueKey() + "/" + r.getStatus())
                        .toList())));
    e.put(
        "jira-json/jira-cli-search-jql-page2-last.json",
        new Expect("jira", false, recs -> assertEquals("Done", issue(recs, "TEST-3").getStatus())));
    e.put(
        "jira-json/jira-cli-search-jql-v3-islast.json",
        new Expect(
            "jira",
            false,
            recs ->
                assertEquals(
                    List.of("TEST-1", "TEST-2", "TEST-3"),
                    ofKind(recs, Kinds.ISSUE).stream().map(Rec::getIssueKey).toList())));
    e.put(
        "jira-json/jirametrics-issue-SP-10-changelog-flagged.json",
        new Expect(
            "jira",
            false,
            recs -> {
              assertEquals(
                  List.of(
                      "Selected for Development",
                      "In Progress",
                      "Selected for Development",
                      "In Progress",
                      "Review",
                      "Done"),
                  ofKind(recs, Kinds.HISTORY).stream().map(Rec::getToStatus).toList());
              assertFalse(issue(recs, "SP-10").getFlagged(), "Impediment was set, then cleared");
            }));
    e.put(
        "jira-json/jirametrics-issue-SP-15-changelog-sprint-link.json",
        new Expect(
            "jira",
            false,
            recs -> {
              assertEquals("Selected for Development", issue(recs, "SP-15").getStatus());
              Rec c = texts(recs, "SP-15", "jira_comment").get(0);
              assertTrue(c.getAuthor().startsWith("557058:13cc9354"), c.getAuthor());
              assertEquals(utc("2022-05-07T17:28:40.874Z"), c.getTextAt());
              assertEquals(
                  List.of("Backlog->Selected for Development"),
                  ofKind(recs, Kinds.HISTORY).stream()
                      .map(h -> h.getFromStatus() + "->" + h.getToStatus())
                      .toList(),
                  "Sprint and Link items are not status history");
            }));
    e.put(
        "jira-json/jirametrics-issue-SP-5-changelog-reopened.json",
        new Expect(
            "jira",
            false,
            recs -> {
              List<Rec> h = ofKind(recs, Kinds.HISTORY);
              for (int i = 1; i < h.size(); i++) {
                assertTrue(!h.get(i).getTextAt().before(h.get(i - 1).getTextAt()), "time order");
              }
              List<String> to = h.stream().map(Rec::getToStatus).toList();
              assertEquals(
                  List.of("Done", "Selected for Development", "In Progress", "Done"),
                  to.subList(to.size() - 4, to.size()),
                  "reopened, then done again");
              assertEquals(utc("2021-10-11T12:48:42.419Z"), h.get(4).getTextAt());
              assertEquals("Done", issue(recs, "SP-5").getStatus());
            }));
    e.put(
        "jira-json/jirametrics-statuses.json",
        new Expect("jira", false, notAnExport("Not a recognised export: a JSON document")));

    // ---- mlflow ----
    e.put(
        "mlflow/mlflow-export-import-databricks-bulk-model-stage-none-only.json",
        new Expect(
            "models",
            false,
            recs ->
                assertEquals(
                    List.of("Keras_Mnist/1/None/[]", "Keras_Mnist/2/None/[]"), models(recs))));
    e.put(
        "mlflow/mlflow-export-import-databricks-model-no-versions-permissions.json",
        new Expect(
            "models",
            false,
            recs -> {
              assertEquals(Formats.MLFLOW_JSON, file(recs).getFormat());
              assertEquals(0, file(recs).getRecordsRead(), "a registered model with no versions");
            }));
    e.put(
        "mlflow/mlflow-export-import-databricks-model-staging-production.json",
        new Expect(
            "models",
            false,
            recs ->
                assertEquals(
                    List.of("Sklearn_Wine/2/Staging/[]", "Sklearn_Wine/3/Production/[]"),
                    models(recs))));
    e.put(
        "mlflow/mlflow-export-import-databricks-single-version.json",
        new Expect(
            "models",
            false,
            recs ->
                assertEquals(
                    List.of("andre_catalog.ml_models2.sklearn_wine_best/15/None/[white_2]"),
                    models(recs))));
    e.put(
        "mlflow/mlflow-export-import-oss-bulk-models-index.json",
        new Expect(
            "models",
            false,
            recs -> {
              assertEquals(Formats.MLFLOW_JSON, file(recs).getFormat());
              assertEquals(0, file(recs).getRecordsRead(), "an index of model names, no versions");
            }));
    e.put(
        "mlflow/mlflow-export-import-oss-model-aliases-prod-staging-none.json",
        new Expect(
            "models",
            false,
            recs ->
                assertEquals(
                    List.of(
                        "sklearn_wine/1/Production/[good-to-go]",
                        "sklearn_wine/2/Staging/[about-ready]",
                        "sklearn_wine/3/None/[just-in-case]"),
                    models(recs))));
    e.put(
        "mlflow/mlflow-export-import-oss-model-legacy-latest-versions.json",
        new Expect(
            "models",
            false,
            recs -> assertEquals(List.of("sklearn_wine/1/Production/[]"), models(recs))));
    e.put(
        "mlflow/mlflow-export-import-oss-model-src-tags.json",
        new Expect(
            "models",
            false,
            recs -> {
              assertEquals(
                  List.of(
                      "sklearn_wine/1/Production/[]",
                      "sklearn_wine/2/Staging/[]",
                      "sklearn_wine/3/None/[]"),
                  models(recs));
              assertTrue(ofKind(recs, Kinds.MODEL).get(0).getModelCreated().after(Y2K));
            }));
    e.put(
        "mlflow/mlflow-reports-rest-model-version-get-databricks-ws-stage.json",
        new Expect(
            "models",
            false,
            recs -> assertEquals(List.of("Sklearn_Wine_best/1/None/[]"), models(recs))));
    e.put(
        "mlflow/mlflow-reports-rest-model-version-get-unity-catalog-aliases.json",
        new Expect(
            "models",
            false,
            recs ->
                assertEquals(
                    List.of("andre.ml_models.sklearn_wine_best/4/None/[champ]"), models(recs))));
    e.put(
        "mlflow/mlflow-reports-rest-registered-model-get-credit-adjudication.json",
        new Expect(
            "models",
            false,
            recs ->
                assertEquals(
                    List.of(
                        "credit_adjudication/2/Archived/[]", "credit_adjudication/3/Production/[]"),
                    models(recs))));
    e.put(
        "mlflow/mlflow-reports-rest-registered-model-get-databricks-ws.json",
        new Expect(
            "models",
            false,
            recs -> assertEquals(List.of("Sklearn_Wine_best/1/None/[]"), models(recs))));

    // ---- registry (US federal inventories, with the preset) ----
    e.put(
        "registry/us-federal-ai-use-case-inventory-2023.csv",
        new Expect(
            "registry",
            true,
            recs -> {
              assertEquals(710, count(recs, Kinds.REGISTRY), "literal U+FFFD is text, not a fault");
              Map<String, String> f = registry(recs, "DHS-0000-2023").getFields();
              assertEquals("Customs and Border Protection", f.get("business_unit"));
              assertTrue(f.get("name") != null && !f.get("name").isBlank());
              assertEquals(f.get("registry_stage"), f.get("status"), "stage fills both columns");
            }));
    e.put(
        "registry/us-federal-ai-use-case-inventory-2024-v1-coded-headers.csv",
        new Expect(
            "registry",
            true,
            recs -> {
              assertEquals(1757, file(recs).getRecordsRead());
              assertTrue(count(recs, Kinds.REGISTRY) > 1600, "" + count(recs, Kinds.REGISTRY));
              Map<String, String> f =
                  registry(recs, "DHS-Non-Intrusive Inspection (NII) 3D Imaging Tool").getFields();
              assertEquals("Department of Homeland Security", f.get("business_unit"));
              assertEquals("Implementation and Assessment", f.get("registry_stage"));
              assertEquals("2023-07-01", f.get("start_date"), "7/1/2023");
              assertEquals(
                  2,
                  registry(recs, "DHS-Non-Intrusive Inspection (NII) 3D Imaging Tool")
                      .getRecordNumber());
              Rec q =
                  ofKind(recs, Kinds.QUARANTINE).stream()
                      .filter(r -> r.getRecordNumber() == 67)
                      .findFirst()
                      .orElseThrow();
              assertEquals("BAD_DATE", q.getReason());
              assertEquals(
                  "DHS-RVSS Legacy Overhauled System Project: Cannot parse closed_date "
                      + "'N/A -Consolidated into another use case.' as a date",
                  q.getDetail());
              assertQuarantinedOnly(recs, Set.of("BAD_DATE", "DATE_OUT_OF_RANGE"));
            }));
    e.put(
        "registry/us-federal-ai-use-case-inventory-2024-v2-cp1252.csv",
        new Expect(
            "registry",
            true,
            recs -> {
              assertEquals("windows-1252", file(recs).getEncoding());
              assertEquals(2133, file(recs).getRecordsRead());
              Rec raptor =
                  ofKind(recs, Kinds.REGISTRY).stream()
                      .filter(
                          r ->
                              r.getFields().get("notes") != null
                                  && r.getFields()
                                      .get("notes")
                                      .startsWith("RAPTOR will significantly"))
                      .findFirst()
                      .orElseThrow();
              assertTrue(
                  raptor.getFields().get("notes").contains("the agency\u2019s ability"),
                  "0x92 decodes to a right single quotation mark");
              assertTrue(raptor.getFields().get("initiative_id").startsWith("DHS-"));
              assertEquals(
                  "Department of Homeland Security", raptor.getFields().get("business_unit"));
              for (Rec r : ofKind(recs, Kinds.REGISTRY)) {
                for (String v : r.getFields().values()) {
                  assertTrue(v == null || v.indexOf('\uFFFD') < 0, v);
                }
              }
              assertQuarantinedOnly(recs, Set.of("BAD_DATE", "DATE_OUT_OF_RANGE"));
              assertTrue(
                  ofKind(recs, Kinds.QUARANTINE).stream()
                      .anyMatch(q -> q.getDetail().contains("1905-07-16 is outside")),
                  "Excel-serial years are out of range");
            }));
    e.put(
        "registry/us-federal-ai-use-case-inventory-2025-cots.csv",
        new Expect(
            "registry",
            true,
            recs -> {
              assertEquals(900, count(recs, Kinds.REGISTRY));
              Map<String, String> f = ofKind(recs, Kinds.REGISTRY).get(0).getFields();
              assertEquals(f.get("business_unit") + "-" + f.get("name"), f.get("initiative_id"));
            }));
    e.put(
        "registry/us-federal-ai-use-case-inventory-2025-individual.csv",
        new Expect(
            "registry",
            true,
            recs -> {
              assertEquals("UTF-8", file(recs).getEncoding());
              assertEquals(3611, file(recs).getRecordsRead());
              Map<String, String> f = registry(recs, "CFTC-001").getFields();
              assertEquals("Anomaly Detection for Data Quality", f.get("name"));
              assertEquals("Commodity Futures Trading Commission", f.get("business_unit"));
              assertEquals("Deployed", f.get("registry_stage"));
              Rec q =
                  ofKind(recs, Kinds.QUARANTINE).stream()
                      .filter(r -> r.getDetail().startsWith("DOJ-0060:"))
                      .findFirst()
                      .orElseThrow();
              assertEquals("DATE_OUT_OF_RANGE", q.getReason());
              assertEquals(1433, q.getRecordNumber());
            }));
    e.put(
        "registry/us-federal-ai-use-case-inventory-2024-data-dictionary.yaml",
        new Expect(
            "registry",
            false,
            recs ->
                assertEquals(
                    "Cannot read registry "
                        + recs.get(recs.size() - 1).getSourceFile()
                        + ": required column 'initiative_id' is missing (map it with --config "
                        + "registry.columns)",
                    file(recs).getFatal())));
    e.put(
        "registry/us-federal-ai-use-case-inventory-2025-data-dictionary.json",
        new Expect("registry", false, notAnExport("Not a recognised export: a JSON document")));
    e.put(
        "registry/us-federal-ai-use-case-inventory-2025-data-dictionary.md",
        new Expect(
            "registry",
            false,
            recs ->
                assertTrue(
                    file(recs)
                        .getFatal()
                        .endsWith(
                            ": required column 'initiative_id' is missing "
                                + "(map it with --config registry.columns)"),
                    file(recs).getFatal())));
    return e;
  }

  private static void assertQuarantinedOnly(List<Rec> recs, Set<String> reasons) {
    for (Rec q : ofKind(recs, Kinds.QUARANTINE)) {
      assertTrue(reasons.contains(q.getReason()), q.getReason() + " " + q.getDetail());
    }
  }

  /** Shows up as one skipped test (or, under CI, a failure) when the share is missing. */
  @Test
  void sharedFolderIsTheDocumentedOne() {
    assertTrue(Files.isRegularFile(SharedRealData.dir().resolve("PROVENANCE.md")));
  }

  @TestFactory
  Stream<DynamicTest> everyRealFileParsesWithValuesAndReconciles() throws IOException {
    Path dir = SharedRealData.dir();
    Map<String, Expect> expect = expectations();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    List<String> names =
        files.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    List<String> untested = new ArrayList<>(names);
    untested.removeAll(expect.keySet());
    List<String> gone = new ArrayList<>(expect.keySet());
    gone.removeAll(names);
    ParseConfig federal = federalPreset();
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(
        DynamicTest.dynamicTest(
            "every real file has expectations",
            () -> {
              assertEquals(List.of(), untested, "real files without value assertions");
              assertEquals(List.of(), gone, "expected real files that are missing");
            }));
    for (int i = 0; i < files.size(); i++) {
      Path p = files.get(i);
      Expect x = expect.get(names.get(i));
      if (x == null) {
        continue;
      }
      tests.add(
          DynamicTest.dynamicTest(
              names.get(i),
              () -> {
                ParseConfig cfg = x.federal() ? federal : ParseTesting.CONFIG;
                List<Rec> recs =
                    ParseTesting.drain(
                        FileParser.parse(
                            p.toString(),
                            x.role(),
                            Files.size(p),
                            () -> Files.newInputStream(p),
                            cfg));
                reconcile(recs);
                if (x.federal()) {
                  assertNull(file(recs).getFatal(), "no fatal error with the preset");
                  assertEquals(Formats.REGISTRY_CSV, file(recs).getFormat());
                }
                x.check().accept(recs);
              }));
    }
    return tests.stream();
  }

  /** read = accepted + quarantined; primary record numbers unique; no pre-2000 date anywhere. */
  static void reconcile(List<Rec> recs) {
    Rec f = file(recs);
    assertEquals(1, ofKind(recs, Kinds.FILE).size());
    assertEquals(Kinds.FILE, recs.get(recs.size() - 1).getKind(), "FILE comes last");
    List<Rec> primary =
        recs.stream()
            .filter(
                r ->
                    Set.of(Kinds.ISSUE, Kinds.REGISTRY, Kinds.MODEL, Kinds.QUARANTINE)
                        .contains(r.getKind()))
            .toList();
    assertEquals(f.getRecordsRead(), primary.size(), "read = accepted + quarantined");
    Set<Long> numbers = new HashSet<>();
    for (Rec r : primary) {
      if (!numbers.add(r.getRecordNumber())) {
        fail("record number " + r.getRecordNumber() + " used twice in " + f.getSourceFile());
      }
    }
    for (Rec r : recs) {
      for (Timestamp t :
          new Timestamp[] {
            r.getCreated(),
            r.getUpdated(),
            r.getResolved(),
            r.getTextAt(),
            r.getModelCreated(),
            r.getModelUpdated()
          }) {
        assertTrue(t == null || !t.before(Y2K), "pre-2000 date " + t + " in " + r.getKind());
      }
      if (r.getFields() != null) {
        for (String c : dev.lastmile.model.Cols.REGISTRY_DATE_COLUMNS) {
          String d = r.getFields().get(c);
          assertTrue(d == null || d.compareTo("2000-01-01") >= 0, c + " " + d);
        }
      }
    }
  }
}
