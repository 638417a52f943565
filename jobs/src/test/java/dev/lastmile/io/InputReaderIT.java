package dev.lastmile.io;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lastmile.io.parse.Kinds;
import dev.lastmile.io.parse.ParseConfig;
import dev.lastmile.io.parse.Rec;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.testing.SharedSpark;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50,000-issue Jira CSV with exactly 1% broken records of four kinds (impossible date, wrong
 * field count, a quote that never closes, invalid UTF-8), read through the real Spark path {@link
 * InputReader#parse}: exactly the broken record numbers are quarantined with the right reason,
 * every other record is an issue, and the counts are made in Spark (only the 500 quarantine rows
 * are collected).
 */
class InputReaderIT {
  private static final int ISSUES = 50_000;
  private static final String HEADER =
      "Summary,Issue key,Issue id,Issue Type,Status,Created,Updated,Labels,Description\r\n";

  /** Writes the file; returns expected quarantine reason by physical line. */
  private static Map<Long, String> write(Path file) throws IOException {
    Map<Long, String> broken = new TreeMap<>();
    long line = 2; // header is line 1
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(HEADER.getBytes(StandardCharsets.UTF_8));
      for (int i = 1; i <= ISSUES; i++) {
        String created = "12/Mar/24 3:15 PM";
        String summary = "\"Modèle " + i + ", churn\"";
        String desc = "plain";
        String tail = "";
        int kind = i % 100 == 37 ? (i / 100) % 4 : -1;
        if (i % 50 == 0) {
          desc = "\"first line\r\nsecond line, \"\"quoted\"\"\r\nthird\"";
        }
        byte[] bad = null;
        switch (kind) {
          case 0 -> {
            created = "30/Feb/24 3:15 PM";
            broken.put(line, "BAD_DATE");
          }
          case 1 -> {
            tail = ",extra field";
            broken.put(line, "FIELD_COUNT_MISMATCH");
          }
          case 2 -> {
            summary = "\"Modèle " + i + ", never closed";
            broken.put(line, "MALFORMED_CSV");
          }
          case 3 -> {
            summary = "\"Modèle " + i + " ";
            bad = new byte[] {(byte) 0xC3, 0x28};
            broken.put(line, "INVALID_ENCODING");
          }
          default -> {}
        }
        out.write(summary.getBytes(StandardCharsets.UTF_8));
        if (bad != null) {
          out.write(bad);
          out.write('"');
        }
        String rest =
            ",K-"
                + i
                + ","
                + i
                + ",Task,To Do,"
                + created
                + ","
                + created
                + ",initiative:AI-"
                + (i % 40)
                + ","
                + desc
                + tail
                + "\r\n";
        out.write(rest.getBytes(StandardCharsets.UTF_8));
        line += 1 + (desc.startsWith("\"") ? 2 : 0);
      }
    }
    return broken;
  }

  @Test
  void onePercentBrokenRecordsAreQuarantinedExactlyThroughSpark(@TempDir Path tmp)
      throws IOException {
    Path csv = tmp.resolve("big-export.csv");
    Map<Long, String> expected = write(csv);
    assertEquals(500, expected.size());
    ParseConfig cfg = LifecycleRules.loadDefault().parseConfig();
    InputFile f = new InputFile(csv.toUri().toString(), "jira", Files.size(csv));
    Dataset<Rec> recs =
        InputReader.parse(SharedSpark.spark(), List.of(f), cfg)
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<Row> q =
          recs.filter(col("kind").equalTo(Kinds.QUARANTINE))
              .select(col("recordNumber"), col("reason"))
              .orderBy(col("recordNumber"))
              .collectAsList();
      Map<Long, String> actual = new TreeMap<>();
      q.forEach(r -> actual.put(r.getLong(0), r.getString(1)));
      assertEquals(expected, actual, "exactly the broken records, with their reasons");
      assertEquals(ISSUES - 500, recs.filter(col("kind").equalTo(Kinds.ISSUE)).count());
      assertEquals(
          ISSUES - 500,
          recs.filter(col("kind").equalTo(Kinds.ISSUE)).select("issueKey").distinct().count(),
          "every good issue once");
      assertEquals(
          0,
          recs.filter(
                  col("kind")
                      .equalTo(Kinds.ISSUE)
                      .and(col("recordNumber").isin(expected.keySet().toArray())))
              .count(),
          "no broken record is also an issue");
      Rec file = recs.filter(col("kind").equalTo(Kinds.FILE)).first();
      assertEquals(ISSUES, file.getRecordsRead(), "read = accepted + quarantined");
      assertNull(file.getFatal());
      assertEquals("UTF-8", file.getEncoding());
      Rec k100 =
          recs.filter(col("kind").equalTo(Kinds.ISSUE).and(col("issueKey").equalTo("K-100")))
              .first();
      assertEquals(Timestamp.from(Instant.parse("2024-03-12T15:15:00Z")), k100.getCreated());
      assertEquals("Modèle 100, churn", k100.getSummary());
      assertEquals(List.of("initiative:AI-20"), k100.getLabels());
      assertEquals(
          103, k100.getRecordNumber(), "98 one-line rows and one 3-line row (K-50) before");
      Rec k238 =
          recs.filter(col("kind").equalTo(Kinds.ISSUE).and(col("issueKey").equalTo("K-238")))
              .first();
      assertEquals(
          "Modèle 238, churn",
          k238.getSummary(),
          "the record after an unclosed quote (K-237) survives");
      assertEquals(
          2,
          recs.filter(col("kind").equalTo(Kinds.TEXT).and(col("issueKey").equalTo("K-100")))
              .count(),
          "summary and description");
    } finally {
      recs.unpersist();
    }
  }
}
