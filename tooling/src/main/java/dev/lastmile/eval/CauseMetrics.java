package dev.lastmile.eval;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * Scores predictions against a labelled portfolio. Pure Java (no Spark) so it can be unit-tested on
 * hand-made examples.
 *
 * <ul>
 *   <li><b>Outcome accuracy</b>: share of truth rows whose predicted outcome equals the truth (a
 *       missing prediction is wrong).
 *   <li><b>Stall-stage accuracy</b>: over truth rows that failed (STALLED or CANCELLED), share with
 *       predicted stall_stage equal to the truth.
 *   <li><b>Cause macro-F1</b>: over truth rows that failed. Each row gets an effective truth label:
 *       the predicted primary cause when it is listed in acceptable_causes, else the truth
 *       primary_cause. A missing prediction is the label {@code NONE}. Per class c: TP = rows with
 *       effective truth c and prediction c, FP = prediction c and effective truth not c, FN =
 *       effective truth c and prediction not c; F1 = 2TP / (2TP + FP + FN). The macro average runs
 *       over every cause code that occurs as an effective truth or a prediction ({@code NONE}
 *       excluded, though its rows still count as misses of their truth class).
 * </ul>
 *
 * <p>The split is a deterministic hash: CRC32 of the UTF-8 initiative_id, mod 3; 0 = holdout, 1 and
 * 2 = tune.
 */
public final class CauseMetrics {
  public static final String NONE = "NONE";

  /** One initiative: truth and prediction (prediction fields may be null). */
  public record Item(
      String initiativeId,
      String truthOutcome,
      String truthStage,
      String truthCause,
      Set<String> acceptable,
      String predOutcome,
      String predStage,
      String predCause) {}

  /** The scores and confusion matrices (truth row, prediction column, count). */
  public record Scores(
      int rows,
      double outcomeAccuracy,
      int failedRows,
      double stageAccuracy,
      double causeMacroF1,
      Map<String, Double> perCauseF1,
      Map<String, Map<String, Integer>> outcomeConfusion,
      Map<String, Map<String, Integer>> causeConfusion) {}

  private CauseMetrics() {}

  public static boolean failed(String outcome) {
    return "STALLED".equals(outcome) || "CANCELLED".equals(outcome);
  }

  /** "holdout" when CRC32(initiative_id) mod 3 == 0, else "tune". */
  public static String split(String initiativeId) {
    CRC32 crc = new CRC32();
    crc.update(initiativeId.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 3 == 0 ? "holdout" : "tune";
  }

  public static Scores score(List<Item> items) {
    int correctOutcome = 0;
    int failedRows = 0;
    int correctStage = 0;
    Map<String, Map<String, Integer>> outcomeConf = new TreeMap<>();
    Map<String, Map<String, Integer>> causeConf = new TreeMap<>();
    List<String[]> causePairs = new ArrayList<>();
    for (Item it : items) {
      String po = it.predOutcome() == null ? NONE : it.predOutcome();
      if (po.equals(it.truthOutcome())) {
        correctOutcome++;
      }
      inc(outcomeConf, it.truthOutcome(), po);
      if (!failed(it.truthOutcome())) {
        continue;
      }
      failedRows++;
      if (it.truthStage() != null && it.truthStage().equals(it.predStage())) {
        correctStage++;
      }
      String pc = it.predCause() == null || it.predCause().isBlank() ? NONE : it.predCause();
      String eff = it.acceptable().contains(pc) ? pc : it.truthCause();
      causePairs.add(new String[] {eff, pc});
      inc(causeConf, eff, pc);
    }
    Set<String> classes = new TreeSet<>();
    for (String[] p : causePairs) {
      classes.add(p[0]);
      classes.add(p[1]);
    }
    classes.remove(NONE);
    Map<String, Double> perClass = new TreeMap<>();
    double sum = 0;
    for (String c : classes) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (String[] p : causePairs) {
        boolean t = p[0].equals(c);
        boolean q = p[1].equals(c);
        if (t && q) {
          tp++;
        } else if (q) {
          fp++;
        } else if (t) {
          fn++;
        }
      }
      double f1 = tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn);
      perClass.put(c, f1);
      sum += f1;
    }
    return new Scores(
        items.size(),
        items.isEmpty() ? 0 : (double) correctOutcome / items.size(),
        failedRows,
        failedRows == 0 ? 0 : (double) correctStage / failedRows,
        classes.isEmpty() ? 0 : sum / classes.size(),
        perClass,
        outcomeConf,
        causeConf);
  }

  private static void inc(Map<String, Map<String, Integer>> m, String row, String col) {
    m.computeIfAbsent(row == null ? NONE : row, k -> new TreeMap<>()).merge(col, 1, Integer::sum);
  }

  /** A printable report of the scores. */
  public static String format(String title, Scores s) {
    StringBuilder b = new StringBuilder();
    b.append("== ").append(title).append(" ==\n");
    b.append(
        String.format(
            Locale.ROOT, "outcome accuracy      %.3f  (%d rows)%n", s.outcomeAccuracy(), s.rows()));
    b.append(
        String.format(
            Locale.ROOT,
            "stall-stage accuracy  %.3f  (%d failed rows)%n",
            s.stageAccuracy(),
            s.failedRows()));
    b.append(
        String.format(
            Locale.ROOT,
            "cause macro-F1        %.3f  (%d failed rows, %d classes)%n",
            s.causeMacroF1(),
            s.failedRows(),
            s.perCauseF1().size()));
    s.perCauseF1()
        .forEach((k, v) -> b.append(String.format(Locale.ROOT, "  F1 %-24s %.3f%n", k, v)));
    b.append("outcome confusion (rows = truth, columns = predicted):\n")
        .append(matrix(s.outcomeConfusion()));
    b.append("cause confusion (rows = effective truth, columns = predicted):\n")
        .append(matrix(s.causeConfusion()));
    return b.toString();
  }

  static String matrix(Map<String, Map<String, Integer>> m) {
    Set<String> cols = new TreeSet<>();
    m.values().forEach(r -> cols.addAll(r.keySet()));
    StringBuilder b = new StringBuilder(String.format("  %-24s", ""));
    for (String c : cols) {
      b.append(String.format(" %6s", abbreviate(c)));
    }
    b.append('\n');
    for (Map.Entry<String, Map<String, Integer>> r : m.entrySet()) {
      b.append(String.format("  %-24s", r.getKey()));
      for (String c : cols) {
        b.append(String.format(" %6d", r.getValue().getOrDefault(c, 0)));
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 6 ? s : s.substring(0, 6);
  }
}
