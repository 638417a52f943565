package dev.lastmile.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import dev.lastmile.cli.Errors;
import dev.lastmile.cli.ExitCodes;
import dev.lastmile.model.Cols;
import dev.lastmile.model.Tables;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code lastmile report}: writes the quarterly review pack, one self-contained HTML file, from the
 * Parquet output of one snapshot, compared with the snapshot before it when there is one. Reached
 * through {@code dev.lastmile.cli.Main report ...}; {@link #run} returns the exit code (0 ok, 2
 * usage, 3 the output folder is missing or holds no such snapshot, 1 unexpected) and prints one
 * line on failure.
 */
public final class ReportMain {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: lastmile report --output DIR [--as-of YYYY-MM-DD] [--out FILE] [--master URL]",
          "                       [--debug] [--help]",
          "",
          "Writes the quarterly AI-portfolio review pack (one self-contained HTML file: charts as",
          "inline SVG, no scripts, nothing fetched when opened) from lastmile's Parquet output.",
          "",
          "  --output DIR   The folder a lastmile run wrote (default: ./lastmile-output).",
          "  --as-of DATE   The snapshot to report (default: the latest one in DIR). The snapshot",
          "                 before it, when there is one, is the quarter-over-quarter baseline.",
          "  --out FILE     Where to write the HTML (default: DIR/review-pack-<date>.html).",
          "  --master URL   Spark master (default: spark-submit's, else local[*]).",
          "",
          "Examples:",
          "  bin/lastmile report --output lastmile-output",
          "  bin/lastmile report --output /data/lastmile --as-of 2026-10-01 --out review.html",
          "",
          "Exit codes: 0 written, 2 usage error, 3 output folder or snapshot missing, 1 unexpected."
              + "");

  /** Parsed arguments. */
  record Options(String output, LocalDate asOf, String out, String master, boolean debug) {}

  /** A usage error with a one-line reason. */
  static final class UsageError extends RuntimeException {
    UsageError(String m) {
      super(m);
    }
  }

  /** The output folder or the snapshot cannot be read. */
  static final class MissingOutput extends RuntimeException {
    MissingOutput(String m) {
      super(m);
    }
  }

  private final PrintStream out;
  private final PrintStream err;

  public ReportMain(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs and returns the exit code; never throws. */
  public int run(String[] args) {
    boolean debug = List.of(args).contains("--debug");
    Options o;
    try {
      if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
        out.println(USAGE);
        return ExitCodes.OK;
      }
      o = parse(args);
    } catch (UsageError e) {
      // The hint first: the last line on stderr is the error itself.
      err.println("Run 'lastmile report --help' for usage.");
      err.println("lastmile report: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    SparkSession spark = null;
    try {
      Configuration conf = new Configuration();
      List<LocalDate> snapshots = snapshots(conf, o.output());
      LocalDate date = o.asOf() != null ? o.asOf() : snapshots.get(snapshots.size() - 1);
      if (!snapshots.contains(date)) {
        throw new MissingOutput(
            "Cannot read snapshot "
                + date
                + " in --output "
                + o.output()
                + ": not there (snapshots: "
                + snapshots
                + ")");
      }
      LocalDate previous = null;
      for (LocalDate d : snapshots) {
        if (d.isBefore(date)) {
          previous = d;
        }
      }
      spark = session(o.master());
      Snapshot now = load(spark, o.output(), date);
      Snapshot before = previous == null ? null : load(spark, o.output(), previous);
      String html = ReviewPack.render(now, before, o.output());
      String target =
          o.out() != null
              ? o.out()
              : new Path(o.output(), "review-pack-" + date + ".html").toString();
      write(conf, target, html);
      err.println(
          "lastmile report: wrote "
              + target
              + " (snapshot "
              + date
              + (previous == null
                  ? ", no earlier snapshot to compare"
                  : ", compared with " + previous)
              + ")");
      return ExitCodes.OK;
    } catch (MissingOutput e) {
      err.println("lastmile report: " + e.getMessage());
      return ExitCodes.INPUT;
    } catch (Throwable e) {
      return Errors.unexpected(err, "lastmile report: ", e, debug);
    } finally {
      if (spark != null && !"false".equals(System.getProperty("lastmile.stopSession"))) {
        spark.stop();
      }
    }
  }

  static Options parse(String[] args) {
    String output = "lastmile-output";
    LocalDate asOf = null;
    String file = null;
    String master = null;
    boolean debug = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      switch (name) {
        case "--debug" -> debug = true;
        case "--output", "--as-of", "--out", "--master" -> {
          if (value == null) {
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
              throw new UsageError(name + ": expected a value after it");
            }
            value = args[++i];
          }
          if (value.isBlank()) {
            throw new UsageError(name + " needs a non-empty value");
          }
          switch (name) {
            case "--output" -> output = value;
            case "--as-of" -> asOf = parseDate(value);
            case "--out" -> file = value;
            default -> master = value;
          }
        }
        default ->
            throw new UsageError(
                a
                    + ": unknown option, expected one of --output, "
                    + "--as-of, --out, --master, --debug, --help");
      }
    }
    return new Options(output, asOf, file, master, debug);
  }

  private static LocalDate parseDate(String v) {
    try {
      return LocalDate.parse(
          v, DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));
    } catch (DateTimeParseException e) {
      throw new UsageError("--as-of " + v + ": expected YYYY-MM-DD");
    }
  }

  /** Snapshot dates with an initiative_assessment partition, oldest first. */
  static List<LocalDate> snapshots(Configuration conf, String output) {
    Path root = new Path(output);
    Path table = new Path(root, Tables.INITIATIVE_ASSESSMENT);
    try {
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
        throw new MissingOutput("Cannot read --output " + output + ": no such folder");
      }
      List<LocalDate> dates = new ArrayList<>();
      if (fs.exists(table)) {
        for (FileStatus st : fs.listStatus(table)) {
          String n = st.getPath().getName();
          if (st.isDirectory() && n.startsWith(Cols.SNAPSHOT_DATE + "=")) {
            try {
              dates.add(LocalDate.parse(n.substring(Cols.SNAPSHOT_DATE.length() + 1)));
            } catch (DateTimeParseException e) {
              // not a snapshot folder
            }
          }
        }
      }
      if (dates.isEmpty()) {
        throw new MissingOutput(
            "Cannot read --output "
                + output
                + ": no lastmile snapshot in it ("
                + Tables.INITIATIVE_ASSESSMENT
                + "/"
                + Cols.SNAPSHOT_DATE
                + "=* is missing)");
      }
      Collections.sort(dates);
      return dates;
    } catch (IOException e) {
      throw new MissingOutput("Cannot read --output " + output + ": " + e.getMessage());
    }
  }

  /** The rows of every table the pack shows, for one snapshot (missing tables: empty). */
  static Snapshot load(SparkSession spark, String output, LocalDate date) {
    Map<String, List<Row>> tables = new LinkedHashMap<>();
    for (String t : Snapshot.TABLES) {
      tables.put(t, rows(spark, output, t, date));
    }
    String manifest = null;
    try {
      Path p =
          new Path(
              output, "_manifests/" + Cols.SNAPSHOT_DATE + "=" + date + "/" + Tables.MANIFEST_FILE);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(p)) {
        try (var in = fs.open(p)) {
          manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      manifest = null; // the manifest is optional in the pack
    }
    return new Snapshot(date, tables, manifest);
  }

  private static List<Row> rows(SparkSession spark, String output, String table, LocalDate date) {
    Path dir = new Path(new Path(output, table), Cols.SNAPSHOT_DATE + "=" + date);
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(dir)) {
        return null;
      }
    } catch (IOException e) {
      throw new MissingOutput("Cannot read " + dir + ": " + e.getMessage());
    }
    Dataset<Row> df =
        spark.read().option("basePath", new Path(output, table).toString()).parquet(dir.toString());
    return df.filter(col(Cols.SNAPSHOT_DATE).equalTo(to_date(lit(date.toString()))))
        .collectAsList();
  }

  private static void write(Configuration conf, String target, String html) throws IOException {
    Path p = new Path(target);
    String scheme = p.toUri().getScheme();
    if (scheme == null || "file".equals(scheme)) {
      java.nio.file.Path local = java.nio.file.Path.of(p.toUri().getPath());
      if (local.getParent() != null) {
        Files.createDirectories(local.getParent());
      }
      Files.writeString(local, html, StandardCharsets.UTF_8);
      return;
    }
    FileSystem fs = p.getFileSystem(conf);
    try (OutputStream os = fs.create(p, true)) {
      os.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }

  static SparkSession session(String master) {
    SparkSession.Builder b = SparkSession.builder().appName("lastmile-report");
    String submitted = System.getProperty("spark.master");
    String m = master != null ? master : submitted != null ? null : "local[*]";
    if (m != null) {
      b = b.master(m);
    }
    if ((m != null ? m : submitted).startsWith("local")) {
      b =
          b.config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1");
    }
    SparkSession s = b.config("spark.sql.session.timeZone", "UTC").getOrCreate();
    s.sparkContext().setLogLevel("WARN");
    return s;
  }
}
