package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.rules.CauseRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Spanish, Italian, Portuguese and Dutch through the whole compiled matcher as the product runs it
 * (regex rules, concept pass, learned pass with its shipped guards): each sentence of
 * ConceptMatcherTest/languages.csv is named with its cause, the evidence quotes the concept and
 * signal words, and the same sentence negated or resolved gets no cause from any pass, the learned
 * one included.
 */
class CauseLanguagesTest {
  private static CauseMatcher matcher;

  @BeforeAll
  static void load() {
    matcher = CauseMatcher.of(CauseRules.loadDefault());
  }

  @ParameterizedTest(name = "{0} {1}: {5}")
  @CsvFileSource(resources = "/ConceptMatcherTest/languages.csv", numLinesToSkip = 1)
  void namedWithQuotedEvidenceAndSilentWhenNegatedOrResolved(
      String lang,
      String cause,
      String ruleId,
      String concept,
      String signal,
      String sentence,
      String negated,
      String resolved) {
    assertEquals(cause, matcher.primaryCause(sentence), lang + ": " + sentence);
    List<CauseMatcher.Hit> hits = matcher.match(sentence, false);
    CauseMatcher.Hit hit =
        hits.stream()
            .filter(h -> h.cause().equals(cause))
            .findFirst()
            .orElseThrow(() -> new AssertionError(lang + ": no " + cause + " hit: " + hits));
    assertEquals(ruleId, hit.ruleId(), lang + ": " + sentence);
    assertTrue(hit.excerpt().contains(concept), "excerpt quotes the concept: " + hit.excerpt());
    assertTrue(hit.excerpt().contains(signal), "excerpt quotes the signal: " + hit.excerpt());
    assertNull(matcher.primaryCause(negated), lang + " negated: " + matcher.match(negated, false));
    assertNull(
        matcher.primaryCause(resolved), lang + " resolved: " + matcher.match(resolved, false));
  }
}
