package dev.lastmile.compare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.lastmile.model.Cols;
import dev.lastmile.model.SchemaFiles;
import dev.lastmile.model.Tables;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code lastmile compare DIR_A DIR_B}: whether two lastmile outputs hold the same rows, table by
 * table, for every table of the contract ({@link Tables#ALL}). Each table is read with its contract
 * schema (schemas/outputs), all snapshot dates or the one given, and compared as a multiset:
 * Spark's {@code exceptAll} both ways (a row twice in A and once in B is a difference). Values must
 * be equal exactly, doubles included. One line per table; exit 0 when every table is identical, 1
 * when one differs or is missing, 2 on a usage error, 3 when a folder cannot be read.
 *
 * <p>Lineage columns name input files "as given on the command line", so two checkouts' runs of the
 * demo differ in their paths only: {@code --root-a}/{@code --root-b} replace a prefix in every
 * string column of A/B by {@code <root>} before comparing.
 */
public final class CompareOutputs {
  private CompareOutputs() {}

  static final String USAGE =
      String.join(
          "\n",
          "Usage: lastmile compare DIR_A DIR_B [--as-of YYYY-MM-DD] [--root-a PATH]",
          "                        [--root-b PATH] [--show N]",
          "",
          "Compares two lastmile outputs table by table (every table of the contract): the rows of",
          "each, read with its contract schema, as multisets (Spark exceptAll both ways), all",
          "snapshot dates or the one of --as-of. Prints one line per table and, for a table that",
          "differs, up to N (default 3) rows found only in A and only in B.",
          "",
          "  --root-a PATH  Replace PATH by <root> in A's string columns (input paths in lineage",
          "  --root-b PATH  columns differ between two checkouts); the same for B.",
          "",
          "Examples:",
          "  bin/lastmile-compare /tmp/out-main /tmp/out-branch",
          "  bin/lastmile compare out-a out-b --as-of 2026-10-01 \\",
          "      --root-a /work/main --root-b /work/wt-perf5",
          "",
          "Exit codes: 0 every table identical, 1 a table differs or is missing, 2 usage error,",
          "3 a folder cannot be read.");

  /** How one table compared: row counts, rows only in A / only in B, or why it was not compared. */
  public record TableDiff(
      String table, long rowsA, long rowsB, long onlyA, long onlyB, String problem) {
    public boolean identical() {
      return problem == null && onlyA == 0 && onlyB == 0;
    }

    /** The table's line of the report. */
    public String line() {
      if (problem != null) {
        return String.format("%-9s  %-22s  %s", "MISSING", table, problem);
      }
      if (identical()) {
        return String.format("%-9s  %-22s  %d rows", "identical", table, rowsA);
      }
      return String.format(
          "%-9s  %-22s  %d rows in A, %d in B: %d only in A, %d only in B",
          "DIFFERENT", table, rowsA, rowsB, onlyA, onlyB);
    }
  }

  /** The {@code lastmile compare} verb; returns the exit code. */
  static int command(String[] args) {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.println(USAGE);
      return 0;
    }
    List<String> dirs = new ArrayList<>();
    String asOf = null;
    String rootA = null;
    String rootB = null;
    int show = 3;
    Set<String> valued = Set.of("--as-of", "--root-a", "--root-b", "--show");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (valued.contains(a)) {
        if (i + 1 >= args.length) {
          return usage(a + ": expected a value after it");
        }
        String v = args[++i];
        switch (a) {
          case "--as-of" -> asOf = v;
          case "--root-a" -> rootA = v;
          case "--root-b" -> rootB = v;
          default -> {
            try {
              show = Integer.parseInt(v);
            } catch (NumberFormatException e) {
              return usage("--show " + v + ": expected a number of rows");
            }
          }
        }
      } else if (a.startsWith("-")) {
        return usage(a + ": unknown option, expected --as-of, --root-a, --root-b or --show");
      } else {
        dirs.add(a);
      }
    }
    if (dirs.size() != 2) {
      return usage("expected two output folders (DIR_A DIR_B), got " + dirs.size());
    }
    if (asOf != null && !asOf.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return usage("--as-of " + asOf + ": expected a date YYYY-MM-DD");
    }
    for (String d : dirs) {
      if (!Files.isDirectory(Path.of(d))) {
        System.err.println(
            "lastmile compare: " + d + ": no such folder, expected a lastmile output");
        return 3;
      }
    }
    SparkSession spark =
        SparkSession.builder()
            .appName("lastmile-compare")
            .master(System.getProperty("spark.master", "local[*]"))
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    try {
      List<TableDiff> diffs =
          compare(spark, dirs.get(0), dirs.get(1), asOf, rootA, rootB, show, System.out);
      long bad = diffs.stream().filter(d -> !d.identical()).count();
      System.out.println(
          bad == 0
              ? "identical: all " + diffs.size() + " tables"
              : "DIFFERENT: " + bad + " of " + diffs.size() + " tables");
      return bad == 0 ? 0 : 1;
    } finally {
      if (!"false".equals(System.getProperty("lastmile.stopSession"))) {
        spark.stop();
      }
    }
  }

  private static int usage(String message) {
    System.err.println("Run 'lastmile compare --help' for usage.");
    System.err.println("lastmile compare: " + message);
    return 2;
  }

  /**
   * Compares every table of the contract in {@code dirA} and {@code dirB}; prints each table's line
   * (and up to {@code show} differing rows each way) to {@code out} as it goes.
   */
  public static List<TableDiff> compare(
      SparkSession spark,
      String dirA,
      String dirB,
      String asOf,
      String rootA,
      String rootB,
      int show,
      PrintStream out) {
    List<TableDiff> diffs = new ArrayList<>();
    for (String table : Tables.ALL) {
      TableDiff d = compareTable(spark, table, dirA, dirB, asOf, rootA, rootB);
      out.println(d.line());
      if (!d.identical() && d.problem() == null && show > 0) {
        Dataset<Row> a = read(spark, table, dirA, asOf, rootA);
        Dataset<Row> b = read(spark, table, dirB, asOf, rootB);
        a.exceptAll(b).limit(show).collectAsList().forEach(r -> out.println("  only in A: " + r));
        b.exceptAll(a).limit(show).collectAsList().forEach(r -> out.println("  only in B: " + r));
      }
      diffs.add(d);
    }
    return diffs;
  }

  static TableDiff compareTable(
      SparkSession spark,
      String table,
      String dirA,
      String dirB,
      String asOf,
      String rootA,
      String rootB) {
    boolean inA = Files.isDirectory(Path.of(dirA, table));
    boolean inB = Files.isDirectory(Path.of(dirB, table));
    if (!inA || !inB) {
      return new TableDiff(
          table,
          0,
          0,
          0,
          0,
          !inA && !inB ? "in neither output" : "only in " + (inA ? "A" : "B") + "'s output");
    }
    Dataset<Row> a = read(spark, table, dirA, asOf, rootA);
    Dataset<Row> b = read(spark, table, dirB, asOf, rootB);
    return new TableDiff(
        table, a.count(), b.count(), a.exceptAll(b).count(), b.exceptAll(a).count(), null);
  }

  /**
   * A table's rows as the contract types them (so that an empty folder reads as no rows), the
   * snapshot date of {@code asOf} only when given, with {@code root} replaced by {@code <root>} in
   * its string columns.
   */
  static Dataset<Row> read(SparkSession spark, String table, String dir, String asOf, String root) {
    StructType schema = SchemaFiles.withoutMetadata(SchemaFiles.output(table));
    Dataset<Row> rows = spark.read().schema(schema).parquet(Path.of(dir, table).toString());
    if (asOf != null) {
      rows = rows.where(col(Cols.SNAPSHOT_DATE).equalTo(lit(java.sql.Date.valueOf(asOf))));
    }
    if (root == null || root.isEmpty()) {
      return rows;
    }
    List<Column> cols = new ArrayList<>();
    for (StructField f : schema.fields()) {
      cols.add(
          f.dataType().equals(DataTypes.StringType)
              ? functions.replace(col(f.name()), lit(root), lit("<root>")).as(f.name())
              : col(f.name()));
    }
    return rows.select(cols.toArray(new Column[0]));
  }
}
