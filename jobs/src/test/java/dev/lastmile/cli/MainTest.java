package dev.lastmile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one command line, in process: verbs, --help per verb, and the fatal usage errors that stop
 * before Spark starts, on their exact last stderr line and exit code. (Input errors, which need
 * Spark, are in job/CliErrorsIT through SparkSubmit.)
 */
class MainTest {
  @TempDir Path tmp;

  record Run(int rc, String out, String err) {
    String lastErr() {
      List<String> l = err.lines().toList();
      return l.isEmpty() ? "" : l.get(l.size() - 1);
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc =
        new Main(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(args);
    return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void badDateNamesTheArgumentAndTheFormatOnTheLastLine() {
    Run r = run("--as-of", "last-friday");
    assertEquals(2, r.rc());
    assertEquals(
        List.of(Main.HINT, "lastmile: --as-of last-friday: expected YYYY-MM-DD"),
        r.err().lines().toList(),
        "the usage hint comes before the error");
    assertEquals(
        "lastmile: --as-of 2024-02-30: expected YYYY-MM-DD",
        run("run", "--as-of", "2024-02-30").lastErr());
  }

  @Test
  void badFlagAndMissingValue() {
    Run r = run("--frobnicate");
    assertEquals(2, r.rc());
    assertEquals(
        "lastmile: --frobnicate: unknown option, expected one of --jira, --registry, "
            + "--models, --output, --as-of, --config, --master, --verbose, --debug, --help",
        r.lastErr());
    Run v = run("--jira");
    assertEquals(2, v.rc());
    assertEquals("lastmile: --jira: expected a value after it", v.lastErr());
    Run stray = run("--as-of", "2026-10-01", "extra");
    assertEquals(2, stray.rc());
    assertEquals(
        "lastmile: extra: unexpected argument, expected an option (a verb comes first)",
        stray.lastErr());
  }

  @Test
  void unknownVerb() {
    Run r = run("frobnicate", "--output", "x");
    assertEquals(2, r.rc());
    assertEquals(
        List.of(
            Main.HINT,
            "lastmile: frobnicate: unknown verb, expected run, report, "
                + "eval, bench, generate or compare (or an option such as --registry)"),
        r.err().lines().toList());
  }

  @Test
  void unreadableConfigNamesTheFileAndWhatWasExpected() throws Exception {
    String missing = tmp.resolve("nope.json").toString();
    Run m = run("--config", missing);
    assertEquals(2, m.rc());
    assertEquals(
        "lastmile: --config " + missing + ": no such file, expected a JSON file", m.lastErr());

    Run dir = run("--config", tmp.toString());
    assertEquals(2, dir.rc());
    assertEquals(
        "lastmile: --config " + tmp + ": is a folder, expected a JSON file", dir.lastErr());

    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"registry\": ");
    Run b = run("--config", bad.toString());
    assertEquals(2, b.rc());
    assertTrue(
        b.lastErr().startsWith("lastmile: --config " + bad + ": expected JSON ("), b.lastErr());

    Path array = Files.writeString(tmp.resolve("array.json"), "[1, 2]");
    Run a = run("--config", array.toString());
    assertEquals(2, a.rc());
    assertEquals("lastmile: --config " + array + ": expected a JSON object", a.lastErr());
  }

  @Test
  void toolVerbsWithoutTheToolsJarNameTheJar() {
    for (String verb : Main.TOOL_VERBS) {
      Run r = run(verb, "--help");
      assertEquals(2, r.rc(), verb);
      assertEquals(
          "lastmile: "
              + verb
              + ": this verb is in the tools jar "
              + "(tooling/target/lastmile-tools.jar), expected it on the classpath (bin/lastmile "
              + "adds it; spark-submit --jars)",
          r.err().strip(),
          verb);
    }
  }

  @Test
  void helpPerVerbWithExamples() {
    for (String[] args :
        List.of(new String[] {"--help"}, new String[] {"run", "--help"}, new String[] {"help"})) {
      Run r = run(args);
      assertEquals(0, r.rc());
      assertTrue(r.out().startsWith("Usage: lastmile [run]"), r.out());
      assertTrue(r.out().contains("Examples:"), r.out());
      assertTrue(
          r.out().contains("spark-submit --class dev.lastmile.cli.Main lastmile.jar report"),
          r.out());
      assertEquals("", r.err());
    }
    Run report = run("report", "--help");
    assertEquals(0, report.rc());
    assertTrue(report.out().startsWith("Usage: lastmile report --output DIR"), report.out());
    assertTrue(report.out().contains("Examples:"), report.out());
  }

  @Test
  void reportVerbReachesTheReportCommand() {
    Run r = run("report", "--output", tmp.resolve("none").toString());
    assertEquals(3, r.rc());
    assertEquals(
        "lastmile report: Cannot read --output " + tmp.resolve("none") + ": no such folder",
        r.lastErr());
    assertFalse(r.err().contains("\tat "), r.err());
  }
}
