package dev.lastmile.report;

import static dev.lastmile.testing.DemoOutput.LATEST;
import static dev.lastmile.testing.DemoOutput.PREVIOUS;
import static dev.lastmile.testing.DemoOutput.duck;
import static dev.lastmile.testing.DemoOutput.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.io.TableWriter;
import dev.lastmile.model.Cols;
import dev.lastmile.model.SchemaFiles;
import dev.lastmile.model.Tables;
import dev.lastmile.testing.DemoOutput;
import dev.lastmile.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the DuckDB queries of docs/bi.md (parsed out of the document, so the doc and this test
 * cannot drift) against the demo output and checks their values against independent queries.
 */
class BiQueriesIT {
  private static Map<String, String> queries;
  private static Path out;

  @BeforeAll
  static void parse() throws Exception {
    Path repo = Path.of(System.getProperty("lastmile.repoRoot", "..")).toAbsolutePath().normalize();
    String md = Files.readString(repo.resolve("docs/bi.md"));
    queries = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile("```sql\\n(-- duckdb: (\\w+)\\n.*?)```", Pattern.DOTALL).matcher(md);
    while (m.find()) {
      queries.put(m.group(2), m.group(1));
    }
    assertEquals(
        List.of(
            "latest_snapshot",
            "trend_by_snapshot",
            "stalled_by_stage",
            "evidence_of_one_initiative",
            "quarantine_by_reason",
            "data_quality_by_check",
            "time_in_current_stage",
            "blocked_days_by_initiative",
            "rule_stats_latest",
            "review_worklist",
            "override_agreement"),
        new ArrayList<>(queries.keySet()),
        "DuckDB queries in docs/bi.md");
    out = DemoOutput.twoSnapshots();
  }

  private static List<Map<String, Object>> run(String name, Path output) {
    String sql =
        queries
            .get(name)
            .replace("'lastmile-output/", "'" + output.toString().replace("'", "''") + "/");
    return duck(sql);
  }

  private static long n(Object o) {
    return ((Number) o).longValue();
  }

  @Test
  void latestSnapshotIsTheNewestOverallRow() {
    List<Map<String, Object>> r = run("latest_snapshot", out);
    assertEquals(1, r.size());
    Map<String, Object> a =
        duck("SELECT count(*) AS n, count(*) FILTER (WHERE outcome IN"
                + " ('STALLED','CANCELLED')) AS failed, count(*) FILTER (WHERE outcome = 'ACTIVE') "
                + "AS active"
                + " FROM "
                + table(out, "initiative_assessment")
                + " WHERE snapshot_date = DATE '"
                + LATEST
                + "'")
            .get(0);
    assertEquals(LATEST, String.valueOf(r.get(0).get("snapshot_date")));
    assertEquals(n(a.get("n")), n(r.get(0).get("n")));
    assertEquals(n(a.get("failed")), n(r.get(0).get("failed")));
    assertEquals(n(a.get("active")), n(r.get(0).get("active")));
    double rate = Math.round(10000.0 * n(a.get("failed")) / n(a.get("n"))) / 10000.0;
    assertEquals(rate, ((Number) r.get(0).get("failure_rate")).doubleValue(), 1e-12);
  }

  @Test
  void trendHasOneRowPerSnapshotWithTheChange() {
    List<Map<String, Object>> r = run("trend_by_snapshot", out);
    assertEquals(
        List.of(PREVIOUS, LATEST),
        r.stream().map(x -> String.valueOf(x.get("snapshot_date"))).toList());
    Map<String, Object> f =
        duck("SELECT count(*) FILTER (WHERE snapshot_date = DATE '"
                + PREVIOUS
                + "') AS before, count(*) FILTER (WHERE snapshot_date = DATE '"
                + LATEST
                + "') AS now FROM "
                + table(out, "initiative_assessment")
                + " WHERE outcome IN ('STALLED','CANCELLED')")
            .get(0);
    assertEquals(n(f.get("before")), n(r.get(0).get("failed")));
    assertEquals(n(f.get("now")), n(r.get(1).get("failed")));
    assertEquals(null, r.get(0).get("failed_change"));
    assertEquals(n(f.get("now")) - n(f.get("before")), n(r.get(1).get("failed_change")));
  }

  @Test
  void stalledByStageIsInStageOrderAndAddsUp() {
    List<Map<String, Object>> r = run("stalled_by_stage", out);
    List<String> order =
        List.of("DISCOVERY", "STRATEGY", "PROTOTYPE", "ENGINEERING", "DEPLOYMENT", "OPERATION");
    int last = -1;
    long failed = 0;
    for (Map<String, Object> x : r) {
      int i = order.indexOf(String.valueOf(x.get("stall_stage")));
      assertTrue(i > last, "stage order: " + r);
      last = i;
      assertEquals(n(x.get("stalled")) + n(x.get("cancelled")), n(x.get("failed")));
      failed += n(x.get("failed"));
    }
    for (Map<String, Object> s :
        duck(
            "SELECT stalled, cancelled FROM "
                + table(out, "failure_rate_stats")
                + " WHERE dimension = 'stall_stage' AND dimension_value"
                + " = 'PROTOTYPE' AND snapshot_date = DATE '"
                + LATEST
                + "'")) {
      Map<String, Object> proto =
          r.stream()
              .filter(x -> "PROTOTYPE".equals(x.get("stall_stage")))
              .findFirst()
              .orElseThrow();
      assertEquals(n(s.get("stalled")), n(proto.get("stalled")));
      assertEquals(n(s.get("cancelled")), n(proto.get("cancelled")));
    }
    assertEquals(n(run("latest_snapshot", out).get(0).get("failed")), failed);
  }

  @Test
  void evidenceOfOneInitiativeIsStrongestFirst() {
    List<Map<String, Object>> r = run("evidence_of_one_initiative", out);
    Map<String, Object> want =
        duck("SELECT count(*) AS k, max(weight) AS w FROM "
                + table(out, "cause_evidence")
                + " WHERE initiative_id = 'AI-1004' AND snapshot_date = DATE '"
                + LATEST
                + "'")
            .get(0);
    assertEquals(n(want.get("k")), r.size());
    assertTrue(r.size() >= 2, "the demo has several evidence rows for AI-1004");
    assertEquals(
        Math.round(((Number) want.get("w")).doubleValue() * 1000) / 1000.0,
        ((Number) r.get(0).get("weight")).doubleValue(),
        1e-12);
    for (int i = 1; i < r.size(); i++) {
      assertTrue(
          ((Number) r.get(i - 1).get("weight")).doubleValue()
              >= ((Number) r.get(i).get("weight")).doubleValue(),
          "by weight: " + r);
    }
    r.forEach(x -> assertEquals("AI-1004", x.get("initiative_id")));
    r.forEach(x -> assertTrue(String.valueOf(x.get("excerpt")).length() > 10, "excerpt: " + x));
  }

  @Test
  void quarantineByReasonCountsTheLatestSnapshotOnly() throws Exception {
    // The demo input is clean (no quarantine rows), so write a quarantine table with known rows
    // in two snapshots, through the product's own writer schema.
    Path q = Files.createTempDirectory("lastmile-bi-quarantine-");
    var spark = SharedSpark.spark();
    StructType s =
        StructType.fromDDL(
            "source_file STRING, record_number BIGINT, reason STRING,"
                + " detail STRING, raw STRING, raw_length INT");
    List<Row> latest =
        List.of(
            RowFactory.create("registry.csv", 7L, "BAD_DATE", "start_date 'TBD'", "x", 1),
            RowFactory.create("registry.csv", 3L, "BAD_DATE", "closed_date '2024-02-30'", "x", 1),
            RowFactory.create("registry.csv", 9L, "BAD_DATE", "start_date '#VALUE!'", "x", 1),
            RowFactory.create("jira.csv", 12L, "MALFORMED_CSV", "quote never closes", "x", 1));
    List<Row> older = List.of(RowFactory.create("old.csv", 1L, "DUPLICATE_ID", "dup", "x", 1));
    for (Object[] snap : new Object[][] {{LATEST, latest}, {PREVIOUS, older}}) {
      @SuppressWarnings("unchecked")
      List<Row> rows = (List<Row>) snap[1];
      TableWriter.conform(Tables.QUARANTINE, spark.createDataFrame(rows, s))
          .withColumn(
              Cols.SNAPSHOT_DATE,
              org.apache.spark.sql.functions.lit(
                  java.sql.Date.valueOf(LocalDate.parse((String) snap[0]))))
          .write()
          .mode(SaveMode.Append)
          .partitionBy(Cols.SNAPSHOT_DATE)
          .parquet(q.resolve(Tables.QUARANTINE).toString());
    }
    List<Map<String, Object>> r = run("quarantine_by_reason", q);
    assertEquals(2, r.size(), String.valueOf(r));
    assertEquals("BAD_DATE", r.get(0).get("reason"));
    assertEquals("registry.csv", r.get(0).get("source_file"));
    assertEquals(3L, n(r.get(0).get("records")));
    assertEquals(3L, n(r.get(0).get("first_record")));
    assertEquals("MALFORMED_CSV", r.get(1).get("reason"));
    assertEquals(1L, n(r.get(1).get("records")));
    // and on the demo output it agrees with a plain count
    long demo =
        n(
            duck("SELECT count(*) AS k FROM "
                    + table(out, "quarantine")
                    + " WHERE snapshot_date = DATE '"
                    + LATEST
                    + "'")
                .get(0)
                .get("k"));
    assertEquals(
        demo, run("quarantine_by_reason", out).stream().mapToLong(x -> n(x.get("records"))).sum());
  }

  @Test
  void dataQualityByCheckAddsUpToTheTable() {
    List<Map<String, Object>> r = run("data_quality_by_check", out);
    long total =
        n(
            duck("SELECT count(*) AS k FROM "
                    + table(out, "data_quality")
                    + " WHERE snapshot_date = DATE '"
                    + LATEST
                    + "'")
                .get(0)
                .get("k"));
    assertTrue(total > 0);
    assertEquals(total, r.stream().mapToLong(x -> n(x.get("initiatives"))).sum());
    List<String> sev = List.of("ERROR", "WARNING", "INFO");
    for (int i = 1; i < r.size(); i++) {
      assertTrue(
          sev.indexOf(r.get(i - 1).get("severity")) <= sev.indexOf(r.get(i).get("severity")),
          "severity order: " + r);
    }
  }

  @Test
  void timeInCurrentStageIsTheOpenSpellOfEachFailedInitiative() {
    List<Map<String, Object>> r = run("time_in_current_stage", out);
    List<Map<String, Object>> want =
        duck(
            "SELECT a.initiative_id, datediff('day',"
                + " CAST(h.entered_at AS DATE), DATE '"
                + LATEST
                + "') AS d FROM "
                + table(out, "initiative_assessment")
                + " a JOIN "
                + table(out, "stage_history")
                + " h"
                + " ON h.initiative_id = a.initiative_id AND h.snapshot_date = a.snapshot_date"
                + " WHERE a.snapshot_date = DATE '"
                + LATEST
                + "' AND h.left_at IS NULL"
                + " AND a.outcome IN ('STALLED', 'CANCELLED') ORDER BY d DESC, a.initiative_id");
    assertTrue(!r.isEmpty(), "the demo's failed initiatives have dated stage evidence");
    assertEquals(want.size(), r.size());
    for (int i = 0; i < r.size(); i++) {
      assertEquals(want.get(i).get("initiative_id"), r.get(i).get("initiative_id"));
      assertEquals(
          n(want.get(i).get("d")),
          n(r.get(i).get("days_in_stage")),
          "days counted to the snapshot: " + r.get(i));
    }
  }

  @Test
  void blockedDaysAddUpToTheSpells() {
    List<Map<String, Object>> r = run("blocked_days_by_initiative", out);
    Map<String, Object> all =
        duck("SELECT count(*) AS k, coalesce(sum(days), 0) AS d FROM "
                + table(out, "blocked_spells")
                + " WHERE snapshot_date = DATE '"
                + LATEST
                + "'")
            .get(0);
    assertEquals(n(all.get("k")), r.stream().mapToLong(x -> n(x.get("spells"))).sum());
    assertEquals(n(all.get("d")), r.stream().mapToLong(x -> n(x.get("blocked_days"))).sum());
  }

  @Test
  void ruleStatsAgreeWithTheEvidenceTable() {
    List<Map<String, Object>> r = run("rule_stats_latest", out);
    assertTrue(!r.isEmpty(), "the demo's rules fire");
    for (Map<String, Object> x : r.subList(0, Math.min(3, r.size()))) {
      Map<String, Object> e =
          duck("SELECT count(DISTINCT initiative_id) AS i FROM "
                  + table(out, "cause_evidence")
                  + " WHERE snapshot_date = DATE '"
                  + LATEST
                  + "' AND rule_id = '"
                  + x.get("rule_id")
                  + "'")
              .get(0);
      assertEquals(n(e.get("i")), n(x.get("initiatives")), "rule " + x.get("rule_id"));
      assertTrue(n(x.get("primary_initiatives")) <= n(x.get("initiatives")));
    }
  }

  @Test
  void reviewWorklistHoldsTheUndecidedWeakVerdicts() {
    List<Map<String, Object>> r = run("review_worklist", out);
    long want =
        n(
            duck("SELECT count(*) AS k FROM "
                    + table(out, "initiative_assessment")
                    + " WHERE snapshot_date = DATE '"
                    + LATEST
                    + "' AND outcome IN ('STALLED','CANCELLED')"
                    + " AND verdict_source = 'rules' AND (primary_cause = 'UNKNOWN' OR confidence <"
                    + " 0.5)")
                .get(0)
                .get("k"));
    assertEquals(want, r.stream().map(x -> x.get("initiative_id")).distinct().count());
    assertTrue(want > 0, "the demo has weak verdicts to review");
    // no --overrides in the demo: nothing to agree with
    assertEquals(List.of(), run("override_agreement", out));
  }

  @Test
  void dbtSourcesDeclareEveryTableAndColumnAndReadTheOutput() throws Exception {
    Path repo = Path.of(System.getProperty("lastmile.repoRoot", "..")).toAbsolutePath().normalize();
    String yml = Files.readString(repo.resolve("bi/dbt/models/sources.yml"));
    Matcher loc = Pattern.compile("external_location: \"(.*)\"").matcher(yml);
    assertTrue(loc.find(), "sources.yml has an external_location");
    assertTrue(yml.contains("loaded_at_field: snapshot_date"), "freshness on snapshot_date");
    Map<String, List<String>> declared = new LinkedHashMap<>();
    String current = null;
    for (String line : yml.split("\n")) {
      Matcher t = Pattern.compile("^      - name: (\\w+)$").matcher(line);
      Matcher c = Pattern.compile("^          - name: (\\w+)$").matcher(line);
      if (t.find()) {
        current = t.group(1);
        declared.put(current, new ArrayList<>());
      } else if (c.find()) {
        declared.get(current).add(c.group(1));
      }
    }
    List<String> files;
    try (var st = Files.list(repo.resolve("schemas/outputs"))) {
      files = st.map(p -> p.getFileName().toString().replace(".ddl", "")).sorted().toList();
    }
    assertEquals(files, new ArrayList<>(declared.keySet()), "one source per output table");
    for (String table : files) {
      List<String> ddl = List.of(SchemaFiles.output(table).fieldNames());
      assertEquals(ddl, declared.get(table), table + " columns");
      String from =
          loc.group(1)
              .replace(
                  "{{ env_var('LASTMILE_OUTPUT', 'lastmile-output') }}",
                  out.toString().replace("'", "''"))
              .replace("{name}", table);
      List<String> read =
          duck("DESCRIBE SELECT * FROM " + from).stream()
              .map(x -> String.valueOf(x.get("column_name")))
              .toList();
      assertEquals(
          new java.util.HashSet<>(ddl),
          new java.util.HashSet<>(read),
          table + " read through the dbt source has the DDL's columns");
    }
  }
}
