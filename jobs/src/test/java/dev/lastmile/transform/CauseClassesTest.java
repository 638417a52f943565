package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.rules.CauseRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The classes of misread sentences fixed in round q9 (eval/TUNING.md): per class, sentences with
 * the primary cause the compiled matcher gives them and a rule that must be among the hits, or NONE
 * and no hit at all (CauseClassesTest/cases.csv). Pure Java: no Spark.
 */
class CauseClassesTest {
  private static final CauseMatcher M = CauseMatcher.of(CauseRules.loadDefault());

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvFileSource(resources = "/CauseClassesTest/cases.csv", numLinesToSkip = 1)
  void sentenceGivesItsCauseByItsRule(String cls, String primary, String ruleId, String sentence) {
    List<String> rules = new ArrayList<>();
    for (CauseMatcher.Hit h : M.match(sentence, false)) {
      rules.add(h.ruleId());
    }
    if (primary.equals("NONE")) {
      assertEquals(List.of(), rules, cls + ": no hit expected in: " + sentence);
      return;
    }
    assertEquals(primary, M.primaryCause(sentence), cls + ": primary of " + sentence + " " + rules);
    assertTrue(rules.contains(ruleId), cls + ": " + ruleId + " not in " + rules);
  }
}
