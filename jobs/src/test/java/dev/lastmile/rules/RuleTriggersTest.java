package dev.lastmile.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleTriggersTest {
  private static final RuleTriggers SMALL =
      RuleTriggers.of(
          List.of(
              "\\bscope creep\\b",
              "\\b(?:no|lack(?:s|ed)?)\\b\\W+(?:\\w+\\W+){0,3}(?:data|records)\\b",
              "\\d+\\w*",
              "\\bbudget\\b|\\bfunding\\b"));

  @Test
  void onlyRulesWhoseLiteralsArePresentAreCandidates() {
    assertArrayEquals(new int[] {0, 2}, SMALL.candidates("scope creep again"));
    assertArrayEquals(new int[] {1, 2}, SMALL.candidates("we had no usable records"));
    assertArrayEquals(
        new int[] {2}, SMALL.candidates("the records only"), "needs a term of both sides");
    assertArrayEquals(new int[] {2, 3}, SMALL.candidates("the funding round"));
    assertArrayEquals(new int[] {2}, SMALL.candidates("nothing here"));
    assertArrayEquals(new int[0], SMALL.candidates(null));
  }

  @Test
  void literalsAreFoundAnywhereEvenInsideOtherLiterals() {
    assertArrayEquals(new int[] {1, 2, 3}, SMALL.candidates("budgetno records"));
  }

  /**
   * The property the matcher relies on: a rule that matches a text is always a candidate. Checked
   * for every shipped rule over every sentence of the sample portfolio's Jira exports and the blind
   * phrase set, lower-cased as the matcher sees them.
   */
  @Test
  void everyShippedRuleThatMatchesIsACandidate() throws IOException {
    CauseRules rules = CauseRules.loadDefault();
    RuleTriggers t = rules.triggers();
    assertEquals(rules.rules().size(), t.size());
    List<Pattern> patterns = rules.rules().stream().map(r -> Pattern.compile(r.regex())).toList();
    List<String> sentences = corpus();
    assertTrue(sentences.size() > 5_000, "corpus too small: " + sentences.size());
    int matches = 0;
    long candidates = 0;
    List<String> missed = new ArrayList<>();
    for (String s : sentences) {
      int[] c = t.candidates(s);
      candidates += c.length;
      for (int i = 0; i < patterns.size(); i++) {
        if (patterns.get(i).matcher(s).find()) {
          matches++;
          if (Arrays.binarySearch(c, i) < 0) {
            missed.add(rules.rules().get(i).ruleId() + ": " + s);
          }
        }
      }
    }
    assertEquals(List.of(), missed);
    assertTrue(matches > 500, "too few matches to test anything: " + matches);
    assertTrue(
        candidates < (long) sentences.size() * patterns.size() / 10,
        "the triggers should rule out most rules for most sentences: " + candidates);
  }

  private static List<String> corpus() throws IOException {
    Path root = Path.of(System.getProperty("lastmile.repoRoot", "..")).toAbsolutePath();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root.resolve("sample-data/jira"))) {
      s.filter(Files::isRegularFile).forEach(files::add);
    }
    files.add(root.resolve("jobs/src/test/resources/CauseGeneralisationTest/phrases.csv"));
    List<String> out = new ArrayList<>();
    for (Path f : files) {
      for (String part : Files.readString(f).split("(?<=[.!?])\\s+|[\\r\\n]+|\\\\n")) {
        String s =
            part.toLowerCase(Locale.ROOT)
                .replaceAll("[\"{}\\[\\]|,]", " ")
                .replaceAll("\\s+", " ")
                .trim();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    return out;
  }
}
