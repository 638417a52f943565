package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.testing.SharedSpark;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

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

  static Map<Integer, Integer> windows(String config, Dataset<Row> evidence) throws Exception {
    LifecycleRules rules = LifecycleRules.withOverrides(new ObjectMapper().readTree(config));
    Map<Integer, Integer> out = new TreeMap<>();
    for (Row r : Lifecycle.stallWindows(evidence, rules).collectAsList()) {
      out.put(r.getInt(0), r.getInt(1));
    }
    return out;
  }

  @Test
  void fixedPerStageAndDataDerivedWindows() throws Exception {
    // Time in PROTOTYPE (rank 3) among initiatives that moved past it: 100, 50 and 200 days.
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
    assertEquals(
        Map.of(1, 60, 2, 90, 3, 90, 4, 90, 5, 90, 6, 90),
        windows("{\"stall_window\": {\"per_stage_days\": {\"DISCOVERY\": 60}}}", evidence));
    // Derived: the 85th percentile of {50, 100, 200} is 200; at least 120 days by config; stages
    // nobody moved past keep the default.
    assertEquals(
        Map.of(1, 90, 2, 90, 3, 200, 4, 90, 5, 90, 6, 90),
        windows(
            "{\"stall_window\": {\"mode\": \"derived\", \"derived_min_days\": 120}}", evidence));
    assertEquals(
        Map.of(1, 90, 2, 90, 3, 250, 4, 90, 5, 90, 6, 90),
        windows(
            "{\"stall_window\": {\"mode\": \"derived\", \"derived_min_days\": 250}}", evidence));
  }
}
