package dev.lastmile.io.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Dates#detect} checks a value's shape before parsing it and stops at a candidate that reads
 * every sample. Both are shortcuts: the format it picks must be the one of trying every candidate
 * on every sample (the earliest of those with the most hits), as it was before.
 */
class DatesDetectTest {

  /** detect as it was: every candidate on every sample, a failed parse being an exception. */
  private static Dates.Format everyCandidate(List<String> samples) {
    Dates.Format best = null;
    int bestHits = 0;
    for (Dates.Format f : Dates.JIRA_FORMATS) {
      int hits = 0;
      for (String s : samples) {
        if (s != null && !s.isBlank() && Dates.tryParse(f, s.strip()) != null) {
          hits++;
        }
      }
      if (hits > bestHits) {
        best = f;
        bestHits = hits;
      }
    }
    return best;
  }

  private static final List<LocalDateTime> TIMES =
      List.of(
          LocalDateTime.of(2024, 1, 5, 9, 7),
          LocalDateTime.of(2025, 4, 16, 21, 48),
          LocalDateTime.of(2023, 12, 31, 0, 0),
          LocalDateTime.of(2026, 8, 12, 12, 30, 45));

  /** Values written in every candidate format, and the hand-written forms real exports use. */
  private static List<String> values() {
    List<String> out = new ArrayList<>();
    for (Dates.Format f : Dates.JIRA_FORMATS) {
      for (LocalDateTime t : TIMES) {
        try {
          out.add(f.formatter.format(t.atOffset(java.time.ZoneOffset.ofHours(2))));
        } catch (java.time.DateTimeException e) {
          out.add(f.formatter.format(t));
        }
      }
    }
    out.addAll(
        List.of(
            "12/ago/26 9:15 a. m.",
            "12/ago/26 9:15 p.m.",
            "3/mär/25 14:02",
            "3/März/25",
            "1/fev./24 10:00 AM",
            "7/mrt./24 8:00",
            "16/Apr/25 9:48 PM",
            "16/avr./25 21:48",
            "16/Apr/25 9:48 pm",
            "2024-03-01T10:00:00.000+0100",
            "2024-03-01T10:00:00+01:00",
            "2024-03-01 10:00",
            "2024-03-01 10:00:59",
            "2024-03-01",
            "1.3.2024 10:00",
            "1.3.24 10:00",
            "1.3.2024",
            "3/1/2024 10:00 AM",
            "3/1/24 10:00 AM",
            "13/1/2024 10:00",
            "3/1/2024 10:00",
            // shaped like a format but not a day: strict resolution refuses them
            "30/Feb/24 10:00 AM",
            "2024-02-30",
            "31.4.2024",
            "29/Feb/23",
            // not dates
            "n/a",
            "16/Apr/25 9:48 PM extra",
            "16/Apr/25 9:48",
            "2024-03",
            "yesterday",
            " 16/Apr/25 9:48 PM ",
            "",
            "   "));
    return out;
  }

  @Test
  void aValueThatParsesHasTheShape() {
    for (String v : values()) {
      String s = v.strip();
      for (Dates.Format f : Dates.JIRA_FORMATS) {
        if (Dates.tryParse(f, s) != null) {
          assertTrue(Dates.shapeFits(f, s), f + " parses '" + s + "' but shapeFits says no");
        }
      }
    }
  }

  @Test
  void theShapeAloneSaysNothingAboutTheCalendar() {
    Dates.Format iso = Dates.JIRA_FORMATS.get(13); // uuuu-MM-dd
    assertEquals("uuuu-MM-dd", iso.pattern);
    assertTrue(Dates.shapeFits(iso, "2024-02-30"));
    assertNull(Dates.tryParse(iso, "2024-02-30"));
    assertTrue(!Dates.shapeFits(iso, "2024-02-3x"));
    assertTrue(!Dates.shapeFits(iso, "2024-02-03 10:00"));
  }

  @Test
  void eachFormatAloneIsDetectedAsBefore() {
    for (Dates.Format f : Dates.JIRA_FORMATS) {
      List<String> samples = new ArrayList<>();
      for (LocalDateTime t : TIMES) {
        try {
          samples.add(f.formatter.format(t.atOffset(java.time.ZoneOffset.ofHours(2))));
        } catch (java.time.DateTimeException e) {
          samples.add(f.formatter.format(t));
        }
      }
      Dates.Format before = everyCandidate(samples);
      assertNotNull(before, f.toString());
      assertSame(before, Dates.detect(samples), f.toString());
    }
  }

  @Test
  void mixedBlankAndBadSamplesAreDetectedAsBefore() {
    List<String> all = values();
    Random random = new Random(12);
    List<List<String>> cases = new ArrayList<>();
    cases.add(List.of());
    cases.add(Arrays.asList(null, "", "  "));
    cases.add(List.of("n/a", "yesterday"));
    cases.add(all);
    // a first-format file with one value of another format and one impossible day
    cases.add(List.of("16/Apr/25 9:48 PM", "2024-03-01", "30/Feb/24 10:00 AM", "1/Jan/24 1:00 AM"));
    // a tie: the earlier candidate wins
    cases.add(List.of("2024-03-01 10:00", "1.3.2024 10:00"));
    for (int i = 0; i < 400; i++) {
      List<String> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, random);
      cases.add(new ArrayList<>(shuffled.subList(0, 1 + random.nextInt(12))));
    }
    for (List<String> samples : cases) {
      assertSame(everyCandidate(samples), Dates.detect(samples), samples.toString());
    }
  }

  /**
   * A file in a late candidate format whose sample has a value of another format and a day that
   * does not exist: the format is the late one (no candidate reads every sample, so all are tried),
   * and exactly those two rows are quarantined, with the details they had.
   */
  @Test
  void aLateFormatWithBadSamplesKeepsItsRowsAndQuarantine() {
    String csv =
        JiraCsvParserTest.HEADER
            + "a,K-1,1,Task,To Do,1.3.2024 10:00,2.3.2024 11:30,,\n"
            + "b,K-2,2,Task,To Do,2024-03-01 10:00,2.3.2024 11:30,,\n"
            + "c,K-3,3,Task,To Do,31.4.2024 10:00,2.3.2024 11:30,,\n"
            + "d,K-4,4,Task,To Do,5.3.2024 8:05,6.3.2024 9:00,,\n";
    List<Rec> recs = ParseTesting.parse("late.csv", "jira", csv);
    assertEquals(
        List.of("K-1 2024-03-01 10:00:00.0", "K-4 2024-03-05 08:05:00.0"),
        ParseTesting.ofKind(recs, Kinds.ISSUE).stream()
            .map(r -> r.getIssueKey() + " " + utc(r.getCreated()))
            .toList());
    assertEquals(
        List.of(
            "3 BAD_DATE K-2: Cannot parse Created '2024-03-01 10:00' as d.M.uuuu H:mm ()",
            "4 BAD_DATE K-3: Cannot parse Created '31.4.2024 10:00' as d.M.uuuu H:mm ()"),
        ParseTesting.ofKind(recs, Kinds.QUARANTINE).stream()
            .map(q -> q.getRecordNumber() + " " + q.getReason() + " " + q.getDetail())
            .toList());
  }

  private static String utc(java.sql.Timestamp t) {
    return java.time.LocalDateTime.ofInstant(t.toInstant(), java.time.ZoneOffset.UTC)
            .toString()
            .replace('T', ' ')
        + ":00.0";
  }

  @Test
  void theFirstFormatOfAnEnglishExportStillWins() {
    List<String> samples =
        List.of("16/Apr/25 9:48 PM", "23/Apr/25 4:42 PM", "  17/Apr/25 1:04 PM ");
    assertSame(Dates.JIRA_FORMATS.get(0), Dates.detect(samples));
  }
}
