package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.rules.CauseRules;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CauseEvidence#matchAll} remembers the matcher's hits per distinct text and channel within
 * a partition: its rows must be those of matching every unit on its own.
 */
class CauseMatchMemoTest {
  private static final CauseMatcher M = CauseMatcher.of(CauseRules.loadDefault());

  private static final List<String> TEXTS =
      List.of(
          "Merged the branch. *Blocked* waiting on [~acc:123] for access to the labeled data.",
          "No security concerns were raised.",
          "Blocked",
          "Waiting for legal review of the vendor contract",
          "Budget was cut in Q3; the sponsor left the company.",
          "Done",
          "tag risk=data quality",
          "",
          "Blocked by AI-12: data access request pending");

  private static CauseTextUnit unit(int i, String text, String channel) {
    CauseTextUnit u = new CauseTextUnit();
    u.setInitiativeId("I-" + (i % 7));
    u.setSource(i % 2 == 0 ? "jira_comment" : "jira_status");
    u.setSourceRef("K-" + i);
    u.setText(text);
    u.setChannel(channel);
    u.setFactor(1.0 + i % 3);
    u.setSourceFile("f.csv");
    u.setRecordNumber((long) i);
    return u;
  }

  /** Each unit's hits as matched alone, in the order matchAll emits them. */
  private static List<String> plain(List<CauseTextUnit> units) {
    List<String> out = new ArrayList<>();
    for (CauseTextUnit u : units) {
      for (CauseMatcher.Hit h :
          M.match(u.getText(), CauseEvidence.CH_LABEL.equals(u.getChannel()))) {
        out.add(u.getSourceRef() + "|" + u.getChannel() + "|" + h);
      }
    }
    return out;
  }

  private static List<String> memoised(List<CauseTextUnit> units) {
    List<String> out = new ArrayList<>();
    Iterator<CauseTextHit> it = CauseEvidence.matchAll(units.iterator(), M);
    while (it.hasNext()) {
      CauseTextHit t = it.next();
      out.add(
          t.getSourceRef()
              + "|"
              + t.getChannel()
              + "|"
              + new CauseMatcher.Hit(
                  t.getSentenceIdx(),
                  t.getSentence(),
                  t.getRuleId(),
                  t.getCause(),
                  t.getRuleWeight(),
                  t.getMatchPos(),
                  t.getExcerpt()));
    }
    return out;
  }

  @Test
  void repeatedTextsInBothChannelsGiveTheHitsOfMatchingEachUnit() {
    List<CauseTextUnit> units = new ArrayList<>();
    int i = 0;
    for (int round = 0; round < 3; round++) {
      for (String t : TEXTS) {
        units.add(unit(i++, t, CauseEvidence.CH_TEXT));
        units.add(unit(i++, t, CauseEvidence.CH_LABEL));
      }
    }
    units.add(unit(i++, null, CauseEvidence.CH_TEXT));
    List<String> expected = plain(units);
    assertTrue(expected.size() > 6, expected.toString());
    assertEquals(expected, memoised(units));
  }

  @Test
  void longTextsAndAFullMemoGiveTheSameHits() {
    List<CauseTextUnit> units = new ArrayList<>();
    String longText =
        "Blocked waiting for access to the labeled data. "
            .repeat(CauseEvidence.MEMO_MAX_TEXT_CHARS / 40);
    assertTrue(longText.length() > CauseEvidence.MEMO_MAX_TEXT_CHARS);
    units.add(unit(0, longText, CauseEvidence.CH_TEXT));
    units.add(unit(1, longText, CauseEvidence.CH_TEXT));
    // More distinct texts than the memo keeps: it starts over, and repeats after that still match.
    for (int i = 0; i < CauseEvidence.MEMO_MAX_ENTRIES + 5; i++) {
      units.add(unit(i + 2, "ticket " + i, CauseEvidence.CH_TEXT));
    }
    units.add(unit(-1, TEXTS.get(0), CauseEvidence.CH_TEXT));
    units.add(unit(-2, TEXTS.get(0), CauseEvidence.CH_TEXT));
    assertEquals(plain(units), memoised(units));
  }
}
