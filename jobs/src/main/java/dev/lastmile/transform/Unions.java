package dev.lastmile.transform;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code unionByName} of many frames with fewer analyses. Every {@code unionByName} makes a new
 * Dataset, which Catalyst analyses whole (relation deduplication and the analysis checks walk every
 * branch below it): chained over n parts that is n - 1 analyses of plans of 2, 3, ..., n branches,
 * quadratic in n. Paired as a balanced tree it is about n log2 n branch visits. The rows are the
 * same, in the same order of the parts (the optimizer flattens nested unions into one), with the
 * first part's column order, as the chain {@code p0.unionByName(p1).unionByName(p2)...} gives.
 */
public final class Unions {
  private Unions() {}

  /** The union by name of {@code parts} (at least one), in their order. */
  public static Dataset<Row> byName(List<Dataset<Row>> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no parts to union");
    }
    return byName(parts, 0, parts.size());
  }

  private static Dataset<Row> byName(List<Dataset<Row>> parts, int from, int to) {
    if (to - from == 1) {
      return parts.get(from);
    }
    int mid = (from + to + 1) / 2;
    return byName(parts, from, mid).unionByName(byName(parts, mid, to));
  }
}
