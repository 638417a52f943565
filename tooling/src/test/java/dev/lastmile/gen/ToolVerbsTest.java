package dev.lastmile.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the tools jar on the classpath, dev.lastmile.cli.Main finds the verbs generate, bench and
 * eval (META-INF/services/dev.lastmile.cli.Verb); each has --help with examples, and its fatal
 * errors end stderr with one line naming the argument.
 */
class ToolVerbsTest {
  @TempDir Path tmp;

  record Run(int rc, String out, String err) {
    String lastErr() {
      List<String> l = err.lines().toList();
      return l.isEmpty() ? "" : l.get(l.size() - 1);
    }
  }

  /** Tools print to System.out/err: captured around the call. */
  static synchronized Run main(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int rc = new Main(System.out, System.err).run(args);
      return new Run(
          rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void everyToolVerbHasHelpWithExamples() {
    for (String verb : List.of("generate", "bench", "eval", "compare")) {
      Run r = main(verb, "--help");
      assertEquals(0, r.rc(), verb + ": " + r.err());
      assertTrue(r.out().contains("Usage: ") && r.out().contains("Examples"), r.out());
      assertTrue(r.out().contains("lastmile " + verb), verb + ": " + r.out());
    }
  }

  @Test
  void generateThroughMainWritesALabelledPortfolio() throws Exception {
    Path out = tmp.resolve("p");
    Run r =
        main(
            "generate",
            "--out",
            out.toString(),
            "--initiatives",
            "6",
            "--issues",
            "60",
            "--seed",
            "7");
    assertEquals(0, r.rc(), r.err());
    assertTrue(Files.isRegularFile(out.resolve("registry.csv")));
    assertEquals(7, Files.readAllLines(out.resolve("truth.csv")).size(), "header + 6 rows");
  }

  @Test
  void toolUsageErrorsEndWithTheError() {
    Run g = main("generate", "--initiatives", "6");
    assertEquals(2, g.rc());
    assertEquals("lastmile generate: --out: expected it (the folder to write)", g.lastErr());
    Run b = main("bench", "--sizes");
    assertEquals(2, b.rc());
    assertEquals("lastmile bench: --sizes: expected a value after it", b.lastErr());
    Run e = main("eval", "--output", "x");
    assertEquals(2, e.rc());
    assertEquals(
        "lastmile eval: --truth: expected it (both --output DIR and --truth FILE are "
            + "required)",
        e.lastErr());
    Run u = main("eval", "--bogus", "1");
    assertEquals(2, u.rc());
    assertEquals(
        "lastmile eval: --bogus: unknown option, expected --output, --truth, --as-of or "
            + "--split",
        u.lastErr());
  }
}
