package dev.lastmile.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lastmile.io.RunManifest;
import dev.lastmile.model.Cols;
import dev.lastmile.model.QuarantineReason;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Proves read = accepted + quarantined for every input file and records it in the manifest.
 * Accepted records are registry rows kept, issues linked and model versions linked; everything else
 * a file held is in quarantine. A mismatch is a bug, not a data fault: the run fails.
 */
final class Reconcile {
  private Reconcile() {}

  /**
   * The accepted records' source files, one row per record (registry rows kept, issues linked and
   * model versions linked): {@link #perFile} counts them in the query that counts the quarantine.
   */
  static Dataset<Row> accepted(Dataset<Row> registry, Dataset<Row> issues, Dataset<Row> models) {
    return registry
        .select(col(Cols.SOURCE_FILE))
        .unionByName(issues.select(col(Cols.SOURCE_FILE)))
        .unionByName(models.select(col(Cols.SOURCE_FILE)));
  }

  /** Spark's ascending order of struct(record_number, detail): field by field, nulls first. */
  private static final Comparator<Row> FIRST =
      Comparator.<Row, Long>comparing(
              r -> r.isNullAt(0) ? null : r.getLong(0),
              Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(
              r -> r.isNullAt(1) ? null : UTF8String.fromString(r.getString(1)),
              Comparator.nullsFirst(Comparator.naturalOrder()));

  static void perFile(
      RunManifest manifest,
      List<Row> files,
      Dataset<Row> acceptedRecords,
      Dataset<Row> quarantine) {
    Map<String, Long> accepted = new HashMap<>();
    // One query: the accepted records per file (the rows without a reason), the per-file
    // quarantined count as the sum of its per-reason counts, and the
    // first error that broke a file's reading (a truncated JSON page, reading that stopped) is the
    // least (record_number, detail) of its error reasons' groups, so the manifest entry says what
    // went wrong and not only how many rows it cost.
    Map<String, Long> quarantined = new HashMap<>();
    Map<String, Map<String, Long>> reasons = new HashMap<>();
    Map<String, Row> firstError = new HashMap<>();
    Column isError =
        col(Cols.REASON)
            .isin(QuarantineReason.MALFORMED_JSON.code(), QuarantineReason.UNREADABLE_FILE.code());
    Dataset<Row> records =
        quarantine
            .select(
                col(Cols.SOURCE_FILE),
                col(Cols.REASON),
                col(Cols.RECORD_NUMBER),
                col(Cols.DETAIL),
                lit(false).as("_accepted"))
            .unionByName(
                acceptedRecords.select(
                    col(Cols.SOURCE_FILE),
                    lit(null).cast("string").as(Cols.REASON),
                    lit(null).cast("bigint").as(Cols.RECORD_NUMBER),
                    lit(null).cast("string").as(Cols.DETAIL),
                    lit(true).as("_accepted")));
    for (Row r :
        records
            .groupBy(col("_accepted"), col(Cols.SOURCE_FILE), col(Cols.REASON))
            .agg(
                count(lit(1)).as("n"),
                min(when(isError, struct(col(Cols.RECORD_NUMBER), col(Cols.DETAIL)))).as("first"))
            .collectAsList()) {
      String file = r.getString(1);
      if (r.getBoolean(0)) {
        accepted.put(file, r.getLong(3));
        continue;
      }
      reasons.computeIfAbsent(file, k -> new TreeMap<>()).put(r.getString(2), r.getLong(3));
      quarantined.merge(file, r.getLong(3), Long::sum);
      if (!r.isNullAt(4)) {
        firstError.merge(file, r.getStruct(4), (a, b) -> FIRST.compare(a, b) <= 0 ? a : b);
      }
    }
    Map<String, String> errors = new HashMap<>();
    firstError.forEach((f, e) -> errors.put(f, e.getString(1)));
    StringBuilder problems = new StringBuilder();
    for (Row f : files) {
      String file = f.getAs(Cols.SOURCE_FILE);
      long read = f.<Long>getAs("records_read");
      long acc = accepted.getOrDefault(file, 0L);
      long q = quarantined.getOrDefault(file, 0L);
      ObjectNode in = manifest.addInput();
      in.put("file", file);
      in.put("format", (String) f.getAs("format"));
      in.put("encoding", (String) f.getAs("encoding"));
      in.put("sha256", (String) f.getAs("sha256"));
      in.put("bytes", f.<Long>getAs("bytes"));
      in.put("read", read);
      in.put("accepted", acc);
      in.put("quarantined", q);
      if (errors.containsKey(file)) {
        in.put("error", errors.get(file));
      }
      ObjectNode byReason = in.putObject("quarantine_reasons");
      reasons.getOrDefault(file, Map.of()).forEach(byReason::put);
      if (read != acc + q) {
        problems
            .append(file)
            .append(": read ")
            .append(read)
            .append(" != accepted ")
            .append(acc)
            .append(" + quarantined ")
            .append(q)
            .append("; ");
      }
    }
    if (problems.length() > 0) {
      throw new IllegalStateException("Cannot reconcile record counts: " + problems);
    }
  }

  /**
   * The reviewer decisions file: read = applied + quarantined (a superseded decision is quarantined
   * as DUPLICATE_ID), recorded as one more input of the manifest.
   */
  static void overrides(
      RunManifest manifest,
      String file,
      Dataset<Row> read,
      Dataset<Row> applied,
      Dataset<Row> quarantine) {
    Row first =
        read.select(Cols.SOURCE_FILE).limit(1).collectAsList().stream().findFirst().orElse(null);
    String name = first == null ? file : first.getString(0);
    long n = read.count();
    long acc = applied.count();
    Map<String, Long> byReason = new TreeMap<>();
    for (Row r :
        quarantine
            .filter(col(Cols.SOURCE_FILE).equalTo(name))
            .groupBy(Cols.REASON)
            .agg(count(lit(1)))
            .collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    long q = byReason.values().stream().mapToLong(Long::longValue).sum();
    ObjectNode in = manifest.addInput();
    in.put("file", name);
    in.put("format", "overrides-csv");
    in.put("role", "overrides");
    in.put("read", n);
    in.put("accepted", acc);
    in.put("quarantined", q);
    ObjectNode reasons = in.putObject("quarantine_reasons");
    byReason.forEach(reasons::put);
    if (n != acc + q) {
      throw new IllegalStateException(
          "Cannot reconcile record counts: "
              + name
              + ": read "
              + n
              + " != accepted "
              + acc
              + " + quarantined "
              + q);
    }
  }
}
