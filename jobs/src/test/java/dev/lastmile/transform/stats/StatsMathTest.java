package dev.lastmile.transform.stats;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lastmile.testing.SharedSpark;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class StatsMathTest {
  static final double EPS = 1e-9;
  static final double Z95 = 1.959963984540054;

  @Test
  void normalQuantileMatchesKnownValues() {
    assertEquals(Z95, StatsMath.normalQuantile(0.975), 1e-12, "z for 95%");
    assertEquals(1.6448536269514722, StatsMath.normalQuantile(0.95), 1e-12, "z for 90%");
    assertEquals(2.5758293035489004, StatsMath.normalQuantile(0.995), 1e-12, "z for 99%");
    assertEquals(Z95, StatsParams.defaults().z(), 1e-12, "defaults use 95%");
    assertThrows(IllegalArgumentException.class, () -> StatsMath.normalQuantile(0.4));
  }

  /**
   * Wilson score interval, z = 1.959963984540054, z² = 3.841458820694124.
   *
   * <pre>
   * 3/10: p = 0.3, denominator 1 + z²/10 = 1.3841458820694124
   *       centre = (0.3 + z²/20) / 1.38414588 = 0.49207294103 / 1.38414588 = 0.355506...
   *       half   = z sqrt(0.3*0.7/10 + z²/400) / 1.38414588
   *              = 1.95996 * sqrt(0.021 + 0.00960364705) / 1.38414588 = 0.247715...
   *       -> [0.10779126740630099, 0.6032218525388546]
   * 0/5:  centre = half = (z²/10)/(1 + z²/5) -> low exactly 0, high = 2 * 0.38414588/1.76829176
   *       = 0.43448246478317476
   * 5/5:  mirror image of 0/5 -> [1 - 0.43448246478317476, 1]
   * 0/0:  no denominator -> null, null (and rate null)
   * </pre>
   */
  @Test
  void wilsonIntervalByHand() {
    StructType schema = new StructType().add("x", DataTypes.LongType).add("n", DataTypes.LongType);
    Dataset<Row> df =
        SharedSpark.spark()
            .createDataFrame(
                List.of(
                    RowFactory.create(3L, 10L),
                    RowFactory.create(0L, 5L),
                    RowFactory.create(5L, 5L),
                    RowFactory.create(0L, 0L)),
                schema);
    List<Row> rows =
        df.select(
                col("x"),
                col("n"),
                StatsMath.wilsonLow(col("x"), col("n"), Z95),
                StatsMath.wilsonHigh(col("x"), col("n"), Z95),
                StatsMath.rate(col("x"), col("n")))
            .collectAsList();
    Row r310 = find(rows, 3, 10);
    assertEquals(0.10779126740630099, r310.getDouble(2), EPS, "3/10 low");
    assertEquals(0.6032218525388546, r310.getDouble(3), EPS, "3/10 high");
    assertEquals(0.3, r310.getDouble(4), EPS, "3/10 rate");
    Row r05 = find(rows, 0, 5);
    assertEquals(0.0, r05.getDouble(2), EPS, "0/5 low");
    assertEquals(0.43448246478317476, r05.getDouble(3), EPS, "0/5 high");
    Row r55 = find(rows, 5, 5);
    assertEquals(1 - 0.43448246478317476, r55.getDouble(2), EPS, "5/5 low");
    assertEquals(1.0, r55.getDouble(3), EPS, "5/5 high");
    Row r00 = find(rows, 0, 0);
    assertNull(r00.get(2), "0/0 low");
    assertNull(r00.get(3), "0/0 high");
    assertNull(r00.get(4), "0/0 rate");
  }

  private static Row find(List<Row> rows, long x, long n) {
    return rows.stream()
        .filter(r -> r.getLong(0) == x && r.getLong(1) == n)
        .findFirst()
        .orElseThrow();
  }
}
