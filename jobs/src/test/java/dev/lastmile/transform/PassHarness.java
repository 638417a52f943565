package dev.lastmile.transform;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.lastmile.rules.CauseRules;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Dev-only harness (not a test): runs the compiled cause matcher on a phrase file (columns
 * id,expected_cause,kind,text; NONE for negatives), the rules alone (regex and concept passes) and
 * the rules with the learned pass, and prints positives named and negatives silent for both, plus
 * the phrases whose verdict differs (--show: every miss). The primary cause of a phrase is the
 * cause with the largest sum of rule weights (ties: taxonomy order), as CauseRanking does for one
 * comment. Args: phrases.csv [--show].
 */
public final class PassHarness {
  private PassHarness() {}

  static String primary(CauseMatcher m, String text) {
    String c = m.primaryCause(text);
    return c == null ? "NONE" : c;
  }

  static String hits(CauseMatcher m, String text) {
    List<String> out = new ArrayList<>();
    for (CauseMatcher.Hit h : m.match(text, false)) {
      out.add(h.ruleId());
    }
    return out.toString();
  }

  public static void main(String[] args) throws Exception {
    boolean show = args.length > 1 && args[1].equals("--show");
    ObjectMapper om = new ObjectMapper();
    CauseMatcher regex =
        CauseMatcher.of(
            CauseRules.fromJson(
                om.readTree("{\"model_pass\":{\"enabled\":false}, \"version\":\"h-off\"}")));
    CauseMatcher both =
        CauseMatcher.of(
            CauseRules.fromJson(
                om.readTree("{\"model_pass\":{\"enabled\":true}, \"version\":\"h-on\"}")));
    MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(new File(args[0]));
    int[] posOk = new int[2];
    int[] negOk = new int[2];
    int pos = 0;
    int neg = 0;
    Map<String, int[]> perCause = new java.util.TreeMap<>();
    while (it.hasNext()) {
      Map<String, String> r = it.next();
      String exp = r.get("expected_cause");
      String text = r.get("text");
      String a = primary(regex, text);
      String b = primary(both, text);
      boolean isNeg = exp.equals("NONE") || exp.isEmpty();
      if (isNeg) {
        neg++;
        negOk[0] += a.equals("NONE") ? 1 : 0;
        negOk[1] += b.equals("NONE") ? 1 : 0;
      } else {
        pos++;
        posOk[0] += a.equals(exp) ? 1 : 0;
        posOk[1] += b.equals(exp) ? 1 : 0;
        int[] c = perCause.computeIfAbsent(exp, k -> new int[3]);
        c[0] += a.equals(exp) ? 1 : 0;
        c[1] += b.equals(exp) ? 1 : 0;
        c[2]++;
      }
      boolean okB = isNeg ? b.equals("NONE") : b.equals(exp);
      if (!a.equals(b) || (show && !okB)) {
        System.out.println(
            r.get("id")
                + " exp="
                + exp
                + " regex="
                + a
                + " both="
                + b
                + " "
                + hits(both, text)
                + "\n    "
                + text);
      }
    }
    perCause.forEach((k, v) -> System.out.printf("  %-24s %2d %2d /%2d%n", k, v[0], v[1], v[2]));
    System.out.printf(
        "rules (regex + concept pass): positives %d/%d, negatives silent %d/%d%n",
        posOk[0], pos, negOk[0], neg);
    System.out.printf(
        "rules + learned pass: positives %d/%d, negatives silent %d/%d%n",
        posOk[1], pos, negOk[1], neg);
  }
}
