package dev.lastmile.transform;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lastmile.testing.SharedSpark;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

class CaseMappingTest {
  /** ASCII, accents, ß, a title-case digraph, final sigma, dotted I, a ligature, invalid-free. */
  private static final List<String> SAMPLES =
      Arrays.asList(
          "abc-12 XyZ",
          "ÉPOPÉE",
          "épopée",
          "straße",
          "ǅungla",
          "ΟΔΟΣ ΣΑΣ",
          "İstanbul",
          "ﬁle",
          "Ⅻ",
          "",
          null);

  @Test
  void valuesAreTheBuiltInsValues() {
    assertEquals("ABC-12 XYZ", CaseMapping.upperOf("abc-12 XyZ"));
    assertEquals("abc-12 xyz", CaseMapping.lowerOf("abc-12 XyZ"));
    assertEquals("ÉPOPÉE", CaseMapping.upperOf("épopée"));
    assertEquals("épopée", CaseMapping.lowerOf("ÉPOPÉE"));
    assertEquals("STRASSE", CaseMapping.upperOf("straße"));
    assertEquals("οδος σας", CaseMapping.lowerOf("ΟΔΟΣ ΣΑΣ"));
    assertEquals("FILE", CaseMapping.upperOf("ﬁle"));
    assertNull(CaseMapping.upperOf(null));
    assertNull(CaseMapping.lowerOf(null));
  }

  @Test
  void sameAsSparkUpperAndLower() {
    Dataset<String> in = SharedSpark.spark().createDataset(SAMPLES, Encoders.STRING());
    List<Row> rows =
        in.select(
                col("value"),
                functions.upper(col("value")).as("spark_upper"),
                CaseMapping.upper(col("value")).as("upper"),
                functions.lower(col("value")).as("spark_lower"),
                CaseMapping.lower(col("value")).as("lower"))
            .collectAsList();
    List<String> seen = new ArrayList<>();
    for (Row r : rows) {
      seen.add(r.getString(0));
      assertEquals(r.getString(1), r.getString(2), "upper of " + r.getString(0));
      assertEquals(r.getString(3), r.getString(4), "lower of " + r.getString(0));
    }
    assertEquals(SAMPLES, seen);
  }
}
