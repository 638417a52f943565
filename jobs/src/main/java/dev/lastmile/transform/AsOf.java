package dev.lastmile.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cols;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Restricts the evidence to what was known at the snapshot date, so that a snapshot for an earlier
 * {@code --as-of} computed from a later export (a backfill, or a quarter-over-quarter comparison)
 * does not see the future: issues created, comments written, status changes and model versions
 * registered after the end of the as-of day are left out of the verdicts, and registry dates after
 * it (production, closure) are treated as not yet happened, together with the export's status of
 * such an initiative. The records stay accepted in the manifest: they are valid, just not yet
 * relevant.
 */
public final class AsOf {
  private AsOf() {}

  /** The first instant after the snapshot day (UTC). */
  static Column end(LocalDate asOf) {
    return lit(Timestamp.from(asOf.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  static Dataset<Row> before(Dataset<Row> df, String column, LocalDate asOf) {
    return df.filter(col(column).isNull().or(col(column).lt(end(asOf))));
  }

  public static Dataset<Row> issues(Dataset<Row> issues, LocalDate asOf) {
    // An issue changed after the snapshot may have had another status then: its current status
    // is unknown for the snapshot (its changelog, clipped too, still tells the transitions).
    // One projection: each column reads only the input's columns (the status the input's
    // updated, before it is replaced), so every later plan over the issues has one node less
    // to analyse per replaced column.
    Map<String, Column> cols = new LinkedHashMap<>();
    cols.put(
        Cols.ISSUE_STATUS,
        when(col(Cols.UPDATED).geq(end(asOf)), lit(null).cast("string"))
            .otherwise(col(Cols.ISSUE_STATUS)));
    cols.put(Cols.RESOLVED, when(col(Cols.RESOLVED).lt(end(asOf)), col(Cols.RESOLVED)));
    cols.put(
        Cols.UPDATED,
        when(col(Cols.UPDATED).lt(end(asOf)), col(Cols.UPDATED)).otherwise(col(Cols.CREATED)));
    return before(issues, Cols.CREATED, asOf).withColumns(cols);
  }

  public static Dataset<Row> texts(Dataset<Row> texts, LocalDate asOf) {
    return before(texts, Cols.TEXT_AT, asOf);
  }

  public static Dataset<Row> history(Dataset<Row> history, LocalDate asOf) {
    return before(history, Cols.CHANGED_AT, asOf);
  }

  public static Dataset<Row> models(Dataset<Row> models, LocalDate asOf) {
    return before(models, Cols.MODEL_CREATED, asOf);
  }

  public static Dataset<Row> registry(Dataset<Row> registry, LocalDate asOf) {
    Column day = lit(java.sql.Date.valueOf(asOf));
    // The status is the export's current one; when it went live or closed after the snapshot,
    // the status it had at the snapshot is unknown.
    Column later = col(Cols.PRODUCTION_DATE).gt(day).or(col(Cols.CLOSED_DATE).gt(day));
    // One projection: the status reads the input's dates, before they are clipped.
    Map<String, Column> cols = new LinkedHashMap<>();
    cols.put(
        Cols.STATUS,
        when(org.apache.spark.sql.functions.coalesce(later, lit(false)), lit(null).cast("string"))
            .otherwise(col(Cols.STATUS)));
    for (String c : new String[] {Cols.PRODUCTION_DATE, Cols.CLOSED_DATE}) {
      cols.put(c, when(col(c).leq(day), col(c)));
    }
    return registry.withColumns(cols);
  }
}
