package dev.lastmile.transform;

import static dev.lastmile.transform.CauseFixtures.REGISTRY;
import static dev.lastmile.transform.CauseFixtures.TEXTS;
import static dev.lastmile.transform.CauseFixtures.df;
import static dev.lastmile.transform.CauseFixtures.reg;
import static dev.lastmile.transform.CauseFixtures.text;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.lastmile.rules.CauseRules;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The phrase table of docs/causes.md: resources/CausePhrasesTest/phrases.csv, one row per sentence
 * with the cause and rule_id it must produce (both empty: no evidence at all). Each sentence is one
 * Jira comment of its own initiative; the evidence found must be exactly that one cause from that
 * rule (the strongest rule of the cause on the sentence, ties to the lowest rule id). Adding a
 * phrase to the rules ends with a row here.
 */
class CausePhrasesTest {
  record Case(String sentence, String cause, String ruleId) {}

  static List<Case> cases() throws Exception {
    try (InputStream in =
        CausePhrasesTest.class.getResourceAsStream("/CausePhrasesTest/phrases.csv")) {
      MappingIterator<Map<String, String>> it =
          new CsvMapper()
              .readerFor(Map.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(in);
      List<Case> out = new ArrayList<>();
      while (it.hasNext()) {
        Map<String, String> r = it.next();
        out.add(new Case(r.get("sentence"), r.get("cause"), r.get("rule_id")));
      }
      return out;
    }
  }

  @Test
  void everySentenceGivesItsCauseAndRuleOrNothing() throws Exception {
    List<Case> cases = cases();
    assertTrue(cases.size() > 50, "the table has " + cases.size() + " rows");
    List<Object[]> texts = new ArrayList<>();
    List<Object[]> regs = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String id = String.format("P%03d", i);
      texts.add(
          text(id, "jira_comment", "P-" + i + "#comment-1", "2026-09-01", cases.get(i).sentence()));
      regs.add(reg(id, null, null, null));
    }
    Map<String, TreeSet<String>> got = new TreeMap<>();
    for (Row r :
        CauseEvidence.extract(
                CauseFixtures.inputs(
                    df(TEXTS, texts.toArray(new Object[0][])),
                    df(REGISTRY, regs.toArray(new Object[0][]))),
                CauseRules.loadDefault(),
                LocalDate.of(2026, 10, 1))
            .collectAsList()) {
      got.computeIfAbsent(r.getString(0), k -> new TreeSet<>())
          .add(r.getString(1) + ":" + r.getString(2));
    }
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      TreeSet<String> want = new TreeSet<>();
      if (!c.cause().isEmpty()) {
        want.add(c.cause() + ":" + c.ruleId());
      }
      TreeSet<String> have = got.getOrDefault(String.format("P%03d", i), new TreeSet<>());
      if (!have.equals(want)) {
        failures.add("row " + (i + 2) + ": " + c.sentence() + " -> got " + have + " want " + want);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
