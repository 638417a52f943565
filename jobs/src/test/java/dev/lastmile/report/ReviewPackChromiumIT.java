package dev.lastmile.report;

import static dev.lastmile.testing.DemoOutput.LATEST;
import static dev.lastmile.testing.DemoOutput.PREVIOUS;
import static dev.lastmile.testing.DemoOutput.duck;
import static dev.lastmile.testing.DemoOutput.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lastmile.testing.DemoOutput;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders the review pack of the demo output in headless Chromium and checks what a reader sees
 * against numbers read independently from the Parquet through DuckDB. Needs {@code chromium}
 * (.ci/install-deps installs it): skipped when missing, except with CI=true, where it fails.
 */
class ReviewPackChromiumIT {
  private static Path out;
  private static Path html;
  private static String dom;
  private static String chromiumErr;

  @BeforeAll
  static void render() throws Exception {
    String chromium = chromium();
    if (chromium == null) {
      if (DemoOutput.ci()) {
        fail("chromium is not installed (run .ci/install-deps); CI=true, so this is a failure");
      }
      Assumptions.abort("chromium is not installed (run .ci/install-deps)");
    }
    out = DemoOutput.twoSnapshots();
    html = Files.createTempDirectory("lastmile-report-").resolve("pack.html");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc =
        new ReportMain(System.out, new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(new String[] {"--output", out.toString(), "--out", html.toString()});
    assertEquals(0, rc, "lastmile report: " + err.toString(StandardCharsets.UTF_8));
    assertTrue(
        err.toString(StandardCharsets.UTF_8).contains("compared with " + PREVIOUS),
        err.toString(StandardCharsets.UTF_8));
    Result r = runChromium(chromium, List.of("--dump-dom", html.toUri().toString()));
    assertEquals(0, r.rc, "chromium --dump-dom exit code; stderr:\n" + r.err);
    dom = r.out;
    chromiumErr = r.err;
  }

  @Test
  void noConsoleErrorsAndNothingFetched() {
    for (String line : chromiumErr.split("\n")) {
      assertTrue(
          !line.contains("CONSOLE")
              && !line.contains("Uncaught")
              && !line.contains("Content-Security-Policy")
              && !line.contains("net::ERR"),
          "chromium reported: " + line);
    }
    // the page references nothing outside itself (only the SVG namespace, never fetched)
    Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(dom);
    while (m.find()) {
      assertTrue(
          m.group(1).startsWith("https://") && dom.contains(">" + m.group(1) + "</a>"),
          "only benchmark links may point elsewhere, and they are plain links: " + m.group(1));
    }
    assertTrue(!dom.contains("<script") && !dom.contains("<link"), "no script, no stylesheet link");
  }

  @Test
  void headlineMatchesFailureRateStats() {
    Map<String, Object> o =
        duck("SELECT failure_rate, failure_rate_ci_low, failure_rate_ci_high, n,"
                + " failed FROM "
                + table(out, "failure_rate_stats")
                + " WHERE dimension = 'overall'"
                + " AND snapshot_date = DATE '"
                + LATEST
                + "'")
            .get(0);
    double rate = ((Number) o.get("failure_rate")).doubleValue();
    assertEquals(String.format(Locale.ROOT, "%.1f%%", rate * 100), text("failure-rate"));
    assertEquals(String.valueOf(o.get("n")), text("portfolio-n"));
    assertEquals(String.valueOf(o.get("failed")), text("failed-n"));
    String ci =
        String.format(
            Locale.ROOT,
            "95%% CI %.1f–%.1f%%",
            ((Number) o.get("failure_rate_ci_low")).doubleValue() * 100,
            ((Number) o.get("failure_rate_ci_high")).doubleValue() * 100);
    assertTrue(text("failure-ci").contains(ci), text("failure-ci") + " should contain " + ci);
    assertEquals(LATEST, text("snapshot-date"));
    assertEquals(PREVIOUS, text("previous-date"));
  }

  @Test
  void outcomesFunnelAndChangesMatchTheAssessment() {
    for (Map<String, Object> r :
        duck(
            "SELECT outcome, count(*) AS k FROM "
                + table(out, "initiative_assessment")
                + " WHERE snapshot_date = DATE '"
                + LATEST
                + "' GROUP BY outcome")) {
      assertEquals(
          String.valueOf(r.get("k")),
          text("outcome-" + r.get("outcome")),
          "outcome " + r.get("outcome"));
    }
    String rank =
        "list_position(['DISCOVERY','STRATEGY','PROTOTYPE','ENGINEERING','DEPLOYMENT',"
            + "'OPERATION'], %s)";
    for (Map<String, Object> r :
        duck(
            "SELECT s.stage, count(a.initiative_id) AS k FROM"
                + " (SELECT unnest(['DISCOVERY','STRATEGY','PROTOTYPE','ENGINEERING','DEPLOYMENT',"
                + "'OPERATION']) AS stage) s LEFT JOIN "
                + table(out, "initiative_assessment")
                + " a ON "
                + String.format(rank, "a.furthest_stage")
                + " >= "
                + String.format(rank, "s.stage")
                + " AND a.snapshot_date = DATE '"
                + LATEST
                + "' GROUP BY s.stage")) {
      assertEquals(
          String.valueOf(r.get("k")), text("funnel-" + r.get("stage")), "funnel " + r.get("stage"));
    }
    Map<String, Object> f =
        duck("SELECT count(*) FILTER (WHERE snapshot_date = DATE '"
                + LATEST
                + "' AND outcome IN ('STALLED','CANCELLED')) AS now_failed, count(*) FILTER (WHERE"
                + " snapshot_date = DATE '"
                + PREVIOUS
                + "' AND outcome IN ('STALLED','CANCELLED')) AS"
                + " before_failed FROM "
                + table(out, "initiative_assessment"))
            .get(0);
    long d =
        ((Number) f.get("now_failed")).longValue() - ((Number) f.get("before_failed")).longValue();
    assertEquals(d > 0 ? "+" + d : String.valueOf(d), text("change-failed"));
    assertEquals(String.valueOf(f.get("now_failed")), text("failed-list-n"));
  }

  @Test
  void dataQualityAndQuarantineCountsMatch() {
    Object dq =
        duck("SELECT count(*) AS k FROM "
                + table(out, "data_quality")
                + " WHERE snapshot_date = DATE '"
                + LATEST
                + "'")
            .get(0)
            .get("k");
    assertEquals(String.valueOf(dq), text("dq-total"));
    assertTrue(((Number) dq).longValue() > 0, "the demo registry has gaps to chase");
    Object q =
        duck("SELECT count(*) AS k FROM "
                + table(out, "quarantine")
                + " WHERE snapshot_date = DATE '"
                + LATEST
                + "'")
            .get(0)
            .get("k");
    assertEquals(String.valueOf(q), text("quarantine-total"));
  }

  @Test
  void worklistTimeInStageAndLineageMatchTheTables() {
    String snap = " WHERE snapshot_date = DATE '" + LATEST + "'";
    List<Map<String, Object>> ids =
        duck(
            "SELECT DISTINCT initiative_id FROM "
                + table(out, "review_worklist")
                + snap
                + " ORDER BY initiative_id");
    assertEquals(String.valueOf(ids.size()), text("worklist-n"));
    for (Map<String, Object> r : ids) {
      assertTrue(
          dom.contains("<tr id=\"worklist-" + r.get("initiative_id") + "\">"),
          "worklist row " + r.get("initiative_id"));
    }
    // Every quoted worklist text names its record, as review_worklist holds it.
    for (Map<String, Object> r :
        duck(
            "SELECT source_ref, source_file, record_number FROM "
                + table(out, "review_worklist")
                + snap
                + " AND excerpt IS NOT NULL")) {
      assertTrue(
          dom.contains(
              "<span class=\"lineage\"><code>"
                  + r.get("source_file")
                  + "</code> record "
                  + r.get("record_number")
                  + "</span>"),
          "lineage of " + r.get("source_ref"));
    }
    // Typical days in each stage: the median of the stage_history spells that moved on.
    for (Map<String, Object> r :
        duck(
            "SELECT stage, median(days) AS m FROM "
                + table(out, "stage_history")
                + snap
                + " AND left_at IS NOT NULL GROUP BY stage")) {
      assertEquals(
          String.format(Locale.ROOT, "%.0f", ((Number) r.get("m")).doubleValue()),
          text("typical-" + r.get("stage")),
          "typical days in " + r.get("stage"));
    }
  }

  @Test
  void chartsAreInlineSvgAndTheScreenshotIsDrawn() throws Exception {
    Matcher m =
        Pattern.compile("<svg class=\"chart\"[^>]*>\\s*<title>([^<]+)</title>").matcher(dom);
    List<String> titles = new ArrayList<>();
    while (m.find()) {
      titles.add(m.group(1));
    }
    for (String want :
        List.of(
            "Portfolio rates with confidence intervals beside published figures",
            "Initiatives by outcome",
            "Initiatives reaching each stage",
            "Failed initiatives by primary cause and stall stage",
            "Time from start to production, whole portfolio")) {
      assertTrue(titles.contains(want), "chart '" + want + "' in " + titles);
    }
    assertTrue(dom.contains("<path d=\"M"), "time-to-production curves are drawn");
    Path png = html.resolveSibling("pack.png");
    Result r =
        runChromium(
            chromium(),
            List.of("--window-size=1200,3000", "--screenshot=" + png, html.toUri().toString()));
    assertEquals(0, r.rc, "chromium --screenshot; stderr:\n" + r.err);
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 30_000, "a drawn page, not a blank one: " + bytes.length + " bytes");
    assertEquals((byte) 0x89, bytes[0]);
    assertEquals('P', bytes[1]);
  }

  private static String text(String id) {
    Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(dom);
    assertTrue(m.find(), "element #" + id + " in the DOM");
    return m.group(1).trim();
  }

  record Result(int rc, String out, String err) {}

  static Result runChromium(String chromium, List<String> args) throws Exception {
    Path profile = Files.createTempDirectory("lastmile-chromium-");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0"));
    cmd.addAll(args);
    Path stdout = profile.resolveSibling(profile.getFileName() + ".out");
    Path stderr = profile.resolveSibling(profile.getFileName() + ".err");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 120 s: " + cmd);
    }
    return new Result(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
  }

  /** /usr/bin/chromium, else chromium on PATH, else null. */
  static String chromium() {
    if (new File("/usr/bin/chromium").canExecute()) {
      return "/usr/bin/chromium";
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File f = new File(dir, "chromium");
      if (f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
