package dev.lastmile.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.compare.CompareOutputs.TableDiff;
import dev.lastmile.model.SchemaFiles;
import dev.lastmile.model.Tables;
import dev.lastmile.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two outputs written with every table of the contract: the comparison names each table, finds a
 * changed value, a duplicated row and a missing table, and normalises the checkouts' roots.
 */
class CompareOutputsTest {
  @TempDir Path tmp;

  private static final Date SNAPSHOT = Date.valueOf("2026-10-01");

  /** One row of the quarantine table (a string lineage column, a number, the partition). */
  private static Row quarantineRow(String file, long record, String reason) {
    StructType s = SchemaFiles.withoutMetadata(SchemaFiles.output(Tables.QUARANTINE));
    Object[] v = new Object[s.fields().length];
    for (int i = 0; i < v.length; i++) {
      StructField f = s.fields()[i];
      v[i] =
          switch (f.name()) {
            case "source_file" -> file;
            case "record_number" -> record;
            case "reason" -> reason;
            case "snapshot_date" -> SNAPSHOT;
            default ->
                f.dataType().typeName().equals("timestamp")
                    ? Timestamp.valueOf("2026-10-01 00:00:00")
                    : null;
          };
    }
    return RowFactory.create(v);
  }

  /** An output folder: the quarantine table with {@code quarantine}, every other table empty. */
  private Path output(String name, List<Row> quarantine, String... skip) {
    Path dir = tmp.resolve(name);
    for (String t : Tables.ALL) {
      if (List.of(skip).contains(t)) {
        continue;
      }
      StructType s = SchemaFiles.withoutMetadata(SchemaFiles.output(t));
      SharedSpark.spark()
          .createDataFrame(t.equals(Tables.QUARANTINE) ? quarantine : List.<Row>of(), s)
          .write()
          .partitionBy("snapshot_date")
          .parquet(dir.resolve(t).toString());
    }
    return dir;
  }

  private Map<String, TableDiff> compare(Path a, Path b, String rootA, String rootB) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    List<TableDiff> diffs =
        CompareOutputs.compare(
            SharedSpark.spark(),
            a.toString(),
            b.toString(),
            null,
            rootA,
            rootB,
            3,
            new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    for (String t : Tables.ALL) {
      assertTrue(out.contains(t), "one line per table: " + out);
    }
    return diffs.stream().collect(Collectors.toMap(TableDiff::table, d -> d));
  }

  @Test
  void sameRowsInAnotherOrderAreIdentical() {
    Path a =
        output("a", List.of(quarantineRow("f.csv", 2, "BAD_DATE"), quarantineRow("g", 3, "X")));
    Path b =
        output("b", List.of(quarantineRow("g", 3, "X"), quarantineRow("f.csv", 2, "BAD_DATE")));
    Map<String, TableDiff> d = compare(a, b, null, null);
    assertEquals(Tables.ALL.size(), d.size());
    d.values().forEach(t -> assertTrue(t.identical(), t.line()));
    assertEquals(2, d.get(Tables.QUARANTINE).rowsA());
    assertTrue(d.get(Tables.QUARANTINE).line().startsWith("identical"));
  }

  @Test
  void aChangedValueAndADuplicateRowDiffer() {
    Path a =
        output("a", List.of(quarantineRow("f.csv", 2, "BAD_DATE"), quarantineRow("g", 3, "X")));
    Path b =
        output(
            "b",
            List.of(
                quarantineRow("f.csv", 2, "BAD_DATE"),
                quarantineRow("f.csv", 2, "BAD_DATE"),
                quarantineRow("g", 4, "X")));
    TableDiff q = compare(a, b, null, null).get(Tables.QUARANTINE);
    assertFalse(q.identical());
    assertEquals(2, q.rowsA());
    assertEquals(3, q.rowsB());
    assertEquals(1, q.onlyA(), "record 3 of g");
    assertEquals(2, q.onlyB(), "record 4 of g and the second copy of f.csv's row");
    assertTrue(q.line().startsWith("DIFFERENT"), q.line());
  }

  @Test
  void rootsAreNormalisedAndAMissingTableDiffers() {
    Path a = output("a", List.of(quarantineRow("/work/main/sample-data/x.csv", 2, "R")));
    Path b =
        output(
            "b", List.of(quarantineRow("/work/wt/sample-data/x.csv", 2, "R")), Tables.RULE_STATS);
    assertFalse(compare(a, b, null, null).get(Tables.QUARANTINE).identical());
    Map<String, TableDiff> d = compare(a, b, "/work/main", "/work/wt");
    assertTrue(d.get(Tables.QUARANTINE).identical(), d.get(Tables.QUARANTINE).line());
    TableDiff missing = d.get(Tables.RULE_STATS);
    assertFalse(missing.identical());
    assertEquals("only in A's output", missing.problem());
  }

  @Test
  void usageErrorsAndExitCodes() throws Exception {
    assertEquals(2, CompareOutputs.command(new String[] {"only-one"}));
    assertEquals(2, CompareOutputs.command(new String[] {"a", "b", "--frob"}));
    assertEquals(2, CompareOutputs.command(new String[] {"a", "b", "--as-of", "1 Oct"}));
    assertEquals(
        3,
        CompareOutputs.command(
            new String[] {
              tmp.resolve("nope").toString(), Files.createDirectory(tmp.resolve("e")).toString()
            }));
  }
}
