package dev.lastmile.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** {@link SchemaFiles#output} parses each table's DDL once and returns what a fresh parse does. */
class SchemaFilesTest {
  @Test
  void outputIsParsedOnceAndEqualsAFreshParse() {
    for (String table : Tables.ALL) {
      StructType first = SchemaFiles.output(table);
      assertSame(first, SchemaFiles.output(table), table + ": the remembered schema");
      assertEquals(SchemaFiles.parseOutput(table), first, table);
      assertEquals(
          Cols.SNAPSHOT_DATE,
          first.fields()[first.fields().length - 1].name(),
          table + ": snapshot_date last");
    }
  }

  @Test
  void outputKeepsTypesAndComments() {
    StructType s = SchemaFiles.output(Tables.PUBLISHED_BENCHMARKS);
    List<String> names = Arrays.asList(s.fieldNames());
    assertEquals("benchmark_id", names.get(0));
    assertEquals(DataTypes.StringType, s.apply("benchmark_id").dataType());
    assertEquals("Stable id of the published figure", s.apply("benchmark_id").getComment().get());
    assertEquals(DataTypes.DoubleType, s.apply("published_value").dataType());
    assertEquals(Cols.SNAPSHOT_DATE, names.get(names.size() - 1));
    assertEquals(DataTypes.DateType, s.apply(Cols.SNAPSHOT_DATE).dataType());
  }
}
