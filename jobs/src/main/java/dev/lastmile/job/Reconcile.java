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
 * Accepted records are registry rows kept, issues linked and model versions linked; everything
 * else a file held is in quarantine. A mismatch is a bug, not a data fault: the run fails.
 */
final class Reconcile {
  private Reconcile() {}

  static void perFile(RunManifest manifest, List<Row> files, Dataset<Row> registry,
      Dataset<Row> issues, Dataset<Row> models, Dataset<Row> quarantine) {
    Map<String, Long> accepted = counts(registry.select(Cols.SOURCE_FILE)
        .unionByName(issues.select(Cols.SOURCE_FILE))
        .unionByName(models.select(Cols.SOURCE_FILE)));
    Map<String, Long> quarantined = counts(quarantine.select(Cols.SOURCE_FILE));
    Map<String, Map<String, Long>> reasons = new HashMap<>();
    for (Row r : quarantine.groupBy(Cols.SOURCE_FILE, Cols.REASON).agg(count(lit(1)).as("n"))
        .collectAsList()) {
      reasons.computeIfAbsent(r.getString(0), k -> new TreeMap<>()).put(r.getString(1), r.getLong(2));
    }
    // The first error that broke a file's reading (a truncated JSON page, reading that
    // stopped), so the manifest entry says what went wrong and not only how many rows it cost.
    Map<String, String> errors = new HashMap<>();
    for (Row r : quarantine
        .filter(col(Cols.REASON).isin(QuarantineReason.MALFORMED_JSON.code(),
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
        problems.append(file).append(": read ").append(read).append(" != accepted ").append(acc)
            .append(" + quarantined ").append(q).append("; ");
      }
    }
    if (problems.length() > 0) {
      throw new IllegalStateException("Cannot reconcile record counts: " + problems);
    }
  }

  private static Map<String, Long> counts(Dataset<Row> files) {
    Map<String, Long> m = new HashMap<>();
    for (Row r : files.groupBy(col(Cols.SOURCE_FILE)).agg(count(lit(1))).collectAsList()) {
      m.put(r.getString(0), r.getLong(1));
    }
    return m;
  }
}
