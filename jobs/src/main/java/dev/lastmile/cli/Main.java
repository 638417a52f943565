package dev.lastmile.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.io.InputException;
import dev.lastmile.io.InputReader;
import dev.lastmile.io.OutputException;
import dev.lastmile.job.LastmileJob;
import dev.lastmile.job.Progress;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.rules.LifecycleRules;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Command-line entry point, also the {@code spark-submit --class}. {@code main} only delegates:
 * {@link #run} parses and validates the options before Spark starts, runs the job, and turns
 * every failure into one line on stderr and an exit code (0 ok, 2 usage/config, 3 input, 1
 * unexpected); a stack trace only with {@code --debug}.
 */
public final class Main {
  public static final String DEFAULT_OUTPUT = "lastmile-output";

  static final String USAGE =
      String.join("\n",
          "Usage: lastmile [--jira PATH]... [--registry PATH]... [--models PATH]...",
          "                [--output DIR] [--as-of YYYY-MM-DD] [--config FILE] [--master URL]",
          "                [--verbose] [--debug] [--help]",
          "",
          "Finds the AI initiatives that never reached production, the stage where they stalled",
          "and why (with quoted evidence), and writes Parquet tables plus portfolio statistics.",
          "",
          "  --jira PATH       Jira export: CSV (all/current fields) or REST JSON pages; a file",
          "                    or a folder (read recursively, hidden files skipped). Repeatable.",
          "  --registry PATH   AI-initiative registry, CSV or JSON Lines. Repeatable.",
          "  --models PATH     MLflow model-registry export (JSON). Repeatable. Optional.",
          "  --output DIR      Output folder (default: ./" + DEFAULT_OUTPUT + "). Each run writes",
          "                    the snapshot_date=<as-of> partition of every table and replaces",
          "                    only that date.",
          "  --as-of DATE      Snapshot date, YYYY-MM-DD (default: today, UTC).",
          "  --config FILE     JSON file overriding sections of the default rules (column maps,",
          "                    stage vocabularies, stall windows, cause rules). See config/.",
          "  --master URL      Spark master (default: spark-submit's, else local[*]).",
          "  --verbose         Spark's own INFO logging.",
          "  --debug           Print stack traces of errors.",
          "",
          "With no --jira/--registry/--models it runs on the shipped demo portfolio (sample-data/).",
          "",
          "Examples:",
          "  bin/lastmile                                   # demo on sample-data/",
          "  bin/lastmile --registry registry.csv --jira exports/ --models mlflow.json \\",
          "               --as-of 2026-10-01 --output /data/lastmile",
          "  bin/lastmile --registry inventory.csv --config config/us-federal-ai-inventory.json",
          "  spark-submit --class dev.lastmile.cli.Main lastmile.jar \\",
          "               --registry s3a://bucket/registry.csv --jira s3a://bucket/jira/ \\",
          "               --output s3a://bucket/lastmile --as-of 2026-10-01",
          "",
          "Review pack of a written snapshot (self-contained HTML):",
          "  bin/lastmile report --output DIR [--as-of YYYY-MM-DD] [--out FILE]",
          "",
          "Exit codes: 0 success, 2 usage or config error, 3 input/output error, 1 unexpected.");

  private final PrintStream out;
  private final PrintStream err;

  public Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    int code = new Main(System.out, System.err).run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs with the given arguments and returns the exit code; never throws. */
  public int run(String[] args) {
    boolean debug = List.of(args).contains("--debug");
    RunOptions opts;
    LifecycleRules lifecycle;
    CauseRules causes;
    try {
      if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
        out.println(USAGE);
        return ExitCodes.OK;
      }
      opts = parse(args);
      JsonNode user = readConfig(opts.config());
      lifecycle = LifecycleRules.withOverrides(user);
      causes = user != null && user.has("causes")
          ? CauseRules.fromJson(user.get("causes"), opts.config())
          : CauseRules.loadDefault();
    } catch (UsageException | dev.lastmile.rules.ConfigException e) {
      err.println("lastmile: " + e.getMessage());
      err.println("Run 'lastmile --help' for usage.");
      Errors.trace(err, e, debug);
      return ExitCodes.USAGE;
    } catch (RuntimeException e) {
      err.println("lastmile: invalid configuration: " + Errors.oneLine(e));
      Errors.trace(err, e, debug);
      return ExitCodes.USAGE;
    }
    SparkSession spark = null;
    try {
      spark = session(opts);
      Progress progress = new Progress(err);
      new LastmileJob(spark, opts, lifecycle, causes, progress).run();
      err.printf(java.util.Locale.ROOT, "lastmile: done in %.1fs; snapshot %s written to %s%n",
          progress.elapsed(), opts.asOf(), opts.output());
      return ExitCodes.OK;
    } catch (InputException | OutputException e) {
      err.println("lastmile: " + e.getMessage());
      Errors.trace(err, e, debug);
      return ExitCodes.INPUT;
    } catch (Throwable e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      if (root instanceof InputException || root instanceof OutputException) {
        err.println("lastmile: " + root.getMessage());
        return ExitCodes.INPUT;
      }
      err.println("lastmile: unexpected error: " + Errors.oneLine(root)
          + (debug ? "" : " (run with --debug for the stack trace)"));
      Errors.trace(err, e, debug);
      return ExitCodes.UNEXPECTED;
    } finally {
      if (spark != null && !"false".equals(System.getProperty("lastmile.stopSession"))) {
        spark.stop();
      }
    }
  }

  /** Parses and validates the arguments; throws UsageException with a one-line reason. */
  public static RunOptions parse(String[] args) {
    List<InputReader.Input> inputs = new ArrayList<>();
    String output = DEFAULT_OUTPUT;
    LocalDate asOf = LocalDate.now(java.time.ZoneOffset.UTC);
    String config = null;
    String master = null;
    boolean verbose = false;
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
        case "--debug" -> {
          // read by run() before parsing, so that a parse error can show its trace too
        }
        case "--verbose" -> verbose = true;
        case "--jira", "--registry", "--models", "--output", "--as-of", "--config", "--master" -> {
          if (value == null) {
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
              throw new UsageException(name + " needs a value");
            }
            value = args[++i];
          }
          if (value.isBlank()) {
            throw new UsageException(name + " needs a non-empty value");
          }
          switch (name) {
            case "--jira", "--registry", "--models" ->
                inputs.add(new InputReader.Input(name.substring(2), value));
            case "--output" -> output = value;
            case "--as-of" -> asOf = parseAsOf(value);
            case "--config" -> config = value;
            default -> master = value;
          }
        }
        default -> throw new UsageException("unknown argument '" + a + "'");
      }
    }
    if (inputs.isEmpty()) {
      Path sample = sampleData();
      inputs.add(new InputReader.Input("registry", sample.resolve("registry.csv").toString()));
      inputs.add(new InputReader.Input("jira", sample.resolve("jira").toString()));
      if (Files.exists(sample.resolve("models"))) {
        inputs.add(new InputReader.Input("models", sample.resolve("models").toString()));
      }
    }
    return new RunOptions(List.copyOf(inputs), output, asOf, config, master, verbose);
  }

  static LocalDate parseAsOf(String v) {
    try {
      return LocalDate.parse(v, DateTimeFormatter.ofPattern("uuuu-MM-dd")
          .withResolverStyle(ResolverStyle.STRICT));
    } catch (DateTimeParseException e) {
      throw new UsageException("--as-of '" + v + "' is not a valid date (expected YYYY-MM-DD)");
    }
  }

  /**
   * The shipped demo portfolio: {@code -Dlastmile.sampleData} (set by bin/lastmile), else the
   * repository's sample-data/ next to the jar's build folder (jobs/target/lastmile.jar).
   */
  static Path sampleData() {
    String prop = System.getProperty("lastmile.sampleData");
    if (prop != null && new File(prop, "registry.csv").isFile()) {
      return Path.of(prop);
    }
    try {
      Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path repo = jar.getParent() == null ? null : jar.getParent().getParent();
      Path candidate = repo == null ? null : repo.getParent().resolve("sample-data");
      if (candidate != null && Files.isRegularFile(candidate.resolve("registry.csv"))) {
        return candidate;
      }
    } catch (java.net.URISyntaxException | RuntimeException e) {
      // fall through to the usage error
    }
    throw new UsageException("no inputs given and the demo sample-data/ was not found; give "
        + "--registry and --jira (or set -Dlastmile.sampleData)");
  }

  static JsonNode readConfig(String path) {
    if (path == null) {
      return null;
    }
    File f = new File(path);
    if (!f.isFile()) {
      throw new UsageException("Cannot read --config " + path + ": no such file");
    }
    try {
      JsonNode n = new ObjectMapper().readTree(f);
      if (n == null || !n.isObject()) {
        throw new UsageException("Cannot read --config " + path + ": not a JSON object");
      }
      return n;
    } catch (IOException e) {
      throw new UsageException("Cannot read --config " + path + ": invalid JSON ("
          + e.getMessage().lines().findFirst().orElse("") + ")");
    }
  }

  /** The Spark session with lastmile's settings (UTC, TIMESTAMP_MICROS, quiet). */
  static SparkSession session(RunOptions opts) {
    SparkSession.Builder b = SparkSession.builder().appName("lastmile");
    String submitted = System.getProperty("spark.master");
    String master = opts.master() != null ? opts.master() : submitted != null ? null : "local[*]";
    if (master != null) {
      b = b.master(master);
    }
    boolean local = (master != null ? master : submitted).startsWith("local");
    b = b.config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.sql.adaptive.enabled", "true")
        // Broadcast joins are chosen at run time from measured sizes only. The job's phases start
        // from checkpoints of a flatMap over the file list, whose size Spark estimates from the
        // list (kilobytes): planned statically, 1M issues were broadcast as a ~1 GB relation,
        // which does not fit a 2 GB driver (docs/benchmarks.md).
        .config("spark.sql.autoBroadcastJoinThreshold", "-1")
        .config("spark.sql.adaptive.autoBroadcastJoinThreshold", "10MB");
    if (local) {
      int cores = Runtime.getRuntime().availableProcessors();
      b = b.config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, cores * 2)))
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    SparkSession s = b.getOrCreate();
    if (!opts.verbose()) {
      s.sparkContext().setLogLevel("WARN");
    } else {
      s.sparkContext().setLogLevel("INFO");
    }
    return s;
  }
}
