package dev.lastmile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.testing.DemoOutput;
import dev.lastmile.testing.SparkSubmitRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One main class for every verb, through the real spark-submit code path, and an application jar
 * without the tools (generator, benchmark, evaluator live in tooling/'s lastmile-tools jar).
 */
class OneCommandLineIT {
  @TempDir Path tmp;

  /**
   * {@code spark-submit --class dev.lastmile.cli.Main <app jar> report --output DIR}: exactly what
   * bin/lastmile report --output DIR runs; writes DIR/review-pack-<date>.html.
   */
  @Test
  void sparkSubmitMainReportWritesTheReviewPack() throws Exception {
    Path out = tmp.resolve("out");
    copy(DemoOutput.twoSnapshots(), out);
    SparkSubmitRunner.Result r =
        SparkSubmitRunner.submit(
            "dev.lastmile.cli.Main", "local[2]", "report", "--output", out.toString());
    assertEquals(0, r.exitCode(), r.stderr());
    Path pack = out.resolve("review-pack-" + DemoOutput.LATEST + ".html");
    List<String> lines = r.stderr().lines().toList();
    assertEquals(
        "lastmile report: wrote "
            + pack
            + " (snapshot "
            + DemoOutput.LATEST
            + ", compared with "
            + DemoOutput.PREVIOUS
            + ")",
        lines.get(lines.size() - 1));
    String html = Files.readString(pack, StandardCharsets.UTF_8);
    assertEquals(DemoOutput.LATEST, text(html, "snapshot-date"));
    assertEquals(DemoOutput.PREVIOUS, text(html, "previous-date"));
    assertEquals("48", text(html, "portfolio-n"), "the demo portfolio's 48 initiatives");
    assertEquals("29", text(html, "failed-n"), "29 of them stalled or cancelled");
    assertFalse(html.contains("<script"), "self-contained, no scripts");
  }

  @Test
  void toolVerbsNameTheToolsJarThroughSparkSubmit() throws Exception {
    SparkSubmitRunner.Result r = SparkSubmitRunner.lastmile("eval", "--output", "x");
    assertEquals(2, r.exitCode(), r.stderr());
    List<String> lines = r.stderr().lines().toList();
    assertEquals(
        "lastmile: eval: this verb is in the tools jar (tooling/target/lastmile-tools"
            + ".jar), expected it on the classpath (bin/lastmile adds it; spark-submit --jars)",
        lines.get(lines.size() - 1));
  }

  /** The application jar holds the job and the CLI, and none of the tooling's classes. */
  @Test
  void applicationJarHoldsNoToolClasses() throws IOException {
    List<String> entries = new ArrayList<>();
    try (JarFile jar = new JarFile(System.getProperty("lastmile.appJar"))) {
      Collections.list(jar.entries()).forEach(e -> entries.add(e.getName()));
    }
    assertTrue(entries.contains("dev/lastmile/cli/Main.class"), "the main class");
    assertTrue(entries.contains("dev/lastmile/job/LastmileJob.class"), "the job");
    assertTrue(entries.contains("dev/lastmile/report/ReportMain.class"), "the report verb");
    List<String> tools =
        entries.stream()
            .filter(
                n ->
                    n.startsWith("dev/lastmile/gen/")
                        || n.startsWith("dev/lastmile/bench/")
                        || n.startsWith("dev/lastmile/eval/")
                        || n.equals("META-INF/services/dev.lastmile.cli.Verb"))
            .toList();
    assertEquals(List.of(), tools, "generator, benchmark and evaluator stay in lastmile-tools");
  }

  private static String text(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
    assertTrue(m.find(), "element #" + id + " in the pack");
    return m.group(1).trim();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      s.forEach(
          p -> {
            try {
              Path t = to.resolve(from.relativize(p).toString());
              if (Files.isDirectory(p)) {
                Files.createDirectories(t);
              } else {
                Files.copy(p, t);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
