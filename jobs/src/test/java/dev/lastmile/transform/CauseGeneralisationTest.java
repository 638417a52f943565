package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.lastmile.model.Cols;
import dev.lastmile.rules.CauseRules;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Measures the cause vocabulary on a blind phrase set (resources/CauseGeneralisationTest/:
 * sentences written without seeing the rules or either labelled portfolio). Each sentence is one
 * Jira comment of its own initiative. A positive counts when its cause is the primary cause; a
 * negated, resolved or neutral sentence counts when no cause is named at all. The floors guard
 * against regressions; the printed report is the measurement.
 */
class CauseGeneralisationTest {
  /**
   * Floors measured when the set was added; raise them as the vocabulary improves. Lowered with
   * cause-model-3.0.0 (causes-1.11.0): trained on the good-news slice and silenced where the
   * concept files find every problem word negated or resolved, the learned pass names 3-5 fewer of
   * these (in-sample) English positives (2025 set 178/220, 2026-12 178/220, 2026-12b 202/242),
   * negatives unchanged; eval/TUNING.md, round q6. Raised with cause-model-3.1.0 (causes-1.12.0,
   * concepts-1.4.0, more varied training text): 2025 set 180/220, 2026-12 179/220, 2026-12b
   * 202/242, 2026-12c 162/242, 2026-12d 174/242, negatives unchanged; eval/TUNING.md, round q8.
   * Raised where round q9 improved them (causes-1.13.0, concepts-1.5.0, cause-model-3.2.0): 2026-12
   * 180/220 (0.815), 2026-12c negatives 108/110 (0.98); 2025 set 180/220, 2026-12b 202/242,
   * 2026-12c 162/242 unchanged, 2026-12d 173/242 (one fewer, above its floor). Raised with
   * cause-model-4.0.0 (character 4-grams of unknown words, the 2026-12k slices; in-sample): 2025
   * set 184/220 (0.836), 2026-12 184/220 (0.836), 2026-12b 204/242 (0.843), 2026-12c 171/242
   * (0.707), 2026-12d 182/242 (0.752), 2026-12d negatives 108/110; the other negatives unchanged.
   * eval/TUNING.md, round q10.
   */
  static final double MIN_POSITIVE_ACCURACY = 0.83;

  static final double MIN_SILENT_ACCURACY = 0.95;
  static final double BLIND_202612_MIN_POSITIVE = 0.83;
  static final double BLIND_202612_MIN_SILENT = 0.98;
  static final double BLIND_202612C_MIN_POSITIVE = 0.70;
  static final double BLIND_202612C_MIN_SILENT = 0.98;
  static final double BLIND_202612D_MIN_POSITIVE = 0.75;
  static final double BLIND_202612D_MIN_SILENT = 0.98;
  static final double BLIND_202612B_MIN_POSITIVE = 0.83;
  static final double BLIND_202612B_MIN_SILENT = 0.98;

  record Phrase(String id, String expected, String kind, String text) {}

  static List<Phrase> phrases() throws Exception {
    try (InputStream in =
        CauseGeneralisationTest.class.getResourceAsStream("/CauseGeneralisationTest/phrases.csv")) {
      return read(in);
    }
  }

  /** The 2026-12 set (eval/blind-2026-12/; tuning material since the issue-13 round). */
  static List<Phrase> blind202612() throws Exception {
    return evalSet("blind-2026-12");
  }

  /** The 2026-12b set (eval/blind-2026-12b/; tuning material since the concepts-1.2.0 round). */
  static List<Phrase> blind202612b() throws Exception {
    return evalSet("blind-2026-12b");
  }

  /** The phrases of the set in {@code eval/<name>/phrases.csv}. */
  private static List<Phrase> evalSet(String name) throws Exception {
    java.nio.file.Path p =
        java.nio.file.Path.of(
            System.getProperty("lastmile.repoRoot", ".."), "eval", name, "phrases.csv");
    try (InputStream in = java.nio.file.Files.newInputStream(p)) {
      return read(in);
    }
  }

  private static List<Phrase> read(InputStream in) throws Exception {
    MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(in);
    List<Phrase> out = new ArrayList<>();
    while (it.hasNext()) {
      Map<String, String> r = it.next();
      out.add(new Phrase(r.get("id"), r.get("expected_cause"), r.get("kind"), r.get("text")));
    }
    return out;
  }

  @Test
  void blindPhraseSetScoresAboveTheFloors() throws Exception {
    score(
        "blind phrase set (2025, tuned on since)",
        phrases(),
        MIN_POSITIVE_ACCURACY,
        MIN_SILENT_ACCURACY);
  }

  /**
   * The 2026-12 set: 220 positives, 100 negatives. Blind when written; tuning material since the
   * issue-13 round (its README says so), so these floors guard regressions, not generalisation.
   * Regex rules alone: 78/220 named, 98/100 silent. Default since causes-1.6.0 (concept pass on):
   * 123/220 named, 98/100 silent. The 2025 set: 159/220 and 94/100 (147/220 without concepts).
   * Since concepts-1.2.0 / causes-1.7.0: 172/220 and 99/100; the 2025 set 170/220 and 96/100. With
   * the learned pass on by default (causes-1.9.0, trained on every phrase set here): 186/220 and
   * 99/100; the 2025 set 184/220 and 96/100; 2026-12b 206/242, 109/110; 2026-12c 156/242, 106/110.
   */
  @Test
  void freshBlindSetOf202612ScoresAboveItsFloors() throws Exception {
    score(
        "blind phrase set 2026-12",
        blind202612(),
        BLIND_202612_MIN_POSITIVE,
        BLIND_202612_MIN_SILENT);
  }

  /**
   * The 2026-12c set (eval/blind-2026-12c, five languages, written by someone who read no rules):
   * 242 positives, 110 negatives. Blind in its round: 69/242, 108/110 before the concept pass
   * (causes-1.5.0); 101/242, 106/110 with it; 119/242, 106/110 with causes-1.7.0 and
   * concepts-1.2.0. Training material of the learned pass since cause-model-1.0.0 (eval/TUNING.md),
   * so these floors guard regressions, not generalisation.
   */
  @Test
  void freshBlindSetOf202612cScoresAboveItsFloors() throws Exception {
    score(
        "blind phrase set 2026-12c",
        evalSet("blind-2026-12c"),
        BLIND_202612C_MIN_POSITIVE,
        BLIND_202612C_MIN_SILENT);
  }

  /**
   * The 2026-12d set (eval/blind-2026-12d, written by someone who read no rules): 242 positives,
   * 110 negatives. Blind in its round: 127/242 named, 108/110 silent before the learned pass (main
   * e706f0e, PassHarness); 142/242, 107/110 with cause-model-1.0.0 switched on. Training material
   * of the learned pass since cause-model-1.1.0 (on by default, causes-1.9.0: 154/242, 108/110
   * here), so these floors guard regressions, not generalisation: the leave-one-file-out figures in
   * the model file and eval/TUNING.md are the honest estimate; 2026-12e is this round's blind set.
   */
  @Test
  void freshBlindSetOf202612dScoresAboveItsFloors() throws Exception {
    score(
        "blind phrase set 2026-12d",
        evalSet("blind-2026-12d"),
        BLIND_202612D_MIN_POSITIVE,
        BLIND_202612D_MIN_SILENT);
  }

  /**
   * The 2026-12b set: 242 positives, 110 negatives, tuned on in the concepts-1.2.0 round (see
   * eval/TUNING.md). Before that round: 137/242 named, 109/110 silent (matcher, summed weights).
   */
  @Test
  void blindSetOf202612bScoresAboveItsFloors() throws Exception {
    score(
        "blind phrase set 2026-12b",
        blind202612b(),
        BLIND_202612B_MIN_POSITIVE,
        BLIND_202612B_MIN_SILENT);
  }

  private static void score(
      String name, List<Phrase> phrases, double minPositive, double minSilent) {
    List<Object[]> texts = new ArrayList<>();
    List<Object[]> regs = new ArrayList<>();
    for (Phrase p : phrases) {
      texts.add(
          CauseFixtures.text(
              p.id(), "jira_comment", p.id() + "#comment-1", "2026-09-01", p.text()));
      regs.add(CauseFixtures.reg(p.id(), null, null, null));
    }
    Dataset<Row> textDF = CauseFixtures.df(CauseFixtures.TEXTS, texts.toArray(new Object[0][]));
    Dataset<Row> regDF = CauseFixtures.df(CauseFixtures.REGISTRY, regs.toArray(new Object[0][]));
    CauseRules rules = CauseRules.loadDefault();
    Dataset<Row> evidence =
        CauseEvidence.extract(
            CauseFixtures.inputs(textDF, regDF), rules, LocalDate.of(2026, 10, 1));
    Map<String, String> predicted = new HashMap<>();
    for (Row r :
        CauseRanking.rank(evidence, rules)
            .select(Cols.INITIATIVE_ID, Cols.PRIMARY_CAUSE)
            .collectAsList()) {
      predicted.put(r.getString(0), r.getString(1));
    }
    int pos = 0;
    int posOk = 0;
    int silent = 0;
    int silentOk = 0;
    Map<String, int[]> perCause = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (Phrase p : phrases) {
      String got = predicted.getOrDefault(p.id(), "UNKNOWN");
      if ("positive".equals(p.kind())) {
        pos++;
        int[] c = perCause.computeIfAbsent(p.expected(), k -> new int[2]);
        c[1]++;
        if (p.expected().equals(got)) {
          posOk++;
          c[0]++;
        } else {
          misses.add(p.id() + " -> " + got);
        }
      } else {
        silent++;
        if ("UNKNOWN".equals(got)) {
          silentOk++;
        } else {
          misses.add(p.id() + " -> " + got);
        }
      }
    }
    double posAcc = (double) posOk / pos;
    double silentAcc = (double) silentOk / silent;
    StringBuilder report =
        new StringBuilder(
            String.format(
                java.util.Locale.ROOT,
                "%s: positives %d/%d = %.3f, negated+neutral silent %d/%d = %.3f%n",
                name,
                posOk,
                pos,
                posAcc,
                silentOk,
                silent,
                silentAcc));
    perCause.forEach(
        (k, v) ->
            report.append(
                String.format(java.util.Locale.ROOT, "  %-24s %2d/%2d%n", k, v[0], v[1])));
    System.out.print(report);
    assertTrue(posAcc >= minPositive, report + "misses: " + misses);
    assertTrue(silentAcc >= minSilent, report + "misses: " + misses);
  }
}
