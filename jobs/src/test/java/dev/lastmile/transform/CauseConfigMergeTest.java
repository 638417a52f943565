package dev.lastmile.transform;

import static dev.lastmile.transform.CauseFixtures.REGISTRY;
import static dev.lastmile.transform.CauseFixtures.TEXTS;
import static dev.lastmile.transform.CauseFixtures.df;
import static dev.lastmile.transform.CauseFixtures.reg;
import static dev.lastmile.transform.CauseFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.Cols;
import dev.lastmile.rules.CauseRules;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * A config's {@code causes} section merges with the shipped rules: one phrase added to one term
 * list changes exactly the verdict it should, and nothing else.
 */
class CauseConfigMergeTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);

  static Map<String, String> primaryCauses(CauseRules rules) {
    Dataset<Row> texts =
        df(
            TEXTS,
            text(
                "A",
                "jira_comment",
                "A-1#comment-1",
                "2026-09-01",
                "We are gridlocked on the training dataset."),
            text(
                "B",
                "jira_comment",
                "B-1#comment-1",
                "2026-09-01",
                "Access to the claims data was denied by the data owner."),
            text(
                "C",
                "jira_comment",
                "C-1#comment-1",
                "2026-09-01",
                "Traffic on the ring road is gridlocked again."),
            text(
                "D",
                "jira_comment",
                "D-1#comment-1",
                "2026-09-01",
                "Funding was cut in the Q3 budget round."));
    Dataset<Row> registry =
        df(
            REGISTRY,
            reg("A", null, null, null),
            reg("B", null, null, null),
            reg("C", null, null, null),
            reg("D", null, null, null));
    Dataset<Row> evidence =
        CauseEvidence.extract(CauseFixtures.inputs(texts, registry), rules, AS_OF);
    Map<String, String> out = new TreeMap<>();
    for (Row r :
        CauseRanking.rank(evidence, rules, registry.select(Cols.INITIATIVE_ID))
            .select(Cols.INITIATIVE_ID, Cols.PRIMARY_CAUSE)
            .collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  @Test
  void oneAddedPhraseChangesExactlyOneVerdict() throws Exception {
    Map<String, String> before = primaryCauses(CauseRules.loadDefault());
    CauseRules merged =
        CauseRules.fromJson(
            new ObjectMapper().readTree("{\"add_terms\": {\"blocked\": [\"gridlocked\"]}}"),
            "acme.json");
    Map<String, String> after = primaryCauses(merged);
    assertEquals(
        Map.of("A", "UNKNOWN", "B", "DATA_READINESS", "C", "UNKNOWN", "D", "COST_FUNDING"), before);
    assertEquals(
        Map.of("A", "DATA_READINESS", "B", "DATA_READINESS", "C", "UNKNOWN", "D", "COST_FUNDING"),
        after);
  }
}
