package dev.lastmile.report;

import dev.lastmile.model.Tables;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The rows of one snapshot that the review pack shows (all small: aggregates plus one row per
 * initiative), and the run manifest JSON when present. A table that the output does not hold (e.g.
 * written by an older lastmile) maps to null.
 */
public record Snapshot(LocalDate date, Map<String, List<Row>> tables, String manifestJson) {
  /** The tables the pack reads. */
  public static final List<String> TABLES =
      List.of(
          Tables.INITIATIVE_ASSESSMENT,
          Tables.CAUSE_EVIDENCE,
          Tables.FAILURE_RATE_STATS,
          Tables.QUARANTINE,
          Tables.TIME_TO_PRODUCTION,
          Tables.COHORT_STATS,
          Tables.CAUSE_STAGE_MATRIX,
          Tables.PUBLISHED_BENCHMARKS,
          Tables.DATA_QUALITY,
          Tables.OVERRIDE_AGREEMENT,
          Tables.REVIEW_WORKLIST,
          Tables.STAGE_HISTORY);

  /** True when the output holds this table for the snapshot. */
  public boolean has(String table) {
    return tables.get(table) != null;
  }

  /** Rows of the table; empty when missing. */
  public List<Row> rows(String table) {
    List<Row> r = tables.get(table);
    return r == null ? List.of() : r;
  }
}
