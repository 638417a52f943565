package dev.lastmile.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.model.SchemaFiles;
import dev.lastmile.model.Tables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Exit codes and one-line errors of {@code lastmile report}; escaping in the rendered page. */
class ReportMainTest {
  private record Run(int rc, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc =
        new ReportMain(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(args);
    return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String last(String stderr) {
    List<String> lines = stderr.lines().toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  @Test
  void usageErrorsExitTwo() {
    Run r = run("--bogus");
    assertEquals(2, r.rc());
    assertEquals(
        List.of(
            "Run 'lastmile report --help' for usage.",
            "lastmile report: --bogus: "
                + "unknown option, expected one of --output, --as-of, --out, --master, --debug, --h"
                + "elp"),
        r.err().lines().toList(),
        "the hint first, the error last");
    Run date = run("--as-of", "2026-02-30");
    assertEquals(2, date.rc());
    assertEquals("lastmile report: --as-of 2026-02-30: expected YYYY-MM-DD", last(date.err()));
    assertEquals(
        "lastmile report: --output: expected a value after it", last(run("--output").err()));
    Run help = run("--help");
    assertEquals(0, help.rc());
    assertTrue(help.out().contains("Examples:"), help.out());
  }

  @Test
  void missingOutputOrSnapshotExitsThreeWithOneLine() throws Exception {
    Run r = run("--output", "/nonexistent/lastmile-out");
    assertEquals(3, r.rc());
    assertEquals(
        List.of(
            "lastmile report: Cannot read --output /nonexistent/lastmile-out: no such" + " folder"),
        r.err().lines().toList());
    Path empty = Files.createTempDirectory("lastmile-report-empty-");
    Run e = run("--output", empty.toString());
    assertEquals(3, e.rc());
    assertEquals(1, e.err().lines().count(), e.err());
    assertTrue(e.err().contains("no lastmile snapshot in it"), e.err());
    Files.createDirectories(empty.resolve("initiative_assessment/snapshot_date=2026-07-01"));
    Run s = run("--output", empty.toString(), "--as-of", "2026-10-01");
    assertEquals(3, s.rc());
    assertEquals(
        List.of(
            "lastmile report: Cannot read snapshot 2026-10-01 in --output "
                + empty
                + ": not there (snapshots: [2026-07-01])"),
        s.err().lines().toList());
  }

  @Test
  void everyValueIsEscapedAndNothingIsFetched() {
    String evil = "<script>alert('x')</script> & \"q\"";
    Map<String, List<Row>> t = new LinkedHashMap<>();
    t.put(
        Tables.INITIATIVE_ASSESSMENT,
        List.of(
            row(
                Tables.INITIATIVE_ASSESSMENT,
                Map.of(
                    "initiative_id",
                    "AI-1",
                    "name",
                    evil,
                    "outcome",
                    "STALLED",
                    "furthest_stage",
                    "PROTOTYPE",
                    "stall_stage",
                    "PROTOTYPE",
                    "primary_cause",
                    "DATA_READINESS",
                    "confidence",
                    0.5))));
    t.put(
        Tables.CAUSE_EVIDENCE,
        List.of(
            row(
                Tables.CAUSE_EVIDENCE,
                Map.of(
                    "initiative_id",
                    "AI-1",
                    "cause",
                    "DATA_READINESS",
                    "weight",
                    2.0,
                    "source",
                    "jira_comment",
                    "source_ref",
                    "X-1",
                    "excerpt",
                    "No data <b>at all</b>"))));
    t.put(
        Tables.FAILURE_RATE_STATS,
        List.of(
            row(
                Tables.FAILURE_RATE_STATS,
                Map.of(
                    "dimension",
                    "overall",
                    "dimension_value",
                    "all",
                    "n",
                    1L,
                    "failed",
                    1L,
                    "stalled",
                    1L,
                    "cancelled",
                    0L,
                    "failure_rate",
                    1.0,
                    "failure_rate_ci_low",
                    0.2065,
                    "failure_rate_ci_high",
                    1.0))));
    t.put(
        Tables.DATA_QUALITY,
        List.of(
            row(
                Tables.DATA_QUALITY,
                Map.of(
                    "initiative_id",
                    "AI-1",
                    "name",
                    evil,
                    "check_id",
                    "MISSING_OWNER",
                    "severity",
                    "WARNING",
                    "finding",
                    "No owner",
                    "detail",
                    "owner empty",
                    "source",
                    "registry_field",
                    "source_ref",
                    "owner"))));
    Snapshot now = new Snapshot(LocalDate.of(2026, 10, 1), t, null);
    String html = ReviewPack.render(now, null, "out/<dir>");
    assertFalse(html.contains("<script"), "no script element");
    assertTrue(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"));
    assertTrue(html.contains("No data &lt;b&gt;at all&lt;/b&gt;"));
    assertTrue(html.contains("out/&lt;dir&gt;"));
    assertTrue(html.contains("id=\"failure-rate\" data-value=\"1.0\">100.0%<"), html);
    assertTrue(html.contains("id=\"outcome-STALLED\">1<"));
    assertTrue(html.contains("id=\"funnel-PROTOTYPE\">1<"));
    assertTrue(html.contains("id=\"funnel-ENGINEERING\">0<"));
    assertTrue(html.contains("id=\"dq-total\">1<"));
    assertTrue(html.contains("id=\"quarantine-total\">0<"));
    assertTrue(
        html.contains(
            "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src" + " data:\""),
        "a CSP that forbids every fetch");
    assertFalse(html.contains("src=\""), "no external resource");
  }

  @Test
  void formatting() {
    assertEquals("41.7%", Html.pct(0.41666));
    assertEquals("–", Html.pct(null));
    assertEquals("+4.2 pp", Html.pp(0.6042, 0.5625));
    assertEquals("-2", Html.delta(7L, 9L));
    assertEquals("+2", Html.delta(29L, 27L));
    assertEquals("(95% CI 46.3–73.0%)", Html.ci(0.4631, 0.7298, 0.95));
    assertEquals("a b", Html.esc("a\u0001b"));
  }

  @Test
  void medianNotReachedWorklistAndReviewedVerdictsAreShown() {
    Map<String, List<Row>> t = new LinkedHashMap<>();
    Map<String, Object> reviewed =
        new HashMap<>(
            Map.of(
                "initiative_id",
                "AI-2",
                "name",
                "two",
                "outcome",
                "CANCELLED",
                "furthest_stage",
                "ENGINEERING",
                "stall_stage",
                "ENGINEERING",
                "primary_cause",
                "COST_FUNDING",
                "verdict_source",
                "reviewer",
                "rules_outcome",
                "ACTIVE",
                "reviewer",
                "kim <k@x>",
                "decided_on",
                java.sql.Date.valueOf("2026-09-20")));
    t.put(
        Tables.INITIATIVE_ASSESSMENT,
        List.of(
            row(
                Tables.INITIATIVE_ASSESSMENT,
                Map.of(
                    "initiative_id",
                    "AI-1",
                    "name",
                    "one",
                    "outcome",
                    "STALLED",
                    "furthest_stage",
                    "PROTOTYPE",
                    "stall_stage",
                    "PROTOTYPE",
                    "primary_cause",
                    "UNKNOWN",
                    "confidence",
                    0.0,
                    "verdict_source",
                    "rules")),
            row(Tables.INITIATIVE_ASSESSMENT, reviewed)));
    t.put(
        Tables.FAILURE_RATE_STATS,
        List.of(
            row(
                Tables.FAILURE_RATE_STATS,
                Map.of(
                    "dimension",
                    "overall",
                    "dimension_value",
                    "all",
                    "n",
                    10L,
                    "failed",
                    2L,
                    "failure_rate",
                    0.2,
                    "ttp_initiatives",
                    10L,
                    "ttp_productions",
                    3L))));
    t.put(
        Tables.TIME_TO_PRODUCTION,
        List.of(
            row(
                Tables.TIME_TO_PRODUCTION,
                Map.of(
                    "dimension",
                    "overall",
                    "measure",
                    "cif_production",
                    "horizon_months",
                    12,
                    "estimate",
                    0.2)),
            row(
                Tables.TIME_TO_PRODUCTION,
                Map.of(
                    "dimension",
                    "overall",
                    "measure",
                    "cif_production",
                    "horizon_months",
                    24,
                    "estimate",
                    0.31))));
    t.put(
        Tables.REVIEW_WORKLIST,
        List.of(
            row(
                Tables.REVIEW_WORKLIST,
                pairs(
                    "initiative_id",
                    "AI-1",
                    "name",
                    "one",
                    "outcome",
                    "STALLED",
                    "stall_stage",
                    "PROTOTYPE",
                    "primary_cause",
                    "UNKNOWN",
                    "confidence",
                    0.0,
                    "worklist_reason",
                    "unknown_cause",
                    "text_rank",
                    1,
                    "source",
                    "jira_comment",
                    "source_ref",
                    "P-1#comment-3",
                    "text_at",
                    java.sql.Timestamp.valueOf("2026-08-30 10:00:00"),
                    "excerpt",
                    "Parked <until> Q1"))));
    t.put(
        Tables.STAGE_HISTORY,
        List.of(
            row(
                Tables.STAGE_HISTORY,
                Map.of(
                    "initiative_id",
                    "AI-1",
                    "spell_number",
                    1,
                    "stage",
                    "PROTOTYPE",
                    "days",
                    212))));
    String html = ReviewPack.render(new Snapshot(LocalDate.of(2026, 10, 1), t, null), null, "o");
    assertTrue(html.contains("id=\"ttp-median\">not reached<"), html);
    assertTrue(
        html.contains("fewer than half reached production; 31.0% in production by 24" + " months"),
        "the share by 24 months, not the 12-month one");
    assertTrue(html.contains("id=\"worklist-n\">1<"));
    assertTrue(html.contains("<tr id=\"worklist-AI-1\">"));
    assertTrue(html.contains("Parked &lt;until&gt; Q1"), "the most recent text, escaped");
    assertTrue(html.contains("P-1#comment-3 · 2026-08-30"));
    assertTrue(html.contains("id=\"reviewed-n\">1<"));
    assertTrue(html.contains("<tr id=\"reviewed-AI-2\">"));
    assertTrue(html.contains("reviewed by kim &lt;k@x&gt; on 2026-09-20"), html);
    assertTrue(html.contains("212 days in PROTOTYPE"), "time in the current stage");
  }

  @Test
  void timeInStageTypicalDaysWindowBasisAndTheRecordOfEveryQuotedLine() {
    Map<String, List<Row>> t = new LinkedHashMap<>();
    t.put(
        Tables.INITIATIVE_ASSESSMENT,
        List.of(
            row(
                Tables.INITIATIVE_ASSESSMENT,
                pairs(
                    "initiative_id",
                    "AI-1",
                    "name",
                    "one",
                    "outcome",
                    "STALLED",
                    "furthest_stage",
                    "PROTOTYPE",
                    "stall_stage",
                    "PROTOTYPE",
                    "primary_cause",
                    "DATA_READINESS",
                    "confidence",
                    0.4,
                    "verdict_source",
                    "rules",
                    "stall_window_days",
                    120,
                    "stall_window_basis",
                    "derived: p85 of 6 PROTOTYPE spells that moved on = 120 days"))));
    t.put(
        Tables.CAUSE_EVIDENCE,
        List.of(
            row(
                Tables.CAUSE_EVIDENCE,
                pairs(
                    "initiative_id",
                    "AI-1",
                    "cause",
                    "DATA_READINESS",
                    "rule_id",
                    "dr.access",
                    "weight",
                    1.0,
                    "source",
                    "jira_comment",
                    "source_ref",
                    "P-1#comment-2",
                    "excerpt",
                    "Still no access to the claims data",
                    "source_file",
                    "jira/export.csv",
                    "record_number",
                    17L))));
    t.put(
        Tables.REVIEW_WORKLIST,
        List.of(
            row(
                Tables.REVIEW_WORKLIST,
                pairs(
                    "initiative_id",
                    "AI-1",
                    "name",
                    "one",
                    "outcome",
                    "STALLED",
                    "stall_stage",
                    "PROTOTYPE",
                    "primary_cause",
                    "DATA_READINESS",
                    "confidence",
                    0.4,
                    "worklist_reason",
                    "low_confidence",
                    "text_rank",
                    1,
                    "source",
                    "jira_comment",
                    "source_ref",
                    "P-1#comment-2",
                    "text_at",
                    java.sql.Timestamp.valueOf("2026-08-30 10:00:00"),
                    "excerpt",
                    "Still no access to the claims data",
                    "source_file",
                    "jira/page-2.json",
                    "record_number",
                    4L))));
    java.sql.Timestamp left = java.sql.Timestamp.valueOf("2026-01-01 00:00:00");
    t.put(
        Tables.STAGE_HISTORY,
        List.of(
            row(
                Tables.STAGE_HISTORY,
                pairs("initiative_id", "AI-1", "stage", "PROTOTYPE", "days", 212)),
            row(
                Tables.STAGE_HISTORY,
                pairs("initiative_id", "B", "stage", "PROTOTYPE", "left_at", left, "days", 50)),
            row(
                Tables.STAGE_HISTORY,
                pairs("initiative_id", "C", "stage", "PROTOTYPE", "left_at", left, "days", 100)),
            row(
                Tables.STAGE_HISTORY,
                pairs("initiative_id", "D", "stage", "PROTOTYPE", "left_at", left, "days", 80)),
            row(
                Tables.STAGE_HISTORY,
                pairs("initiative_id", "D", "stage", "ENGINEERING", "days", 30))));
    String html = ReviewPack.render(new Snapshot(LocalDate.of(2026, 10, 1), t, null), null, "o");
    // PROTOTYPE spells that moved on: 50, 80, 100 days -> median 80, longest 100.
    assertTrue(
        html.contains(
            "<tr><td>PROTOTYPE</td><td class=\"n\">3</td><td class=\"n\" id=\"typical-PROTOTYPE\">"
                + "80</td><td class=\"n\">100</td><td class=\"n\">1</td><td class=\"n\">212</td>"),
        html);
    assertTrue(html.contains("id=\"typical-ENGINEERING\">–<"), "nobody left ENGINEERING");
    assertTrue(
        html.contains(
            "id=\"window-PROTOTYPE\">120 days <span class=\"note\">derived: p85 of 6 PROTOTYPE"
                + " spells that moved on = 120 days</span>"),
        html);
    assertTrue(html.contains("212 days in PROTOTYPE <span class=\"note\">(typical 80)</span>"));
    assertTrue(
        html.contains(
            "P-1#comment-2 · <span class=\"lineage\"><code>jira/export.csv</code> record 17"),
        "the best evidence names its record");
    assertTrue(
        html.contains(
            "P-1#comment-2 · 2026-08-30 · <span class=\"lineage\"><code>jira/page-2.json</code>"
                + " record 4"),
        "the worklist text names its record");
  }

  private static Map<String, Object> pairs(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Row row(String table, Map<String, Object> values) {
    StructType s = SchemaFiles.output(table);
    Map<String, Object> v = new HashMap<>(values);
    Object[] out = new Object[s.fields().length];
    for (int i = 0; i < out.length; i++) {
      out[i] = v.get(s.fields()[i].name());
    }
    return new GenericRowWithSchema(out, s);
  }
}
