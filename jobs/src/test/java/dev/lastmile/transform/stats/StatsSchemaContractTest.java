package dev.lastmile.transform.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.model.Cols;
import dev.lastmile.model.SchemaFiles;
import dev.lastmile.model.Tables;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/** Every column of the statistics DDLs is a Cols constant; the benchmark file parses. */
class StatsSchemaContractTest {
  static final List<String> TABLES =
      List.of(
          Tables.FAILURE_RATE_STATS,
          Tables.TIME_TO_PRODUCTION,
          Tables.COHORT_STATS,
          Tables.CAUSE_STAGE_MATRIX,
          Tables.CAUSE_EVIDENCE_TIMING,
          Tables.PUBLISHED_BENCHMARKS);

  @Test
  void everyDdlColumnIsAColsConstant() throws IllegalAccessException {
    Set<String> constants = new HashSet<>();
    for (Field f : Cols.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        constants.add((String) f.get(null));
      }
    }
    for (String table : TABLES) {
      for (StructField f : SchemaFiles.output(table).fields()) {
        assertTrue(constants.contains(f.name()), table + "." + f.name() + " has no Cols constant");
        assertTrue(f.getComment().isDefined(), table + "." + f.name() + " has no COMMENT");
      }
      String[] names = SchemaFiles.output(table).fieldNames();
      assertEquals(Cols.SNAPSHOT_DATE, names[names.length - 1], table + " ends with snapshot_date");
    }
  }

  @Test
  void bundledBenchmarksParseAndRejectBadValues() {
    PublishedBenchmarks b = PublishedBenchmarks.bundled();
    assertEquals(6, b.benchmarks().size(), "entries in the bundled file");
    assertEquals("2025.1", b.version(), "version");
    PublishedBenchmarks.Benchmark idc =
        b.benchmarks().stream()
            .filter(x -> x.id().equals("idc-lenovo-2025-poc-to-production"))
            .findFirst()
            .orElseThrow();
    assertEquals(0.12, idc.value(), 1e-12, "IDC value");
    assertEquals(PublishedBenchmarks.POC_TO_PRODUCTION_RATE, idc.comparableMetric(), "metric");
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                PublishedBenchmarks.parse(
                    "{\"version\":\"x\",\"benchmarks\":[{\"id\":\"a\",\"value\":80}]}"));
    assertEquals(
        "Cannot parse published benchmark a: needs an id and a value between 0 and 1",
        e.getMessage());
  }
}
