package dev.lastmile.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lastmile.eval.CauseMetrics.Item;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CauseMetricsTest {
  private static Item item(
      String id,
      String to,
      String ts,
      String tc,
      Set<String> acc,
      String po,
      String ps,
      String pc) {
    return new Item(id, to, ts, tc, acc, po, ps, pc);
  }

  @Test
  void scoresAHandMadeExample() {
    List<Item> items =
        List.of(
            // correct cause, correct stage
            item(
                "A",
                "STALLED",
                "PROTOTYPE",
                "DATA_READINESS",
                Set.of("DATA_READINESS"),
                "STALLED",
                "PROTOTYPE",
                "DATA_READINESS"),
            // second acceptable cause predicted: counts as correct SCOPE_CREEP
            item(
                "B",
                "CANCELLED",
                "ENGINEERING",
                "SKILLS_GAP",
                Set.of("SKILLS_GAP", "SCOPE_CREEP"),
                "CANCELLED",
                "DEPLOYMENT",
                "SCOPE_CREEP"),
            // wrong cause: FN for DATA_READINESS, FP for COST_FUNDING
            item(
                "C",
                "STALLED",
                "STRATEGY",
                "DATA_READINESS",
                Set.of("DATA_READINESS"),
                "ACTIVE",
                "STRATEGY",
                "COST_FUNDING"),
            // missing prediction: FN for UNKNOWN, NONE not averaged
            item("D", "CANCELLED", "DISCOVERY", "UNKNOWN", Set.of("UNKNOWN"), null, null, null),
            // not failed: only outcome counts
            item("E", "IN_PRODUCTION", null, null, Set.of(), "IN_PRODUCTION", null, null));
    CauseMetrics.Scores s = CauseMetrics.score(items);
    assertEquals(5, s.rows());
    assertEquals(3.0 / 5, s.outcomeAccuracy(), 1e-9, "A, B, E right");
    assertEquals(4, s.failedRows());
    assertEquals(2.0 / 4, s.stageAccuracy(), 1e-9, "A and C right");
    // DATA_READINESS: TP1 FN1 -> 2/3; SCOPE_CREEP: TP1 -> 1; COST_FUNDING: FP1 -> 0; UNKNOWN: FN1
    // -> 0
    assertEquals(2.0 / 3, s.perCauseF1().get("DATA_READINESS"), 1e-9);
    assertEquals(1.0, s.perCauseF1().get("SCOPE_CREEP"), 1e-9);
    assertEquals(0.0, s.perCauseF1().get("COST_FUNDING"), 1e-9);
    assertEquals(0.0, s.perCauseF1().get("UNKNOWN"), 1e-9);
    assertEquals(
        Set.of("DATA_READINESS", "SCOPE_CREEP", "COST_FUNDING", "UNKNOWN"),
        s.perCauseF1().keySet());
    assertEquals((2.0 / 3 + 1.0) / 4, s.causeMacroF1(), 1e-9);
    assertEquals(1, s.causeConfusion().get("UNKNOWN").get(CauseMetrics.NONE));
    assertEquals(1, s.outcomeConfusion().get("STALLED").get("ACTIVE"));
  }

  @Test
  void splitIsDeterministicAndCoversBothHalves() {
    assertEquals(CauseMetrics.split("AI-101"), CauseMetrics.split("AI-101"));
    long holdout =
        java.util.stream.IntStream.range(100, 220)
            .mapToObj(i -> CauseMetrics.split("AI-" + i))
            .filter("holdout"::equals)
            .count();
    assertEquals(true, holdout > 25 && holdout < 55, "about a third held out: " + holdout);
  }
}
