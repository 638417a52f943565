package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.testing.SharedSpark;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Stall windows: fixed from lifecycle.json, or derived from stage_history time in stage, each with
 * the rule or figures that set it. Figures worked out by hand from the spells below.
 */
class StallWindowsTest {
  static final StructType EVIDENCE =
      StructType.fromDDL(
          "initiative_id STRING, stage_rank INT, source STRING, source_ref STRING, at TIMESTAMP");

  static Row ev(String id, int rank, int day) {
    return RowFactory.create(
        id,
        rank,
        "status_history",
        "x",
        Timestamp.from(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(86400L * day)));
  }

  /**
   * stage_history of four initiatives: PROTOTYPE (rank 3) spells that moved on last 100 (A), 50 (B)
   * and 200 days (C, straight to DEPLOYMENT); A and B are still in ENGINEERING, D in STRATEGY.
   */
  static Dataset<Row> spells() {
    Dataset<Row> evidence =
        SharedSpark.spark()
            .createDataFrame(
                List.of(
                    ev("A", 3, 0),
                    ev("A", 4, 100),
                    ev("B", 3, 10),
                    ev("B", 4, 60),
                    ev("C", 3, 0),
                    ev("C", 5, 200),
                    ev("D", 2, 0)),
                EVIDENCE);
    return StageHistory.spells(evidence, LocalDate.parse("2025-12-31"));
  }

  /** stage rank -> "days | basis". */
  static Map<Integer, String> windows(String config) throws Exception {
    LifecycleRules rules = LifecycleRules.withOverrides(new ObjectMapper().readTree(config));
    Map<Integer, String> out = new TreeMap<>();
    for (Row r : Lifecycle.stallWindows(spells(), rules).collectAsList()) {
      out.put(r.getInt(0), r.getInt(1) + " | " + r.getString(2));
    }
    return out;
  }

  static final String DFLT = "90 | stall_window.default_days";

  static String kept(int n, String stage, int minSample) {
    return "90 | stall_window.default_days (derived: "
        + n
        + " "
        + stage
        + " spells moved on, fewer than derived_min_sample "
        + minSample
        + ")";
  }

  @Test
  void fixedWindowsNameTheKeyThatSetThem() throws Exception {
    assertEquals(
        Map.of(
            1, "60 | stall_window.per_stage_days.DISCOVERY",
            2, DFLT,
            3, DFLT,
            4, DFLT,
            5, DFLT,
            6, DFLT),
        windows("{\"stall_window\": {\"per_stage_days\": {\"DISCOVERY\": 60}}}"));
  }

  @Test
  void derivedWindowsUseTheTimeInStageOfSpellsThatMovedOn() throws Exception {
    // The 85th percentile of {50, 100, 200} is 200; stages nobody left keep the configured window.
    assertEquals(
        Map.of(
            1, kept(0, "DISCOVERY", 3),
            2, kept(0, "STRATEGY", 3),
            3, "200 | derived: p85 of 3 PROTOTYPE spells that moved on = 200 days",
            4, kept(0, "ENGINEERING", 3),
            5, kept(0, "DEPLOYMENT", 3),
            6, kept(0, "OPERATION", 3)),
        windows(
            "{\"stall_window\": {\"mode\": \"derived\", \"derived_min_days\": 120,"
                + " \"derived_min_sample\": 3}}"));
    assertEquals(
        "250 | derived: p85 of 3 PROTOTYPE spells that moved on = 200 days, raised to"
            + " derived_min_days 250",
        windows(
                "{\"stall_window\": {\"mode\": \"derived\", \"derived_min_days\": 250,"
                    + " \"derived_min_sample\": 3}}")
            .get(3));
  }

  @Test
  void tooFewSpellsKeepTheConfiguredWindowAndSayWhy() throws Exception {
    // lifecycle.json's derived_min_sample is 5: three PROTOTYPE spells are not enough.
    assertEquals(
        "75 | stall_window.per_stage_days.PROTOTYPE (derived: 3 PROTOTYPE spells moved on, fewer"
            + " than derived_min_sample 5)",
        windows(
                "{\"stall_window\": {\"mode\": \"derived\","
                    + " \"per_stage_days\": {\"PROTOTYPE\": 75}}}")
            .get(3));
    assertEquals(
        kept(3, "PROTOTYPE", 5), windows("{\"stall_window\": {\"mode\": \"derived\"}}").get(3));
  }
}
