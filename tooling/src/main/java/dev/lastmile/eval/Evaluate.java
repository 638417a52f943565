package dev.lastmile.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.lastmile.model.Cols;
import dev.lastmile.model.Tables;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Scores a lastmile output against a truth CSV.
 *
 * <pre>
 * bin/lastmile-eval --output DIR --truth truth.csv [--as-of YYYY-MM-DD] [--split all|tune|holdout]
 * </pre>
 *
 * Reads {@code DIR/initiative_assessment} (partition snapshot_date = --as-of, else the latest) and
 * the truth CSV (initiative_id, outcome, stall_stage, primary_cause, acceptable_causes), and prints
 * the scores of {@link CauseMetrics}. Exit 0 after printing; 2 on a usage error; 3 when an input
 * cannot be read.
 */
public final class Evaluate {
  private Evaluate() {}

  static final String USAGE =
      String.join(
          "\n",
          "Usage: lastmile eval --output DIR --truth truth.csv [--as-of YYYY-MM-DD]",
          "                     [--split all|tune|holdout]",
          "",
          "Scores a lastmile output (its initiative_assessment table at one snapshot) against a",
          "truth CSV: outcome and stall-stage accuracy, cause precision/recall/macro-F1.",
          "",
          "Examples:",
          "  bin/lastmile-eval --output lastmile-output --truth sample-data/truth.csv",
          "  bin/lastmile eval --output out --truth eval/portfolio-dev/truth.csv --split holdout",
          "",
          "Exit codes: 0 scores printed, 2 usage error, 3 an input cannot be read.");

  /** The {@code lastmile eval} verb; returns the exit code. */
  static int run(String[] args) {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.println(USAGE);
      return 0;
    }
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if ((a.equals("--output")
              || a.equals("--truth")
              || a.equals("--as-of")
              || a.equals("--split"))
          && i + 1 < args.length) {
        opt.put(a, args[++i]);
      } else {
        System.err.println("Run 'lastmile eval --help' for usage.");
        boolean known = Set.of("--output", "--truth", "--as-of", "--split").contains(a);
        System.err.println(
            "lastmile eval: "
                + a
                + (known
                    ? ": expected a value after it"
                    : ": unknown option, expected --output, --truth, --as-of or --split"));
        return 2;
      }
    }
    if (!opt.containsKey("--output") || !opt.containsKey("--truth")) {
      System.err.println("Run 'lastmile eval --help' for usage.");
      System.err.println(
          "lastmile eval: "
              + (opt.containsKey("--output") ? "--truth" : "--output")
              + ": expected it (both --output DIR and --truth FILE are required)");
      return 2;
    }
    String split = opt.getOrDefault("--split", "all");
    if (!Set.of("all", "tune", "holdout").contains(split)) {
      System.err.println("Cannot use --split " + split + ": expected all, tune or holdout");
      return 2;
    }
    Map<String, String[]> truth;
    try {
      truth = readTruth(new File(opt.get("--truth")));
    } catch (Exception e) {
      System.err.println("Cannot read --truth " + opt.get("--truth") + ": " + e.getMessage());
      return 3;
    }
    Path table = Path.of(opt.get("--output"), Tables.INITIATIVE_ASSESSMENT);
    if (!Files.isDirectory(table)) {
      System.err.println(
          "Cannot read --output "
              + opt.get("--output")
              + ": no "
              + Tables.INITIATIVE_ASSESSMENT
              + " table");
      return 3;
    }
    SparkSession spark =
        SparkSession.builder()
            .appName("lastmile-eval")
            .master("local[1]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    try {
      return score(spark, table, truth, opt.get("--as-of"), split, System.out);
    } finally {
      if (!"false".equals(System.getProperty("lastmile.stopSession"))) {
        spark.stop();
      }
    }
  }

  /** Scores with a given session (tests pass the shared one); prints to {@code out}. */
  static int score(
      SparkSession spark,
      Path table,
      Map<String, String[]> truth,
      String asOf,
      String split,
      java.io.PrintStream out) {
    try {
      Result r = scores(spark, table, truth, asOf, split);
      out.println(
          "snapshot_date "
              + r.snapshot()
              + ", split "
              + split
              + ", "
              + r.predicted()
              + " predicted, "
              + r.scores().rows()
              + " truth rows scored");
      out.print(CauseMetrics.format("split " + split, r.scores()));
      return 0;
    } catch (Exception e) {
      System.err.println("Cannot read --output " + table + ": " + e.getMessage());
      return 3;
    }
  }

  /** The scores of one snapshot (latest when asOf is null) and how many rows were predicted. */
  public record Result(String snapshot, int predicted, CauseMetrics.Scores scores) {}

  /** Scores the initiative_assessment table at {@code table} against the truth rows. */
  public static Result scores(
      SparkSession spark, Path table, Map<String, String[]> truth, String asOf, String split) {
    Dataset<Row> a = spark.read().parquet(table.toString());
    String snap = asOf;
    if (snap == null) {
      snap = a.agg(functions.max(functions.col(Cols.SNAPSHOT_DATE))).first().get(0).toString();
    }
    List<Row> rows =
        a.filter(functions.col(Cols.SNAPSHOT_DATE).cast("string").equalTo(snap))
            .select(Cols.INITIATIVE_ID, Cols.OUTCOME, Cols.STALL_STAGE, Cols.PRIMARY_CAUSE)
            .collectAsList();
    Map<String, Row> pred = new HashMap<>();
    rows.forEach(r -> pred.put(r.getString(0), r));
    List<CauseMetrics.Item> items = new ArrayList<>();
    for (Map.Entry<String, String[]> t : truth.entrySet()) {
      String id = t.getKey();
      if (!split.equals("all") && !CauseMetrics.split(id).equals(split)) {
        continue;
      }
      String[] v = t.getValue();
      Row p = pred.get(id);
      Set<String> acc = new LinkedHashSet<>();
      for (String c : v[3].split(";")) {
        if (!c.isBlank()) {
          acc.add(c.trim());
        }
      }
      items.add(
          new CauseMetrics.Item(
              id,
              v[0],
              blankToNull(v[1]),
              blankToNull(v[2]),
              acc,
              p == null ? null : p.getString(1),
              p == null ? null : p.getString(2),
              p == null ? null : p.getString(3)));
    }
    return new Result(snap, pred.size(), CauseMetrics.score(items));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** id -> {outcome, stall_stage, primary_cause, acceptable_causes}. */
  public static Map<String, String[]> readTruth(File f) throws Exception {
    CsvMapper m = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    Map<String, String[]> out = new java.util.TreeMap<>();
    try (MappingIterator<Map<String, String>> it =
        m.readerFor(Map.class).with(schema).readValues(f)) {
      while (it.hasNext()) {
        Map<String, String> r = it.next();
        String id = r.get(Cols.INITIATIVE_ID);
        if (id == null || r.get(Cols.OUTCOME) == null) {
          throw new IllegalArgumentException("missing initiative_id or outcome column");
        }
        out.put(
            id,
            new String[] {
              r.get(Cols.OUTCOME),
              r.getOrDefault(Cols.STALL_STAGE, ""),
              r.getOrDefault(Cols.PRIMARY_CAUSE, ""),
              r.getOrDefault(Cols.ACCEPTABLE_CAUSES, "")
            });
      }
    }
    return out;
  }
}
