package dev.lastmile.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lastmile.io.RunManifest;
import dev.lastmile.model.Cols;
import dev.lastmile.model.QuarantineReason;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Proves read = accepted + quarantined for every input file and records it in the manifest.
 * Accepted records are registry rows kept, issues linked and model versions linked; everything else
 * a file held is in quarantine. A mismatch is a bug, not a data fault: the run fails.
 */
final class Reconcile {
  private Reconcile() {}

  /**
   * Row counts per (kind, source file) of the accepted records, in one query: the job reads both
   * the per-file accepted counts (for reconciling) and the per-kind totals (for the progress line
   * and the empty-registry check) from it. Kinds: registry, issue, model.
   */
  static Map<String, Map<String, Long>> accepted(
      Dataset<Row> registry, Dataset<Row> issues, Dataset<Row> models) {
    Dataset<Row> all =
        registry
            .select(lit(REGISTRY).as("kind"), col(Cols.SOURCE_FILE))
            .unionByName(issues.select(lit(ISSUE).as("kind"), col(Cols.SOURCE_FILE)))
            .unionByName(models.select(lit(MODEL).as("kind"), col(Cols.SOURCE_FILE)));
    Map<String, Map<String, Long>> out = new HashMap<>();
    for (String k : List.of(REGISTRY, ISSUE, MODEL)) {
      out.put(k, new HashMap<>());
    }
    for (Row r :
        all.groupBy(col("kind"), col(Cols.SOURCE_FILE)).agg(count(lit(1))).collectAsList()) {
      out.get(r.getString(0)).put(r.getString(1), r.getLong(2));
    }
    return out;
  }

  static final String REGISTRY = "registry";
  static final String ISSUE = "issue";
  static final String MODEL = "model";

  /** The total of one kind in {@link #accepted}'s result. */
  static long total(Map<String, Map<String, Long>> accepted, String kind) {
    return accepted.get(kind).values().stream().mapToLong(Long::longValue).sum();
  }

  static void perFile(
      RunManifest manifest,
      List<Row> files,
      Map<String, Map<String, Long>> acceptedByKind,
      Dataset<Row> quarantine) {
    Map<String, Long> accepted = new HashMap<>();
    acceptedByKind.values().forEach(m -> m.forEach((f, n) -> accepted.merge(f, n, Long::sum)));
    // One query: the per-file quarantined count is the sum of its per-reason counts.
    Map<String, Long> quarantined = new HashMap<>();
    Map<String, Map<String, Long>> reasons = new HashMap<>();
    for (Row r :
        quarantine
            .groupBy(Cols.SOURCE_FILE, Cols.REASON)
            .agg(count(lit(1)).as("n"))
            .collectAsList()) {
      reasons
          .computeIfAbsent(r.getString(0), k -> new TreeMap<>())
          .put(r.getString(1), r.getLong(2));
      quarantined.merge(r.getString(0), r.getLong(2), Long::sum);
    }
    // The first error that broke a file's reading (a truncated JSON page, reading that
    // stopped), so the manifest entry says what went wrong and not only how many rows it cost.
    Map<String, String> errors = new HashMap<>();
    for (Row r :
        quarantine
            .filter(
                col(Cols.REASON)
                    .isin(
                        QuarantineReason.MALFORMED_JSON.code(),
                        QuarantineReason.UNREADABLE_FILE.code()))
            .groupBy(col(Cols.SOURCE_FILE))
            .agg(min(struct(col(Cols.RECORD_NUMBER), col(Cols.DETAIL))).as("first"))
            .collectAsList()) {
      errors.put(r.getString(0), r.getStruct(1).getString(1));
    }
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
