package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lastmile.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class UnionsTest {
  private static Dataset<Row> part(SparkSession spark, int n, boolean swapped) {
    StructType ab = new StructType().add("a", DataTypes.IntegerType).add("b", DataTypes.StringType);
    StructType ba = new StructType().add("b", DataTypes.StringType).add("a", DataTypes.IntegerType);
    Row row = swapped ? RowFactory.create("p" + n, n) : RowFactory.create(n, "p" + n);
    return spark.createDataFrame(List.of(row), swapped ? ba : ab);
  }

  @Test
  void sameRowsOrderAndColumnsAsTheChain() {
    SparkSession spark = SharedSpark.spark();
    for (int n = 1; n <= 7; n++) {
      List<Dataset<Row>> parts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        parts.add(part(spark, i, i % 3 == 2));
      }
      Dataset<Row> chain = parts.get(0);
      for (int i = 1; i < n; i++) {
        chain = chain.unionByName(parts.get(i));
      }
      Dataset<Row> tree = Unions.byName(parts).coalesce(1);
      assertArrayEquals(chain.columns(), tree.columns(), n + " parts");
      assertEquals(chain.schema(), tree.schema(), n + " parts");
      assertEquals(chain.coalesce(1).collectAsList(), tree.collectAsList(), n + " parts");
    }
  }

  @Test
  void noParts() {
    assertThrows(IllegalArgumentException.class, () -> Unions.byName(List.of()));
  }
}
