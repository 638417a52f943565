package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.rules.CauseRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled matcher on its own (no Spark): sentences, hits, scope and excerpts. */
class CauseMatcherTest {
  private static final CauseRules RULES = CauseRules.loadDefault();
  private static final CauseMatcher M = CauseMatcher.of(RULES);

  @Test
  void oneMatcherPerRulesFingerprint() {
    assertSame(M, CauseMatcher.of(CauseRules.loadDefault()));
  }

  @Test
  void findsHitsPerSentenceWithTheirPosition() {
    List<CauseMatcher.Hit> hits =
        M.match(
            "Merged the branch. *Blocked* waiting on [~acc:123] for access to the labeled data.",
            false);
    assertEquals(1, hits.size(), hits.toString());
    CauseMatcher.Hit h = hits.get(0);
    assertEquals("data.access", h.ruleId());
    assertEquals("DATA_READINESS", h.cause());
    assertEquals(1, h.sentenceIdx());
    assertEquals("Blocked waiting on someone for access to the labeled data.", h.sentence());
    assertEquals(h.sentence(), h.excerpt());
  }

  @Test
  void negatedHypotheticalAndResolvedHitsAreDropped() {
    assertTrue(M.match("No security concerns were raised.", false).isEmpty());
    assertTrue(M.match("The data access issue was resolved in March.", false).isEmpty());
    assertTrue(M.match("If funding is cut we stop.", false).isEmpty());
    assertEquals(
        "cost.funding", M.match("Funding was cut in the Q3 budget round.", false).get(0).ruleId());
  }

  @Test
  void longSentencesGiveAnExcerptAroundTheMatch() {
    String filler = "the weekly sync covered many unrelated topics and ".repeat(8);
    String s = "In " + filler + "then funding was cut in the Q3 budget round.";
    CauseMatcher.Hit h = M.match(s, false).get(0);
    assertTrue(s.length() > 300 && h.matchPos() > 121, h.toString());
    assertEquals(s.substring(h.matchPos() - 120 - 1), h.excerpt());
  }

  @Test
  void labelOnlyRulesNeedTheLabelGate() {
    assertTrue(
        M.match("Status 'Waiting for data' for 40 days", true).stream()
            .anyMatch(h -> h.ruleId().equals("data.label")));
    assertTrue(
        M.match("Status 'Waiting for data' for 40 days", false).stream()
            .noneMatch(h -> h.ruleId().equals("data.label")));
  }
}
