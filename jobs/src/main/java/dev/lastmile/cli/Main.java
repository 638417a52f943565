package dev.lastmile.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.io.InputException;
import dev.lastmile.io.InputReader;
import dev.lastmile.io.LocalFiles;
import dev.lastmile.io.OutputException;
import dev.lastmile.job.LastmileJob;
import dev.lastmile.job.Progress;
import dev.lastmile.job.RunOptions;
import dev.lastmile.report.ReportMain;
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
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.spark.sql.SparkSession;

/**
 * The one command-line entry point, also the {@code spark-submit --class}: {@code lastmile [VERB]
 * [OPTIONS]} with the verbs {@code run} (the default when the first argument is an option, or when
 * there is none), {@code report}, and the tool verbs {@code eval}, {@code bench}, {@code generate}
 * and {@code compare} (found through {@link Verb} when the tools jar is on the classpath). {@code
 * main} only delegates: {@link #run} parses and validates the options before Spark starts, runs the
 * verb, and turns every failure into one line on stderr, the last line, naming the argument or path
 * and what was expected; then the exit code (0 ok, 2 usage/config, 3 input/output, 1 unexpected). A
 * stack trace only with {@code --debug}.
 */
public final class Main {
  public static final String DEFAULT_OUTPUT = "lastmile-output";

  /** The verbs of the tools jar (tooling/, artifact lastmile-tools). */
  static final List<String> TOOL_VERBS = List.of("eval", "bench", "generate", "compare");

  static final String TOOLS_JAR = "tooling/target/lastmile-tools.jar";
  static final String HINT = "Run 'lastmile --help' for usage.";

  static final String USAGE =
      String.join(
          "\n",
          "Usage: lastmile [run] [--jira PATH]... [--registry PATH]... [--models PATH]...",
          "                [--output DIR] [--as-of YYYY-MM-DD] [--config FILE] [--master URL]",
          "                [--overrides FILE] [--verbose] [--debug] [--help]",
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
          "  --overrides FILE  Reviewer decisions, CSV: initiative_id and any of outcome,",
          "                    stall_stage, primary_cause, reviewer, decided_on, note.",
          "  --master URL      Spark master (default: spark-submit's, else local[*]).",
          "  --verbose         Spark's own INFO logging.",
          "  --debug           Print stack traces of errors.",
          "",
          "With no --jira/--registry/--models it runs on the shipped demo portfolio (sample-data/)."
              + "",
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
          "Other verbs (each has --help):",
          "  lastmile report --output DIR [--as-of YYYY-MM-DD] [--out FILE]",
          "                  the HTML review pack of a written snapshot",
          "  lastmile eval --output DIR --truth truth.csv      scores an output (tools jar)",
          "  lastmile bench [--quick] [--sizes 50k,500k]       the scale benchmark (tools jar)",
          "  lastmile generate --out DIR [--initiatives N]     a labelled synthetic portfolio",
          "                                                    (tools jar)",
          "  lastmile compare DIR_A DIR_B                      whether two outputs hold the same",
          "                                                    rows, table by table (tools jar)",
          "  spark-submit --class dev.lastmile.cli.Main lastmile.jar report --output DIR",
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

  /**
   * Runs the verb named by the first argument ({@code run} when it is an option or missing) and
   * returns the exit code; never throws.
   */
  public int run(String[] args) {
    if (args.length == 0 || args[0].startsWith("-")) {
      return runJob(args);
    }
    String verb = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    if (verb.equals("run")) {
      return runJob(rest);
    }
    if (verb.equals("report")) {
      return new ReportMain(out, err).run(rest);
    }
    if (verb.equals("help")) {
      out.println(USAGE);
      return ExitCodes.OK;
    }
    if (TOOL_VERBS.contains(verb)) {
      Verb tool = tool(verb);
      if (tool == null) {
        err.println(
            "lastmile: "
                + verb
                + ": this verb is in the tools jar ("
                + TOOLS_JAR
                + "), expected it on the classpath (bin/lastmile adds it; spark-submit --jars)");
        return ExitCodes.USAGE;
      }
      try {
        return tool.run(rest);
      } catch (Throwable e) {
        return Errors.unexpected(
            err, "lastmile " + verb + ": ", e, Arrays.asList(rest).contains("--debug"));
      }
    }
    err.println(HINT);
    err.println(
        "lastmile: "
            + verb
            + ": unknown verb, expected run, report, eval, bench, generate or "
            + "compare (or an option such as --registry)");
    return ExitCodes.USAGE;
  }

  /** The tool verb of that name from the tools jar, or null when that jar is not loaded. */
  static Verb tool(String name) {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    for (Verb v : ServiceLoader.load(Verb.class, cl != null ? cl : Main.class.getClassLoader())) {
      if (v.name().equals(name)) {
        return v;
      }
    }
    return null;
  }

  /** The {@code run} verb: the lastmile job. */
  int runJob(String[] args) {
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
      lifecycle = LifecycleRules.withOverrides(user, opts.config());
      causes =
          user != null && user.has("causes")
              ? CauseRules.fromJson(user.get("causes"), opts.config())
              : CauseRules.loadDefault();
    } catch (UsageException e) {
      // The hint first: the last line on stderr is the error itself.
      err.println(HINT);
      Errors.trace(err, e, debug);
      err.println("lastmile: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (dev.lastmile.rules.ConfigException e) {
      Errors.trace(err, e, debug);
      err.println("lastmile: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (RuntimeException e) {
      Errors.trace(err, e, debug);
      err.println("lastmile: invalid configuration: " + Errors.oneLine(e));
      return ExitCodes.USAGE;
    }
    SparkSession spark = null;
    // The error line is printed after the session stops, so that it stays the last line.
    String failure = null;
    int code;
    try {
      spark = session(opts);
      Progress progress = new Progress(err);
      new LastmileJob(spark, opts, lifecycle, causes, progress).run();
      err.printf(
          java.util.Locale.ROOT,
          "lastmile: done in %.1fs; snapshot %s written to %s%n",
          progress.elapsed(),
          opts.asOf(),
          opts.output());
      code = ExitCodes.OK;
    } catch (InputException | OutputException e) {
      Errors.trace(err, e, debug);
      failure = "lastmile: " + e.getMessage();
      code = ExitCodes.INPUT;
    } catch (Throwable e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      Errors.trace(err, e, debug);
      if (root instanceof InputException || root instanceof OutputException) {
        failure = "lastmile: " + root.getMessage();
        code = ExitCodes.INPUT;
      } else {
        failure =
            "lastmile: unexpected error: "
                + Errors.oneLine(root)
                + (debug ? "" : " (run with --debug for the stack trace)");
        code = ExitCodes.UNEXPECTED;
      }
    } finally {
      if (spark != null && !"false".equals(System.getProperty("lastmile.stopSession"))) {
        spark.stop();
      }
    }
    if (failure != null) {
      err.println(failure);
    }
    return code;
  }

  /** Parses and validates the arguments; throws UsageException with a one-line reason. */
  public static RunOptions parse(String[] args) {
    List<InputReader.Input> inputs = new ArrayList<>();
    String output = DEFAULT_OUTPUT;
    LocalDate asOf = LocalDate.now(java.time.ZoneOffset.UTC);
    String config = null;
    String master = null;
    String overrides = null;
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
        case "--jira",
            "--registry",
            "--models",
            "--output",
            "--as-of",
            "--config",
            "--master",
            "--overrides" -> {
          if (value == null) {
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
              throw new UsageException(name + ": expected a value after it");
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
            case "--overrides" -> overrides = value;
            default -> master = value;
          }
        }
        default ->
            throw new UsageException(
                a
                    + (a.startsWith("-")
                        ? ": unknown option, expected one of --jira, --registry, --models, "
                            + "--output, --as-of, --config, --master, --verbose, --debug, --help"
                        : ": unexpected argument, expected an option (a verb comes first)"));
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
    return new RunOptions(List.copyOf(inputs), output, asOf, config, master, verbose, overrides);
  }

  static LocalDate parseAsOf(String v) {
    try {
      return LocalDate.parse(
          v, DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));
    } catch (DateTimeParseException e) {
      throw new UsageException("--as-of " + v + ": expected YYYY-MM-DD");
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
    throw new UsageException(
        "no inputs given and the demo sample-data/ was not found; give "
            + "--registry and --jira (or set -Dlastmile.sampleData)");
  }

  static JsonNode readConfig(String path) {
    if (path == null) {
      return null;
    }
    File f = new File(path);
    if (!f.exists()) {
      throw new UsageException("--config " + path + ": no such file, expected a JSON file");
    }
    if (!f.isFile()) {
      throw new UsageException("--config " + path + ": is a folder, expected a JSON file");
    }
    if (!Files.isReadable(f.toPath())) {
      throw new UsageException(
          "--config "
              + path
              + ": cannot be read (permission denied), "
              + "expected a readable JSON file");
    }
    try {
      JsonNode n = new ObjectMapper().readTree(f);
      if (n == null || !n.isObject()) {
        throw new UsageException("--config " + path + ": expected a JSON object");
      }
      return n;
    } catch (IOException e) {
      throw new UsageException(
          "--config "
              + path
              + ": expected JSON ("
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + ")");
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
    b =
        b.config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
            .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
            .config("spark.sql.adaptive.enabled", "true")
            // Broadcast joins are chosen at run time from measured sizes only. The job's phases
            // start
            // from checkpoints of a flatMap over the file list, whose size Spark estimates from the
            // list (kilobytes): planned statically, 1M issues were broadcast as a ~1 GB relation,
            // which does not fit a 2 GB driver (docs/benchmarks.md).
            .config("spark.sql.autoBroadcastJoinThreshold", "-1")
            .config("spark.sql.adaptive.autoBroadcastJoinThreshold", "10MB")
            // No runtime Bloom filters on joins, for the same reason: the checkpointed phases'
            // size estimates made Spark add them to joins where every key matches, each one an
            // extra subquery job and a filter of ~1 MiB (sized for a million rows) shipped inside
            // every task of the joining stage: task binaries of 4 and 9 MiB on the demo, whose
            // deserialisation was 23% of the run's CPU samples (docs/benchmarks.md).
            .config("spark.sql.optimizer.runtime.bloomFilter.enabled", "false")
            // Local files' permissions set in-process, not by one chmod process per directory
            // and file written (dev.lastmile.io.LocalFiles; ~175 processes on the demo). Not
            // cached: spark-submit has cached Hadoop's own local file system before this runs.
            .config("spark.hadoop.fs.file.impl", LocalFiles.class.getName())
            .config("spark.hadoop.fs.file.impl.disable.cache", "true");
    if (local) {
      int cores = Runtime.getRuntime().availableProcessors();
      b =
          b.config("spark.ui.enabled", "false")
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
