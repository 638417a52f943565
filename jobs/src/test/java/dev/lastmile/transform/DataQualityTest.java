package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.io.TableWriter;
import dev.lastmile.model.Cols;
import dev.lastmile.model.DataQualityCheck;
import dev.lastmile.model.SchemaFiles;
import dev.lastmile.model.Tables;
import dev.lastmile.testing.SharedSpark;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Table-driven: each registry row is built to trip specific checks (and a clean row to trip none);
 * the test asserts the exact set of (initiative, check) pairs and the detail text.
 */
class DataQualityTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);

  /** id, registry overrides, assessment (outcome, reached, evidence, last activity, days). */
  private record Case(
      String id, Map<String, Object> registry, Object[] assessment, List<String> expectedChecks) {}

  private static final List<Case> CASES =
      List.of(
          new Case(
              "OK1",
              kv(
                  Cols.STATUS,
                  "live",
                  Cols.PRODUCTION_DATE,
                  d("2025-06-01"),
                  Cols.MODEL_NAMES,
                  "m-ok",
                  Cols.TARGET_PRODUCTION_DATE,
                  d("2025-05-01")),
              assess("IN_PRODUCTION", true, "registry production_date"),
              List.of()),
          new Case(
              "P1",
              kv(Cols.STATUS, "In Production"),
              assess("IN_PRODUCTION", true, "status"),
              List.of("PRODUCTION_STATUS_WITHOUT_DATE")),
          new Case(
              "P2",
              kv(
                  Cols.STATUS,
                  "live",
                  Cols.PRODUCTION_DATE,
                  d("2025-03-01"),
                  Cols.MODEL_NAMES,
                  "m-p2"),
              assess("IN_PRODUCTION", true, "registry production_date"),
              List.of("PRODUCTION_DATE_WITHOUT_MODEL")),
          new Case(
              "P3",
              kv(Cols.MODEL_NAMES, "m-ok; m-ghost"),
              assess("ACTIVE", false, null),
              List.of("LISTED_MODEL_NOT_IN_EXPORT")),
          new Case(
              "P4",
              kv(),
              assess("IN_PRODUCTION", true, "jira status Live (P4-1)"),
              List.of("PRODUCTION_EVIDENCE_NOT_IN_REGISTRY")),
          new Case(
              "C1",
              kv(Cols.STATUS, "cancelled", Cols.CLOSED_DATE, d("2025-05-12")),
              assess("CANCELLED", false, null),
              List.of("CLOSED_WITHOUT_REASON", "ACTIVITY_AFTER_CLOSED")),
          new Case(
              "N1",
              kv(
                  Cols.SPONSOR,
                  null,
                  Cols.OWNER,
                  "  ",
                  Cols.SUCCESS_KPI,
                  "",
                  Cols.JIRA_KEYS,
                  "NOPE"),
              assess("ACTIVE", false, null),
              List.of(
                  "MISSING_SPONSOR", "MISSING_OWNER", "MISSING_SUCCESS_KPI", "NO_LINKED_ISSUES")),
          new Case(
              "T1",
              kv(Cols.STATUS, "ongoing", Cols.TARGET_PRODUCTION_DATE, d("2026-02-04")),
              new Object[] {"STALLED", false, null, d("2026-03-01"), 214, 90},
              List.of("TARGET_DATE_PASSED", "REGISTRY_ACTIVE_BUT_STALLED")),
          new Case(
              "T2",
              kv(
                  Cols.STATUS,
                  "on hold",
                  Cols.TARGET_PRODUCTION_DATE,
                  d("2026-02-04"),
                  Cols.CLOSED_DATE,
                  null),
              new Object[] {"STALLED", false, null, d("2026-03-01"), 214, 90},
              List.of("TARGET_DATE_PASSED")),
          new Case(
              "B1",
              kv(Cols.BUDGET_PLANNED, 2_000_000.0, Cols.BUDGET_SPENT, 2_400_000.0),
              assess("ACTIVE", false, null),
              List.of("BUDGET_OVERRUN")),
          new Case(
              "B2",
              kv(Cols.BUDGET_PLANNED, null, Cols.BUDGET_SPENT, 50_000.0, Cols.CURRENCY, null),
              assess("ACTIVE", false, null),
              List.of("BUDGET_SPENT_WITHOUT_PLAN")),
          new Case(
              "K1",
              kv(Cols.KPI_BASELINE, ""),
              assess("ACTIVE", false, null),
              List.of("KPI_WITHOUT_BASELINE_OR_TARGET")),
          new Case(
              "D1",
              kv(Cols.STATUS, "live", Cols.PRODUCTION_DATE, d("2024-12-01")),
              assess("IN_PRODUCTION", true, "registry production_date"),
              List.of("DATES_OUT_OF_ORDER")),
          new Case(
              "D2",
              kv(
                  Cols.STATUS,
                  "cancelled",
                  Cols.CLOSED_DATE,
                  d("2026-12-01"),
                  Cols.CLOSURE_REASON,
                  "Funding cut."),
              assess("CANCELLED", false, null),
              List.of("DATE_AFTER_SNAPSHOT")),
          new Case(
              "S1",
              kv(Cols.START_DATE, null),
              assess("ACTIVE", false, null),
              List.of("MISSING_START_DATE")));

  private static final Map<String, String> EXPECTED_DETAIL =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry(
                  "P1/PRODUCTION_STATUS_WITHOUT_DATE",
                  "status 'In Production', production_date empty"),
              Map.entry(
                  "P2/PRODUCTION_DATE_WITHOUT_MODEL",
                  "production_date 2025-03-01; model_names 'm-p2': 1 version(s) in the export, none"
                      + " in"
                      + " Production"),
              Map.entry(
                  "P3/LISTED_MODEL_NOT_IN_EXPORT",
                  "model 'm-ghost' has no version in the model-registry export"),
              Map.entry(
                  "P4/PRODUCTION_EVIDENCE_NOT_IN_REGISTRY",
                  "status 'active', production_date empty; production shown by jira status Live (P4"
                      + "-1)"),
              Map.entry(
                  "C1/CLOSED_WITHOUT_REASON",
                  "status 'cancelled', closed_date 2025-05-12, closure_reason empty"),
              Map.entry(
                  "C1/ACTIVITY_AFTER_CLOSED",
                  "2 Jira event(s) after closed_date 2025-05-12; latest 2025-07-01 C1-2 status Bloc"
                      + "ked"
                      + " -> In Progress"),
              Map.entry("N1/NO_LINKED_ISSUES", "jira_keys 'NOPE' match no exported issue"),
              Map.entry(
                  "T1/TARGET_DATE_PASSED",
                  "target_production_date 2026-02-04 passed 239 days before the snapshot; outcome"
                      + " STALLED"),
              Map.entry(
                  "T1/REGISTRY_ACTIVE_BUT_STALLED",
                  "status 'ongoing' but last activity 2026-03-01 (214 days; window 90)"),
              Map.entry("B1/BUDGET_OVERRUN", "spent 2,400,000 EUR of 2,000,000 planned (120%)"),
              Map.entry("B2/BUDGET_SPENT_WITHOUT_PLAN", "spent 50,000, budget_planned empty"),
              Map.entry(
                  "K1/KPI_WITHOUT_BASELINE_OR_TARGET",
                  "success_kpi 'Loss rate': kpi_baseline empty"),
              Map.entry(
                  "D1/DATES_OUT_OF_ORDER",
                  "start_date 2025-01-01 is after production_date 2024-12-01"),
              Map.entry(
                  "D2/DATE_AFTER_SNAPSHOT", "closed_date 2026-12-01 after snapshot 2026-10-01"),
              Map.entry("S1/MISSING_START_DATE", "start_date empty")));

  private static List<Row> rows;

  @BeforeAll
  static void run() {
    List<Row> registry = new ArrayList<>();
    List<Row> assessment = new ArrayList<>();
    List<Row> issues = new ArrayList<>();
    for (Case c : CASES) {
      registry.add(registryRow(c.id(), c.registry()));
      Object[] a = c.assessment();
      assessment.add(RowFactory.create(c.id(), a[0], a[1], a[2], a[3], a[4], a[5]));
      if (!c.id().equals("N1")) {
        issues.add(RowFactory.create(c.id(), c.id() + "-1", ts("2025-01-10"), null));
      }
    }
    // C1: one issue created after closure, one human status change later still, one bot change.
    issues.add(RowFactory.create("C1", "C1-2", ts("2025-06-01"), null));
    var spark = SharedSpark.spark();
    StructType historySchema =
        StructType.fromDDL(
            "initiative_id STRING, issue_key STRING,"
                + " changed_at TIMESTAMP, author STRING, from_status STRING, to_status STRING");
    List<Row> history =
        List.of(
            RowFactory.create("C1", "C1-1", ts("2025-04-01"), "ann", "To Do", "Blocked"),
            RowFactory.create("C1", "C1-2", ts("2025-07-01"), "ann", "Blocked", "In Progress"),
            RowFactory.create(
                "C1", "C1-2", ts("2025-08-01"), "jira-automation", "In Progress", "Done"));
    StructType modelSchema =
        StructType.fromDDL(
            "initiative_id STRING, model_name STRING,"
                + " model_version STRING, model_stage STRING, aliases ARRAY<STRING>");
    List<Row> models =
        List.of(
            RowFactory.create("OK1", "m-ok", "3", "Production", List.of()),
            RowFactory.create("P2", "m-p2", "1", "Staging", List.of()));
    StructType assessmentSchema =
        StructType.fromDDL(
            "initiative_id STRING, outcome STRING,"
                + " reached_production BOOLEAN, production_evidence STRING, last_activity_date DATE"
                + ","
                + " days_since_activity INT, stall_window_days INT");
    StructType issueSchema =
        StructType.fromDDL(
            "initiative_id STRING, issue_key STRING," + " created TIMESTAMP, resolved TIMESTAMP");
    Dataset<Row> findings =
        DataQuality.findings(
            spark.createDataFrame(registry, registrySchema()),
            spark.createDataFrame(issues, issueSchema),
            spark.createDataFrame(history, historySchema),
            spark.createDataFrame(models, modelSchema),
            spark.createDataFrame(assessment, assessmentSchema),
            AS_OF);
    // conform() fails when a column of the schema file is missing.
    rows = TableWriter.conform(Tables.DATA_QUALITY, findings).collectAsList();
  }

  @Test
  void eachCaseTripsExactlyItsChecks() {
    Map<String, Set<String>> actual = new TreeMap<>();
    for (Row r : rows) {
      actual
          .computeIfAbsent(r.getAs(Cols.INITIATIVE_ID), k -> new TreeSet<>())
          .add(r.getAs(Cols.CHECK_ID));
    }
    for (Case c : CASES) {
      assertEquals(
          new TreeSet<>(c.expectedChecks()),
          actual.getOrDefault(c.id(), new TreeSet<>()),
          "checks of " + c.id());
    }
    assertEquals(
        CASES.stream().mapToInt(c -> c.expectedChecks().size()).sum(),
        rows.size(),
        "one row per finding");
  }

  @Test
  void detailsNameTheValues() {
    Map<String, String> actual = new TreeMap<>();
    for (Row r : rows) {
      actual.put(r.getAs(Cols.INITIATIVE_ID) + "/" + r.getAs(Cols.CHECK_ID), r.getAs(Cols.DETAIL));
    }
    EXPECTED_DETAIL.forEach((k, v) -> assertEquals(v, actual.get(k), k));
  }

  @Test
  void rowsCarrySeverityFindingWhoAndWhere() {
    Row late = only("C1", "ACTIVITY_AFTER_CLOSED");
    assertEquals("WARNING", late.getAs(Cols.SEVERITY));
    assertEquals(DataQualityCheck.ACTIVITY_AFTER_CLOSED.finding(), late.getAs(Cols.FINDING));
    assertEquals("status_history", late.getAs(Cols.SOURCE));
    assertEquals("C1-2", late.getAs(Cols.SOURCE_REF));
    assertEquals(d("2025-07-01"), late.getAs(Cols.EVIDENCE_DATE));
    assertEquals("Name C1", late.getAs(Cols.NAME));
    assertEquals("Bob Owner", late.getAs(Cols.OWNER));
    assertEquals("Claims", late.getAs(Cols.BUSINESS_UNIT));
    Row p1 = only("P1", "PRODUCTION_STATUS_WITHOUT_DATE");
    assertEquals("ERROR", p1.getAs(Cols.SEVERITY));
    assertEquals("registry_field", p1.getAs(Cols.SOURCE));
    assertEquals("status, production_date", p1.getAs(Cols.SOURCE_REF));
    assertNull(p1.getAs(Cols.EVIDENCE_DATE));
    Row t1 = only("T1", "TARGET_DATE_PASSED");
    assertEquals(d("2026-02-04"), t1.getAs(Cols.EVIDENCE_DATE));
    Row p3 = only("P3", "LISTED_MODEL_NOT_IN_EXPORT");
    assertEquals("model_registry", p3.getAs(Cols.SOURCE));
    assertEquals("m-ghost", p3.getAs(Cols.SOURCE_REF));
  }

  @Test
  void noModelExportMeansNoMissingModelFindings() {
    var spark = SharedSpark.spark();
    StructType modelSchema =
        StructType.fromDDL(
            "initiative_id STRING, model_name STRING,"
                + " model_version STRING, model_stage STRING, aliases ARRAY<STRING>");
    Dataset<Row> reg =
        spark.createDataFrame(
            List.of(registryRow("M1", kv(Cols.MODEL_NAMES, "m-x"))), registrySchema());
    List<Row> out =
        DataQuality.findings(
                reg,
                spark.createDataFrame(
                    List.of(RowFactory.create("M1", "M1-1", ts("2025-02-01"), null)),
                    StructType.fromDDL(
                        "initiative_id STRING, issue_key STRING, created TIMESTAMP,"
                            + " resolved TIMESTAMP")),
                spark.createDataFrame(
                    List.of(),
                    StructType.fromDDL(
                        "initiative_id STRING,"
                            + " issue_key STRING, changed_at TIMESTAMP, from_status STRING,"
                            + " to_status STRING")),
                spark.createDataFrame(List.of(), modelSchema),
                spark.createDataFrame(
                    List.of(RowFactory.create("M1", "ACTIVE", false, null, null, null, null)),
                    StructType.fromDDL(
                        "initiative_id STRING, outcome STRING,"
                            + " reached_production BOOLEAN, production_evidence STRING,"
                            + " last_activity_date DATE, days_since_activity INT, stall_window_days"
                            + " INT")),
                AS_OF)
            .collectAsList();
    assertEquals(List.of(), out, "a registry with model_names but no export at all");
  }

  @Test
  void schemaFileTaxonomyAndConstantsAgree() throws Exception {
    Set<String> constants = new HashSet<>();
    for (Field f : Cols.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        constants.add((String) f.get(null));
      }
    }
    StructType schema = SchemaFiles.output(Tables.DATA_QUALITY);
    for (StructField f : schema.fields()) {
      assertTrue(constants.contains(f.name()), f.name() + " has no Cols constant");
      assertTrue(f.getComment().isDefined(), f.name() + " has no COMMENT");
    }
    assertEquals(Cols.SNAPSHOT_DATE, schema.fieldNames()[schema.fieldNames().length - 1]);
    JsonNode tax =
        new ObjectMapper().readTree(SchemaFiles.read("schemas/taxonomy/data_quality_checks.json"));
    Map<String, List<String>> fromJson = new LinkedHashMap<>();
    for (JsonNode c : tax.get("codes")) {
      fromJson.put(
          c.get("code").asText(), List.of(c.get("severity").asText(), c.get("finding").asText()));
    }
    Map<String, List<String>> fromEnum = new LinkedHashMap<>();
    for (DataQualityCheck c : DataQualityCheck.values()) {
      fromEnum.put(c.code(), List.of(c.severity().name(), c.finding()));
    }
    assertEquals(fromEnum, fromJson, "schemas/taxonomy/data_quality_checks.json vs the enum");
  }

  private static Row only(String id, String check) {
    List<Row> hits =
        rows.stream()
            .filter(
                r -> id.equals(r.getAs(Cols.INITIATIVE_ID)) && check.equals(r.getAs(Cols.CHECK_ID)))
            .toList();
    assertEquals(1, hits.size(), id + "/" + check);
    return hits.get(0);
  }

  private static StructType registrySchema() {
    StructType s = new StructType();
    List<String> dates = Arrays.asList(Cols.REGISTRY_DATE_COLUMNS);
    List<String> numbers = Arrays.asList(Cols.REGISTRY_NUMBER_COLUMNS);
    for (String c : Cols.REGISTRY_COLUMNS) {
      s =
          s.add(
              c,
              dates.contains(c)
                  ? DataTypes.DateType
                  : numbers.contains(c) ? DataTypes.DoubleType : DataTypes.StringType);
    }
    return s;
  }

  /** A complete, consistent registry row (no findings) with the given overrides. */
  private static Row registryRow(String id, Map<String, Object> overrides) {
    Map<String, Object> v = new HashMap<>();
    v.put(Cols.INITIATIVE_ID, id);
    v.put(Cols.NAME, "Name " + id);
    v.put(Cols.BUSINESS_UNIT, "Claims");
    v.put(Cols.SPONSOR, "Ann Sponsor");
    v.put(Cols.OWNER, "Bob Owner");
    v.put(Cols.STATUS, "active");
    v.put(Cols.START_DATE, d("2025-01-01"));
    v.put(Cols.TARGET_PRODUCTION_DATE, d("2027-01-01"));
    v.put(Cols.BUDGET_PLANNED, 100.0);
    v.put(Cols.BUDGET_SPENT, 90.0);
    v.put(Cols.CURRENCY, "EUR");
    v.put(Cols.SUCCESS_KPI, "Loss rate");
    v.put(Cols.KPI_BASELINE, "5%");
    v.put(Cols.KPI_TARGET, "3%");
    v.put(Cols.JIRA_KEYS, id);
    v.putAll(overrides);
    Object[] values = new Object[Cols.REGISTRY_COLUMNS.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = v.get(Cols.REGISTRY_COLUMNS[i]);
    }
    return RowFactory.create(values);
  }

  private static Map<String, Object> kv(Object... pairs) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static Object[] assess(String outcome, boolean reached, String evidence) {
    return new Object[] {outcome, reached, evidence, d("2026-09-01"), 30, 90};
  }

  private static Date d(String iso) {
    return Date.valueOf(iso);
  }

  private static Timestamp ts(String iso) {
    return Timestamp.valueOf(iso + " 12:00:00");
  }

  /**
   * Statuses, issue types and registry stages that place no stage are listed once each, with how
   * many issues (or initiatives) carry them and an example, so a user can map them.
   */
  @Test
  void unplacedNamesAreListedWithCountAndExample() {
    var spark = SharedSpark.spark();
    List<Row> registry =
        List.of(
            registryRow("U1", kv(Cols.REGISTRY_STAGE, "Scaling")),
            registryRow("U2", kv(Cols.REGISTRY_STAGE, "Pilot")),
            registryRow("U3", kv(Cols.REGISTRY_STAGE, "scaling ")));
    StructType issueSchema =
        StructType.fromDDL(
            "initiative_id STRING, issue_key STRING,"
                + " issue_type STRING, issue_status STRING, created TIMESTAMP, resolved TIMESTAMP");
    List<Row> issues =
        List.of(
            RowFactory.create("U1", "U1-1", "Story", "Review", ts("2025-01-10"), null),
            RowFactory.create(
                "U1", "U1-2", "Test Execution", "In Development", ts("2025-01-10"), null),
            RowFactory.create("U2", "U2-1", "故事", "已完成", ts("2025-01-10"), null),
            RowFactory.create("U3", "U3-1", "故事", "Ready", ts("2025-01-10"), null),
            RowFactory.create("U3", "U3-2", "Task", "À faire", ts("2025-01-10"), null));
    StructType historySchema =
        StructType.fromDDL(
            "initiative_id STRING, issue_key STRING,"
                + " changed_at TIMESTAMP, author STRING, from_status STRING, to_status STRING");
    List<Row> history =
        List.of(
            RowFactory.create("U3", "U3-1", ts("2025-02-01"), "ann", "Ready", "Review"),
            RowFactory.create("U3", "U3-1", ts("2025-03-01"), "ann", "Review", "à tester"),
            // a not-started status names no stage by design: never reported as unplaced
            RowFactory.create(
                "U3", "U3-2", ts("2025-03-01"), "ann", "À faire", "Selected for Development"));
    StructType modelSchema =
        StructType.fromDDL(
            "initiative_id STRING, model_name STRING,"
                + " model_version STRING, model_stage STRING, aliases ARRAY<STRING>");
    StructType assessmentSchema =
        StructType.fromDDL(
            "initiative_id STRING, outcome STRING,"
                + " reached_production BOOLEAN, production_evidence STRING, last_activity_date DATE"
                + ","
                + " days_since_activity INT, stall_window_days INT");
    List<Row> assessment =
        List.of(
            RowFactory.create("U1", "ACTIVE", false, null, null, 1, 90),
            RowFactory.create("U2", "ACTIVE", false, null, null, 1, 90),
            RowFactory.create("U3", "ACTIVE", false, null, null, 1, 90));
    Dataset<Row> findings =
        DataQuality.findings(
                spark.createDataFrame(registry, registrySchema()),
                spark.createDataFrame(issues, issueSchema),
                spark.createDataFrame(history, historySchema),
                spark.createDataFrame(List.of(), modelSchema),
                spark.createDataFrame(assessment, assessmentSchema),
                AS_OF)
            .filter(org.apache.spark.sql.functions.col(Cols.CHECK_ID).startsWith("UNPLACED_"));
    Map<String, String> got = new TreeMap<>();
    for (Row r : findings.collectAsList()) {
      got.put(
          r.getAs(Cols.CHECK_ID) + " " + r.getAs(Cols.SOURCE_REF),
          r.getAs(Cols.INITIATIVE_ID)
              + " "
              + r.getAs(Cols.SEVERITY)
              + " "
              + r.getAs(Cols.SOURCE)
              + ": "
              + r.getAs(Cols.DETAIL));
    }
    String how = "; map it in --config stage_vocabulary (docs/stages.md)";
    assertEquals(
        new TreeMap<>(
            Map.of(
                "UNPLACED_STATUS U1-1",
                    "U1 INFO jira_issue: status 'Review' names no stage:"
                        + " 2 issue(s), e.g. U1-1"
                        + how,
                "UNPLACED_STATUS U2-1",
                    "U2 INFO jira_issue: status '已完成' names no stage:"
                        + " 1 issue(s), e.g. U2-1"
                        + how,
                "UNPLACED_STATUS U3-1",
                    "U3 INFO jira_issue: status 'Ready' names no stage:"
                        + " 1 issue(s), e.g. U3-1"
                        + how,
                "UNPLACED_ISSUE_TYPE U2-1",
                    "U2 INFO jira_issue: issue type '故事' names no stage:"
                        + " 2 issue(s), e.g. U2-1"
                        + how,
                "UNPLACED_REGISTRY_STAGE U1",
                    "U1 INFO registry_field: registry_stage 'Scaling' names"
                        + " no stage: 2 initiative(s), e.g. U1"
                        + how)),
        got);
  }
}
