package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lastmile.testing.SharedSpark;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class AsOfTest {
  static Timestamp ts(String iso) {
    return Timestamp.from(Instant.parse(iso));
  }

  @Test
  void eventsAfterTheSnapshotDayAreNotYetKnown() {
    LocalDate asOf = LocalDate.of(2026, 7, 1);
    Dataset<Row> texts =
        SharedSpark.spark()
            .createDataFrame(
                List.of(
                    RowFactory.create("a", ts("2026-07-01T23:59:59Z")),
                    RowFactory.create("b", ts("2026-07-02T00:00:00Z")),
                    RowFactory.create("c", null)),
                StructType.fromDDL("id STRING, text_at TIMESTAMP"));
    assertEquals(
        List.of("a", "c"),
        AsOf.texts(texts, asOf)
            .orderBy("id")
            .select("id")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList());
    Dataset<Row> registry =
        SharedSpark.spark()
            .createDataFrame(
                List.of(
                    RowFactory.create(
                        "AI-1", "retired", Date.valueOf("2026-07-01"), Date.valueOf("2026-08-01"))),
                StructType.fromDDL(
                    "initiative_id STRING, status STRING, production_date DATE, closed_date DATE"));
    Row r = AsOf.registry(registry, asOf).first();
    assertEquals(Date.valueOf("2026-07-01"), r.getAs("production_date"));
    assertNull(r.getAs("closed_date"), "closed after the snapshot: not yet closed");
    assertNull(r.getAs("status"), "the export's status 'retired' was not yet true");
    Dataset<Row> issues =
        SharedSpark.spark()
            .createDataFrame(
                List.of(
                    RowFactory.create(
                        "K-1",
                        "Live",
                        ts("2026-06-01T10:00:00Z"),
                        ts("2026-08-01T10:00:00Z"),
                        ts("2026-08-01T10:00:00Z")),
                    RowFactory.create("K-2", "To Do", ts("2026-07-05T10:00:00Z"), null, null)),
                StructType.fromDDL(
                    "issue_key STRING, issue_status STRING, created TIMESTAMP, "
                        + "updated TIMESTAMP, resolved TIMESTAMP"));
    List<Row> kept = AsOf.issues(issues, asOf).collectAsList();
    assertEquals(1, kept.size());
    assertEquals("K-1", kept.get(0).getString(0));
    assertNull(kept.get(0).get(4), "resolved later: still open at the snapshot");
    assertNull(kept.get(0).get(1), "changed after the snapshot: its status then is unknown");
    assertEquals(ts("2026-06-01T10:00:00Z"), kept.get(0).get(3), "updated falls back to created");
  }
}
