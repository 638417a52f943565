package dev.lastmile.concepts;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.lastmile.model.Cause;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dev-only harness (not a test): scores the concept matcher alone on a phrase file (columns
 * id,expected_cause,kind,text; NONE for negatives) and prints per-cause recall and precision and
 * the negatives it fires on; with "-" it prints the hits for each line of standard input. Args:
 * phrases.csv [--show].
 */
public final class ConceptHarness {
  /** Runs every phrase a few times first so the timing below is not mostly JIT and loading. */
  private static void warmUp(ConceptMatcher m, String file) throws Exception {
    List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(file));
    for (int k = 0; k < 5; k++) {
      for (String l : lines) {
        m.match(l);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    ConceptMatcher m = ConceptMatcher.loadDefault();
    if (args[0].equals("-")) {
      BufferedReader r =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        System.out.println(line + "\n   -> " + m.match(line));
      }
      return;
    }
    boolean show = args.length > 1 && args[1].equals("--show");
    warmUp(m, args[0]);
    MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(new File(args[0]));
    Map<String, int[]> perCause = new TreeMap<>(); // tp, fn, fp
    int negatives = 0;
    int negativesFired = 0;
    int positives = 0;
    int positivesNamed = 0;
    long nanos = 0;
    int sentences = 0;
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = cpu.getCurrentThreadCpuTime();
    while (it.hasNext()) {
      Map<String, String> row = it.next();
      String expected = row.get("expected_cause");
      long t0 = System.nanoTime();
      List<ConceptHit> hits = m.match(row.get("text"));
      nanos += System.nanoTime() - t0;
      sentences++;
      boolean isNeg = expected.equals("NONE");
      if (isNeg) {
        negatives++;
        if (!hits.isEmpty()) {
          negativesFired++;
        }
      } else {
        positives++;
        perCause.computeIfAbsent(expected, k -> new int[3]);
      }
      boolean found = false;
      for (ConceptHit h : hits) {
        String c = h.cause().code();
        if (c.equals(expected)) {
          found = true;
          perCause.get(c)[0]++;
        } else {
          perCause.computeIfAbsent(c, k -> new int[3])[2]++;
        }
      }
      if (!isNeg && !found) {
        perCause.get(expected)[1]++;
      }
      if (!isNeg && found) {
        positivesNamed++;
      }
      if (show && (isNeg ? !hits.isEmpty() : (!found || hits.size() > 1))) {
        System.out.println(row.get("id") + " " + expected + " " + row.get("text"));
        for (ConceptHit h : hits) {
          System.out.println("    " + h.ruleId() + " [" + h.concept() + " | " + h.signal() + "]");
        }
      }
    }
    System.out.printf(
        "%-24s %4s %4s %4s %7s %9s%n", "cause", "tp", "fn", "fp", "recall", "precision");
    double f1sum = 0;
    int n = 0;
    for (Cause c : Cause.values()) {
      int[] v = perCause.get(c.code());
      if (v == null) {
        continue;
      }
      double rec = v[0] + v[1] == 0 ? 0 : v[0] / (double) (v[0] + v[1]);
      double prec = v[0] + v[2] == 0 ? 0 : v[0] / (double) (v[0] + v[2]);
      f1sum += rec + prec == 0 ? 0 : 2 * rec * prec / (rec + prec);
      n++;
      System.out.printf("%-24s %4d %4d %4d %7.2f %9.2f%n", c.code(), v[0], v[1], v[2], rec, prec);
    }
    System.out.printf(
        "positives named %d/%d; negatives with any hit %d/%d; macro-F1 %.3f%n",
        positivesNamed, positives, negativesFired, negatives, f1sum / n);
    System.out.printf(
        "%d sentences, %.1f us/sentence wall, %.1f us/sentence CPU of this thread"
            + " (shared machine, after warm-up; CPU includes the scoring loop)%n",
        sentences,
        nanos / 1000.0 / sentences,
        (cpu.getCurrentThreadCpuTime() - cpu0) / 1000.0 / sentences);
  }
}
