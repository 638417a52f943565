package dev.lastmile.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.testing.SparkSubmitRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Fatal problems through the real spark-submit path: exit code, and the last line on stderr is the
 * one error line naming the argument or file and what was expected; no stack trace. (The usage
 * errors that stop before Spark are also tested in process, cli/MainTest.)
 *
 * <p>Child JVMs only (SparkSubmit), so it runs beside the other ITs (CONCURRENT; jobs/pom.xml).
 */
@Execution(ExecutionMode.CONCURRENT)
class CliErrorsIT {
  @TempDir Path tmp;

  static String lastmileLines(String stderr) {
    return String.join("\n", stderr.lines().filter(l -> l.startsWith("lastmile")).toList());
  }

  static String lastLine(String stderr) {
    java.util.List<String> l = stderr.lines().toList();
    return l.isEmpty() ? "" : l.get(l.size() - 1);
  }

  static void assertNoTrace(SparkSubmitRunner.Result r) {
    assertFalse(r.stderr().contains("\tat "), "no stack trace: " + r.stderr());
    assertFalse(r.stderr().contains("Exception in thread"), r.stderr());
  }

  @Test
  void badAsOfIsAUsageErrorBeforeSparkStarts() throws Exception {
    SparkSubmitRunner.Result r = SparkSubmitRunner.lastmile("--as-of", "last-friday");
    assertEquals(2, r.exitCode());
    assertEquals("lastmile: --as-of last-friday: expected YYYY-MM-DD", lastLine(r.stderr()));
    assertEquals("lastmile: --as-of last-friday: expected YYYY-MM-DD", lastmileLines(r.stderr()));
    assertNoTrace(r);
    assertFalse(r.stderr().contains("SparkContext"), "Spark never started");
  }

  @Test
  void missingValueIsAUsageError() throws Exception {
    SparkSubmitRunner.Result r = SparkSubmitRunner.lastmile("--jira");
    assertEquals(2, r.exitCode());
    assertEquals("lastmile: --jira: expected a value after it", lastLine(r.stderr()));
  }

  @Test
  void missingPathAndBinaryFileAreInputErrors() throws Exception {
    Path reg = SparkSubmitRunner.sampleData().resolve("registry.csv");
    SparkSubmitRunner.Result missing =
        SparkSubmitRunner.lastmile(
            "--registry",
            reg.toString(),
            "--jira",
            tmp.resolve("nope").toString(),
            "--output",
            tmp.resolve("o1").toString());
    assertEquals(3, missing.exitCode(), missing.stderr());
    assertEquals(
        "lastmile: Cannot read --jira " + tmp.resolve("nope") + ": no such file or directory",
        lastLine(missing.stderr()));
    assertNoTrace(missing);

    Path bin = tmp.resolve("export.csv");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I'});
    SparkSubmitRunner.Result binary =
        SparkSubmitRunner.lastmile(
            "--registry",
            reg.toString(),
            "--jira",
            bin.toString(),
            "--output",
            tmp.resolve("o2").toString());
    assertEquals(3, binary.exitCode(), binary.stderr());
    assertTrue(
        lastLine(binary.stderr())
            .startsWith("lastmile: Cannot read file:" + bin + ": it is not a text file"),
        binary.stderr());
    assertNoTrace(binary);
    assertFalse(
        Files.exists(tmp.resolve("o2").resolve("initiative_assessment")),
        "nothing written on a fatal input error");
  }

  @Test
  void outputUnderARegularFileIsAnOutputErrorAndTouchesNothing() throws Exception {
    Path file = tmp.resolve("plain.txt");
    Files.writeString(file, "keep me");
    SparkSubmitRunner.Result r =
        SparkSubmitRunner.lastmile(
            "--output", file.resolve("sub").toString(), "--as-of", "2026-10-01");
    assertEquals(3, r.exitCode(), r.stderr());
    assertEquals(
        "lastmile: Cannot create --output "
            + file.resolve("sub")
            + ": "
            + file
            + " is a file, not a folder",
        lastLine(r.stderr()));
    assertEquals("keep me", Files.readString(file));
    assertNoTrace(r);
  }

  @Test
  void registryWithoutARequiredColumnAndNoReadableInputAreInputErrors() throws Exception {
    Path reg = tmp.resolve("registry.csv");
    Files.writeString(reg, "initiative_id,status\nAI-1,active\n");
    SparkSubmitRunner.Result noName =
        SparkSubmitRunner.lastmile(
            "--registry", reg.toString(), "--output", tmp.resolve("o3").toString());
    assertEquals(3, noName.exitCode(), noName.stderr());
    assertEquals(
        "lastmile: Cannot read registry file:"
            + reg
            + ": required column 'name' is "
            + "missing (map it with --config registry.columns)",
        lastLine(noName.stderr()));
    assertNoTrace(noName);

    Path empty = Files.createDirectories(tmp.resolve("empty-exports"));
    SparkSubmitRunner.Result nothing =
        SparkSubmitRunner.lastmile(
            "--jira", empty.toString(), "--output", tmp.resolve("o4").toString());
    assertEquals(3, nothing.exitCode(), nothing.stderr());
    assertEquals(
        "lastmile: No readable input: --jira "
            + empty
            + ": no files, expected exports "
            + "(names starting with '.' or '_' are skipped)",
        lastLine(nothing.stderr()));
  }

  @Test
  void aFolderOfHiddenFilesOnlyIsNamed() throws Exception {
    Path hidden = Files.createDirectories(tmp.resolve("exports"));
    Files.writeString(hidden.resolve(".registry.csv"), "initiative_id,name\nAI-1,x\n");
    Files.writeString(hidden.resolve("_SUCCESS"), "");
    SparkSubmitRunner.Result r =
        SparkSubmitRunner.lastmile(
            "--registry",
            hidden.toString(),
            "--jira",
            hidden.toString(),
            "--output",
            tmp.resolve("o5").toString());
    assertEquals(3, r.exitCode(), r.stderr());
    assertEquals(
        "lastmile: No readable input: --registry "
            + hidden
            + ", --jira "
            + hidden
            + ": no files, expected exports (names starting with '.' or '_' are skipped)",
        lastLine(r.stderr()));
    assertNoTrace(r);
  }

  @Test
  void unknownVerbAndUnreadableConfigThroughSparkSubmit() throws Exception {
    SparkSubmitRunner.Result verb = SparkSubmitRunner.lastmile("frobnicate");
    assertEquals(2, verb.exitCode(), verb.stderr());
    assertEquals(
        "lastmile: frobnicate: unknown verb, expected run, report, eval, bench, generate or "
            + "compare (or an option such as --registry)",
        lastLine(verb.stderr()));
    Path bad = Files.writeString(tmp.resolve("config.json"), "{not json");
    SparkSubmitRunner.Result config = SparkSubmitRunner.lastmile("--config", bad.toString());
    assertEquals(2, config.exitCode(), config.stderr());
    assertTrue(
        lastLine(config.stderr()).startsWith("lastmile: --config " + bad + ": expected JSON ("),
        config.stderr());
    assertNoTrace(config);
  }
}
