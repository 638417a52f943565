package dev.lastmile.report;

import static dev.lastmile.testing.DemoOutput.LATEST;
import static dev.lastmile.testing.DemoOutput.duck;
import static dev.lastmile.testing.DemoOutput.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.testing.DemoOutput;
import dev.lastmile.testing.SparkSubmitRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review loop end to end through SparkSubmit: the demo portfolio at {@link DemoOutput#LATEST}
 * again, now with a reviewer decisions file written from the demo's own verdicts (one agreeing
 * decision, one other cause, an ACTIVE initiative cancelled, a stall stage confirmed, and two bad
 * rows). Exactly the four decided verdicts change, override_agreement holds the counts worked out
 * below, the bad rows are quarantined and reconciled, and the review pack, read in headless
 * Chromium, marks the reviewed verdicts and lists the worklist.
 */
class ReviewLoopIT {
  private static Path out;
  private static Path overrides;
  private static Map<String, Map<String, Object>> before;
  private static String a;
  private static String b;
  private static String c;
  private static String d;
  private static SparkSubmitRunner.Result run;

  private static Map<String, Map<String, Object>> verdicts(Path output) {
    Map<String, Map<String, Object>> m = new TreeMap<>();
    for (Map<String, Object> r :
        duck(
            "SELECT * FROM "
                + table(output, "initiative_assessment")
                + " WHERE snapshot_date = DATE '"
                + LATEST
                + "'")) {
      m.put((String) r.get("initiative_id"), r);
    }
    return m;
  }

  @BeforeAll
  static void runWithDecisions() throws Exception {
    before = verdicts(DemoOutput.twoSnapshots());
    List<String> failedNamed = new ArrayList<>();
    for (Map<String, Object> r : before.values()) {
      if ("STALLED".equals(r.get("outcome")) && !"UNKNOWN".equals(r.get("primary_cause"))) {
        failedNamed.add((String) r.get("initiative_id"));
      }
    }
    assertTrue(failedNamed.size() >= 3, "the demo has stalled initiatives with a cause");
    a = failedNamed.get(0);
    b = failedNamed.get(1);
    d = failedNamed.get(2);
    c =
        before.values().stream()
            .filter(r -> "ACTIVE".equals(r.get("outcome")))
            .map(r -> (String) r.get("initiative_id"))
            .findFirst()
            .orElseThrow();
    String bOther =
        "DATA_READINESS".equals(before.get(b).get("primary_cause"))
            ? "INTEGRATION"
            : "DATA_READINESS";
    Path dir = Files.createTempDirectory("lastmile-review-loop-");
    overrides = dir.resolve("decisions.csv");
    Files.writeString(
        overrides,
        String.join(
            "\n",
            "initiative_id,outcome,stall_stage,primary_cause,reviewer,decided_on,note",
            a + ",STALLED,," + before.get(a).get("primary_cause") + ",kim,2026-09-20,agreed",
            b + ",,," + bOther + ",kim,2026-09-20,\"the data team, not the API\"",
            c + ",CANCELLED,,COST_FUNDING,lee,2026-09-21,budget withdrawn in Q3",
            d + ",," + before.get(d).get("stall_stage") + ",,lee,2026-09-21,stage confirmed",
            "NOPE-404,STALLED,,,kim,2026-09-20,no such initiative",
            a + ",,,BUDGETZ,kim,2026-09-19,typo in the cause",
            ""));
    out = dir.resolve("out");
    run =
        SparkSubmitRunner.lastmile(
            "--output", out.toString(), "--as-of", LATEST, "--overrides", overrides.toString());
    assertEquals(0, run.exitCode(), run.stderr());
  }

  @Test
  void exactlyTheDecidedVerdictsChange() {
    Map<String, Map<String, Object>> now = verdicts(out);
    assertEquals(before.keySet(), now.keySet());
    for (String id : now.keySet()) {
      Map<String, Object> was = before.get(id);
      Map<String, Object> is = now.get(id);
      // the rules' own verdict is the demo's verdict for every initiative
      assertEquals(was.get("outcome"), is.get("rules_outcome"), id);
      assertEquals(was.get("stall_stage"), is.get("rules_stall_stage"), id);
      assertEquals(was.get("primary_cause"), is.get("rules_primary_cause"), id);
      if (List.of(a, b, c, d).contains(id)) {
        assertEquals("reviewer", is.get("verdict_source"), id);
        continue;
      }
      assertEquals("rules", is.get("verdict_source"), id);
      for (String col : List.of("outcome", "stall_stage", "primary_cause", "confidence")) {
        assertEquals(was.get(col), is.get(col), id + "." + col);
      }
    }
    assertEquals(
        List.of(
            "STALLED",
            before.get(a).get("stall_stage"),
            before.get(a).get("primary_cause"),
            "kim",
            "agreed"),
        pick(now.get(a)));
    assertTrue(
        !Objects.equals(before.get(b).get("primary_cause"), now.get(b).get("primary_cause")));
    assertEquals("the data team, not the API", now.get(b).get("review_note"));
    assertEquals("CANCELLED", now.get(c).get("outcome"));
    assertEquals("COST_FUNDING", now.get(c).get("primary_cause"));
    assertEquals(null, now.get(c).get("confidence"), "no rules confidence in a reviewer's cause");
    assertEquals(
        before.get(d).get("confidence"),
        now.get(d).get("confidence"),
        "a confirmed stage keeps the rules' confidence in their cause");
  }

  private static List<Object> pick(Map<String, Object> r) {
    return java.util.Arrays.asList(
        r.get("outcome"),
        r.get("stall_stage"),
        r.get("primary_cause"),
        r.get("reviewer"),
        r.get("review_note"));
  }

  @Test
  void agreementCountsAsWorkedOutByHand() {
    Map<String, String> got = new TreeMap<>();
    for (Map<String, Object> r :
        duck(
            "SELECT field, code, decisions, agreed FROM "
                + table(out, "override_agreement")
                + " WHERE code IS NULL")) {
      got.put((String) r.get("field"), r.get("agreed") + "/" + r.get("decisions"));
    }
    // outcome: a agrees (STALLED), c does not (rules ACTIVE); primary_cause: a agrees, b and c
    // do not (c had no rules cause); stall_stage: d confirmed
    assertEquals(Map.of("outcome", "1/2", "primary_cause", "1/3", "stall_stage", "1/1"), got);
  }

  @Test
  void badDecisionsAreQuarantinedAndTheFileIsReconciled() throws Exception {
    List<Map<String, Object>> q =
        duck(
            "SELECT record_number, reason FROM "
                + table(out, "quarantine")
                + " WHERE source_file LIKE '%decisions.csv' ORDER BY 1");
    assertEquals(
        List.of(
            Map.of("record_number", 6L, "reason", "REJECTED_DECISION"),
            Map.of("record_number", 7L, "reason", "UNKNOWN_ENUM")),
        q);
    JsonNode m = new ObjectMapper().readTree(out.resolve("run-manifest.json").toFile());
    JsonNode in = null;
    for (JsonNode i : m.path("inputs")) {
      if ("overrides".equals(i.path("role").asText())) {
        in = i;
      }
    }
    assertTrue(in != null, "the manifest lists the overrides file: " + m.path("inputs"));
    assertEquals(6, in.path("read").asLong());
    assertEquals(4, in.path("accepted").asLong());
    assertEquals(2, in.path("quarantined").asLong());
  }

  @Test
  void thePackMarksReviewedVerdictsAndListsTheWorklist() throws Exception {
    String chromium = ReviewPackChromiumIT.chromium();
    if (chromium == null) {
      Assumptions.assumeTrue(!DemoOutput.ci(), "chromium missing on CI");
      Assumptions.abort("chromium is not installed (run .ci/install-deps)");
    }
    Path html = out.resolveSibling("pack.html");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc =
        new ReportMain(System.out, new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(new String[] {"--output", out.toString(), "--out", html.toString()});
    assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
    ReviewPackChromiumIT.Result r =
        ReviewPackChromiumIT.runChromium(chromium, List.of("--dump-dom", html.toUri().toString()));
    assertEquals(0, r.rc(), r.err());
    String dom = r.out();
    assertEquals("4", text(dom, "reviewed-n"));
    for (String id : List.of(a, b, c, d)) {
      assertTrue(dom.contains("id=\"reviewed-" + id + "\""), "reviewed row of " + id);
    }
    Matcher row =
        Pattern.compile("<tr id=\"initiative-" + Pattern.quote(a) + "\">(.*?)</tr>", Pattern.DOTALL)
            .matcher(dom);
    assertTrue(
        row.find() && row.group(1).contains("reviewed by kim on 2026-09-20"),
        "the failed list marks " + a + " as reviewed");
    List<Map<String, Object>> wl =
        duck(
            "SELECT initiative_id, max(excerpt) AS x FROM "
                + table(out, "review_worklist")
                + " GROUP BY 1 ORDER BY 1");
    assertEquals(String.valueOf(wl.size()), text(dom, "worklist-n"));
    assertTrue(!wl.isEmpty(), "the demo has UNKNOWN or low-confidence failed initiatives");
    for (Map<String, Object> w : wl) {
      assertTrue(
          dom.contains("id=\"worklist-" + w.get("initiative_id") + "\""),
          "worklist row of " + w.get("initiative_id"));
      assertTrue(
          !List.of(a, b, c, d).contains(w.get("initiative_id")),
          "a decided initiative is off the worklist");
    }
    assertTrue(dom.contains("days in "), "time in the current stage is shown");
  }

  private static String text(String dom, String id) {
    Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(dom);
    assertTrue(m.find(), "element #" + id + " in the DOM");
    return m.group(1).trim();
  }
}
