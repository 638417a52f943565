package dev.lastmile.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.SchemaFiles;
import dev.lastmile.model.Tables;
import dev.lastmile.testing.DemoOutput;
import dev.lastmile.testing.SparkSubmitRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole product through the real spark-submit code path on sample-data/ (the runs are {@link
 * DemoOutput#runs()}: 2026-10-01, the same date again, then 2026-07-01): verdicts with their
 * evidence, the manifest's reconciliation, snapshot replacement, and the output read back by an
 * independent Parquet reader (DuckDB).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LastmileSubmitIT {
  static DemoOutput.Runs runs;
  static Path out;
  static SparkSubmitRunner.Result first;

  @BeforeAll
  static void runDemo() {
    runs = DemoOutput.runs();
    out = runs.output();
    first = runs.first();
  }

  static String table(String t) {
    return "read_parquet('" + out.resolve(t) + "/*/*.parquet', hive_partitioning=true)";
  }

  /** The 2026-10-01 snapshot of a table (the output also holds 2026-07-01). */
  static String october(String t) {
    return "(select * from " + table(t) + " where snapshot_date = DATE '2026-10-01')";
  }

  static List<List<Object>> query(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  static long scalar(String sql) throws SQLException {
    return ((Number) query(sql).get(0).get(0)).longValue();
  }

  @Test
  @Order(1)
  void demoExitsZeroWithPhaseLinesAndWritesEveryTable() {
    assertEquals(0, first.exitCode(), first.stderr());
    for (String phase : List.of("read+parse", "verdicts", "statistics", "write", "done in")) {
      assertTrue(
          first.stderr().contains("lastmile: " + phase),
          "phase line " + phase + ": " + first.stderr());
    }
    assertFalse(first.stderr().contains(" INFO "), "quiet by default");
    for (String t :
        List.of(
            Tables.INITIATIVE_ASSESSMENT,
            Tables.CAUSE_EVIDENCE,
            Tables.FAILURE_RATE_STATS,
            Tables.QUARANTINE)) {
      assertTrue(Files.isDirectory(out.resolve(t).resolve("snapshot_date=2026-10-01")), t);
    }
    assertTrue(Files.isRegularFile(out.resolve("run-manifest.json")));
    assertFalse(Files.exists(out.resolve("_staging")), "staging is cleaned up");
  }

  @Test
  @Order(2)
  void verdictsCarryStageCauseAndQuotedEvidence() throws SQLException {
    List<List<Object>> rows =
        query(
            "select initiative_id, outcome, stall_stage, primary_cause, "
                + "reached_production, furthest_stage from "
                + october(Tables.INITIATIVE_ASSESSMENT)
                + " where initiative_id in ('AI-1014','AI-1042','AI-1004') order by 1");
    assertEquals(
        List.of(
            List.of(
                "AI-1004", "CANCELLED", "ENGINEERING", "UNCLEAR_OBJECTIVE", false, "ENGINEERING"),
            List.of(
                "AI-1014", "STALLED", "PROTOTYPE", "PRODUCTION_ARCHITECTURE", false, "PROTOTYPE"),
            List.of("AI-1042", "CANCELLED", "PROTOTYPE", "COST_FUNDING", false, "PROTOTYPE")),
        rows);
    List<List<Object>> ev =
        query(
            "select cause, source, excerpt, rule_id from "
                + october(Tables.CAUSE_EVIDENCE)
                + " where initiative_id = 'AI-1014' and source_ref = 'notes'");
    assertEquals(1, ev.size(), ev.toString());
    assertEquals("PRODUCTION_ARCHITECTURE", ev.get(0).get(0));
    assertEquals("registry_field", ev.get(0).get(1));
    assertEquals(
        "Every retrain is a manual notebook run and there is no pipeline to "
            + "operationalize it.",
        ev.get(0).get(2));
    assertTrue(((String) ev.get(0).get(3)).contains("."), "a rule id: " + ev.get(0).get(3));
    List<List<Object>> closure =
        query(
            "select cause, excerpt from "
                + october(Tables.CAUSE_EVIDENCE)
                + " where initiative_id = 'AI-1042' and source_ref = 'closure_reason'");
    assertEquals(
        List.of(
            List.of(
                "COST_FUNDING",
                "Cancelled: The inference costs of the LLM at "
                    + "full volume would exceed the savings it delivers.")),
        closure);
    String a = october(Tables.INITIATIVE_ASSESSMENT);
    assertEquals(48, scalar("select count(distinct initiative_id) from " + a));
    assertEquals(
        29,
        scalar(
            "select count(*) from "
                + a
                + " where outcome in ('STALLED','CANCELLED') and primary_cause is not null"));
    assertEquals(
        0,
        scalar(
            "select count(*) from "
                + a
                + " where outcome not in ('STALLED','CANCELLED') and (stall_stage is not null"
                + " or primary_cause is not null)"));
    List<List<Object>> overall =
        query(
            "select n, failure_rate from "
                + october(Tables.FAILURE_RATE_STATS)
                + " where dimension = 'overall'");
    assertEquals(48L, ((Number) overall.get(0).get(0)).longValue());
    assertEquals(29.0 / 48.0, ((Number) overall.get(0).get(1)).doubleValue(), 1e-12);
  }

  @Test
  @Order(3)
  void manifestReconcilesEveryInputFile() throws IOException {
    JsonNode m =
        new ObjectMapper()
            .readTree(
                out.resolve("_manifests/snapshot_date=2026-10-01/run-manifest.json").toFile());
    assertEquals("complete", m.path("status").asText());
    assertEquals("2026-10-01", m.path("snapshot_date").asText());
    assertEquals(5, m.path("inputs").size(), m.path("inputs").toString());
    long issues = 0;
    for (JsonNode in : m.path("inputs")) {
      assertTrue(in.path("sha256").asText().matches("[0-9a-f]{64}"), in.toString());
      assertEquals(
          in.path("read").asLong(),
          in.path("accepted").asLong() + in.path("quarantined").asLong(),
          in.toString());
      if (in.path("format").asText().startsWith("jira")) {
        issues += in.path("accepted").asLong();
      }
    }
    assertEquals(1500, issues, "every demo issue is linked to an initiative");
    assertEquals(48, m.path("table_rows").path(Tables.INITIATIVE_ASSESSMENT).asLong());
    assertTrue(m.path("rules_version").asText().startsWith("lifecycle-"));
    assertTrue(m.path("timings_seconds").has("total"));
  }

  @Test
  @Order(4)
  void independentReaderSeesTheSchemaFilesExactly() throws SQLException {
    for (String t :
        List.of(
            Tables.INITIATIVE_ASSESSMENT,
            Tables.CAUSE_EVIDENCE,
            Tables.FAILURE_RATE_STATS,
            Tables.QUARANTINE)) {
      Map<String, String> want = new LinkedHashMap<>();
      for (StructField f : SchemaFiles.output(t).fields()) {
        want.put(f.name(), duckType(f.dataType()));
      }
      Map<String, String> got = new LinkedHashMap<>();
      for (List<Object> r :
          query("select column_name, column_type from (describe select * from " + table(t) + ")")) {
        got.put((String) r.get(0), (String) r.get(1));
      }
      assertEquals(want, got, t);
      assertEquals(
          0,
          scalar(
              "select count(*) from parquet_schema('"
                  + out.resolve(t)
                  + "/*/*.parquet') where type = 'INT96'"),
          t + " has no INT96");
    }
  }

  static String duckType(DataType t) {
    if (t instanceof ArrayType a) {
      return duckType(a.elementType()) + "[]";
    }
    Map<DataType, String> m =
        Map.of(
            DataTypes.StringType,
            "VARCHAR",
            DataTypes.IntegerType,
            "INTEGER",
            DataTypes.LongType,
            "BIGINT",
            DataTypes.DoubleType,
            "DOUBLE",
            DataTypes.BooleanType,
            "BOOLEAN",
            DataTypes.DateType,
            "DATE",
            DataTypes.TimestampType,
            "TIMESTAMP WITH TIME ZONE");
    String d = m.get(t);
    if (d == null) {
      throw new IllegalArgumentException("no DuckDB mapping for " + t);
    }
    return d;
  }

  @Test
  @Order(5)
  void rerunReplacesOnlyItsSnapshotAndAnotherDateAddsOne() throws Exception {
    assertEquals(0, runs.rerun().exitCode(), runs.rerun().stderr());
    assertNotEquals(runs.filesAfterFirst(), runs.filesAfterRerun(), "the partition was rewritten");
    assertEquals(0, runs.previous().exitCode(), runs.previous().stderr());
    Path oct = out.resolve(Tables.INITIATIVE_ASSESSMENT).resolve("snapshot_date=2026-10-01");
    assertEquals(
        runs.filesAfterRerun(),
        DemoOutput.parquetFiles(oct),
        "the 2026-10-01 partition is untouched by another date");
    List<List<Object>> perDate =
        query(
            "select cast(snapshot_date as varchar), count(*) from "
                + table(Tables.INITIATIVE_ASSESSMENT)
                + " group by 1 order by 1");
    assertEquals(
        List.of(List.of("2026-07-01", 48L), List.of("2026-10-01", 48L)),
        perDate,
        "one copy of each snapshot");
    // AI-1044 went live on 2026-07-23: in production in October, not yet in July.
    List<List<Object>> ai1044 =
        query(
            "select cast(snapshot_date as varchar), outcome from "
                + table(Tables.INITIATIVE_ASSESSMENT)
                + " where initiative_id = 'AI-1044' order by 1");
    assertEquals("IN_PRODUCTION", ai1044.get(1).get(1));
    assertNotEquals(
        "IN_PRODUCTION", ai1044.get(0).get(1), "the July snapshot does not see the future");
    assertTrue(
        Files.isRegularFile(out.resolve("_manifests/snapshot_date=2026-07-01/run-manifest.json")));
    assertTrue(
        Files.isRegularFile(out.resolve("_manifests/snapshot_date=2026-10-01/run-manifest.json")));
  }
}
