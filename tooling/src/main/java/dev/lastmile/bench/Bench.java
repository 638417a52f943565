package dev.lastmile.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lastmile.cli.Errors;
import dev.lastmile.cli.Main;
import dev.lastmile.gen.Options;
import dev.lastmile.gen.PortfolioGenerator;
import dev.lastmile.gen.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The scale benchmark behind {@code bin/bench}: in one JVM and one Spark session it generates (or
 * reuses) portfolios of the requested sizes, then per size times (a) a plain Spark
 * CSV/JSON-to-Parquet copy of the same input files and (b) the full lastmile job, and writes the
 * figures as JSON and Markdown. The session is the job's own ({@link Main} creates it during the
 * warm-up and keeps it), so the copy runs with exactly the job's Spark settings.
 */
public final class Bench {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Bench() {}

  /** The {@code lastmile bench} verb; returns the exit code. */
  static int command(String[] args) {
    BenchOptions o;
    try {
      if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
        System.out.println(BenchOptions.USAGE);
        return 0;
      }
      o = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("Run 'lastmile bench --help' for usage.");
      System.err.println("lastmile bench: " + e.getMessage());
      return 2;
    }
    try {
      run(o);
      return 0;
    } catch (RuntimeException | IOException e) {
      System.err.println("lastmile bench: failed: " + Errors.oneLine(e));
      return 1;
    }
  }

  static void run(BenchOptions o) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("started_utc", Instant.now().toString());
    root.put("sizes", o.label());
    ObjectNode machine = Machine.describe();
    machine.set("load_average_start", Machine.loadAverage());
    root.set("machine", machine);
    ObjectNode method = root.putObject("method");
    method.put("issues_per_initiative", o.issuesPerInitiative());
    method.put("seed", o.seed());
    method.put("as_of", o.asOf().toString());

    // 1. inputs (cached: the generator is deterministic)
    ArrayNode inputs = root.putArray("inputs");
    for (long n : o.sizes()) {
      inputs.add(ensureInputs(o, n));
    }

    // 2. the session: created by the job's own code so that copy and job share its settings
    System.setProperty("lastmile.stopSession", "false");
    // The warm-up (not measured) runs the job on the shipped sample-data/: Main creates the
    // session and keeps it (lastmile.stopSession=false), and JIT/class loading are paid once.
    ObjectNode warm = root.putObject("warmup");
    say("warm-up on sample-data/ (not measured) ...");
    Path warmOut = o.work().resolve("out-warmup");
    deleteTree(warmOut);
    long t0 = System.nanoTime();
    int warmRc =
        new Main(System.out, System.err)
            .run(new String[] {"--output", warmOut.toString(), "--as-of", o.asOf().toString()});
    warm.put("job_seconds", secs(t0));
    if (warmRc != 0) {
      throw new IllegalStateException("the warm-up job on sample-data/ exited with " + warmRc);
    }
    SparkSession spark = SparkSession.active();
    Path sample = Path.of(System.getProperty("lastmile.sampleData", "sample-data"));
    Path warmCopy = o.work().resolve("copy-warmup");
    t0 = System.nanoTime();
    copy(spark, sample, warmCopy);
    warm.put("copy_seconds", secs(t0));
    deleteTree(warmCopy);
    root.put("spark_version", spark.version());
    root.put("spark_master", spark.sparkContext().master());
    root.put("shuffle_partitions", spark.conf().get("spark.sql.shuffle.partitions"));

    // 3. measure
    ArrayNode runs = root.putArray("runs");
    SparkJobs jobs = new SparkJobs(spark);
    try (HeapMonitor heap = new HeapMonitor()) {
      for (JsonNode in : inputs) {
        long n = in.get("issues_requested").asLong();
        Path dir = Path.of(in.get("path").asText());
        ObjectNode run = runs.addObject();
        run.put("issues", in.get("issues").asLong());
        run.put("input_bytes", in.get("bytes").asLong());

        Path copyOut = o.work().resolve("copy-" + n);
        deleteTree(copyOut);
        say(String.format(Locale.ROOT, "%,d issues: plain CSV/JSON->Parquet copy ...", n));
        ObjectNode copy = run.putObject("copy");
        Step step = Step.start(heap, jobs);
        long rows = copy(spark, dir, copyOut);
        step.finish(copy);
        copy.put("rows_written", rows);
        say(
            String.format(
                Locale.ROOT,
                "  copy %.1fs (cpu %.1fs, %d Spark jobs, load %s)",
                copy.get("seconds").asDouble(),
                copy.get("process_cpu_seconds").asDouble(),
                copy.get("spark_jobs").asLong(),
                copy.get("load_average_end")));

        Path jobOut = o.work().resolve("out-" + n);
        deleteTree(jobOut);
        say(String.format(Locale.ROOT, "%,d issues: lastmile job ...", n));
        ObjectNode job = run.putObject("job");
        step = Step.start(heap, jobs);
        int rc =
            new Main(System.out, System.err)
                .run(
                    new String[] {
                      "--registry",
                      dir.resolve("registry.csv").toString(),
                      "--jira",
                      dir.resolve("jira").toString(),
                      "--models",
                      dir.resolve("models").toString(),
                      "--output",
                      jobOut.toString(),
                      "--as-of",
                      o.asOf().toString()
                    });
        step.finish(job);
        job.put("exit_code", rc);
        if (rc != 0) {
          throw new IllegalStateException("the job on " + dir + " exited with " + rc);
        }
        JsonNode manifest = JSON.readTree(jobOut.resolve("run-manifest.json").toFile());
        job.set("phases_seconds", manifest.get("timings_seconds"));
        job.set(
            "table_rows",
            manifest.get("counts") == null ? null : manifest.get("counts").get("table_rows"));
        say(
            String.format(
                Locale.ROOT,
                "  job %.1fs (cpu %.1fs, %d Spark jobs, load %s)",
                job.get("seconds").asDouble(),
                job.get("process_cpu_seconds").asDouble(),
                job.get("spark_jobs").asLong(),
                job.get("load_average_end")));
        deleteTree(copyOut);
        // Results so far, so that an interrupted long run still leaves its figures.
        write(o, root.deepCopy(), false);
      }
    }
    String markdown = write(o, root, true);
    System.out.println();
    System.out.print(markdown);
    spark.stop();
  }

  private static String write(BenchOptions o, ObjectNode root, boolean complete)
      throws IOException {
    ((ObjectNode) root.get("machine")).set("load_average_end", Machine.loadAverage());
    root.put("finished_utc", Instant.now().toString());
    root.put("complete", complete);
    BenchReport.summarise(root);
    Files.createDirectories(o.results());
    String base = LocalDate.now(ZoneOffset.UTC) + "-" + o.label();
    Path json = o.results().resolve(base + ".json");
    Path md = o.results().resolve(base + ".md");
    Files.writeString(json, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    String markdown = BenchReport.markdown(root);
    Files.writeString(md, markdown, StandardCharsets.UTF_8);
    say((complete ? "results: " : "partial results: ") + json + " and " + md);
    return markdown;
  }

  /** Generates the portfolio for n issues unless the cache holds the same one. */
  static ObjectNode ensureInputs(BenchOptions o, long n) throws IOException {
    Options g = new Options();
    g.out = o.work().resolve("issues-" + n);
    g.initiatives = o.initiatives(n);
    g.issues = n;
    g.seed = o.seed();
    g.asOf = o.asOf();
    g.prettyJson = false;
    Path stamp = g.out.resolve(".bench-inputs");
    String key = g.toArgs() + " generator=" + dev.lastmile.job.Versions.lastmile();
    ObjectNode in = JSON.createObjectNode();
    in.put("issues_requested", n);
    in.put("path", g.out.toString());
    in.put("generator_args", g.toArgs());
    if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(key)) {
      JsonNode cached = JSON.readTree(g.out.resolve(".bench-summary.json").toFile());
      in.setAll((ObjectNode) cached);
      in.put("cached", true);
      say(String.format(Locale.ROOT, "%,d issues: cached inputs in %s", n, g.out));
      return in;
    }
    say(String.format(Locale.ROOT, "%,d issues: generating %s ...", n, g.out));
    Files.deleteIfExists(stamp);
    long t0 = System.nanoTime();
    Summary s = PortfolioGenerator.generate(g);
    ObjectNode sum = JSON.createObjectNode();
    sum.put("issues", s.issues);
    sum.put("initiatives", s.initiatives);
    sum.put("csv_files", s.csvFiles);
    sum.put("json_pages", s.jsonPages);
    sum.put("model_versions", s.modelVersions);
    sum.put("bytes", s.bytes);
    sum.put("generate_seconds", secs(t0));
    Files.writeString(g.out.resolve(".bench-summary.json"), JSON.writeValueAsString(sum));
    Files.writeString(stamp, key);
    in.setAll(sum);
    in.put("cached", false);
    return in;
  }

  /**
   * The baseline: what a plain Spark job costs to read the same files and write them as Parquet
   * (Jira CSVs with the CSV reader, header and multiLine; REST JSON pages and the MLflow export
   * with the JSON reader, multiLine, one row per issue; registry CSV). Returns the rows written,
   * counted from the Parquet footers after the timed writes.
   */
  static long copy(SparkSession spark, Path in, Path out) {
    // Spark's CSV reader takes the column names from the first file and maps the others by
    // position (Jira exports differ in their columns); it warns once per file. Quiet it here.
    org.apache.logging.log4j.core.config.Configurator.setLevel(
        "org.apache.spark.sql.catalyst.csv.CSVHeaderChecker", org.apache.logging.log4j.Level.ERROR);
    String jira = in.resolve("jira").toString();
    Dataset<Row> csv =
        spark
            .read()
            .option("header", "true")
            .option("multiLine", "true")
            .option("escape", "\"")
            .option("pathGlobFilter", "*.csv")
            .csv(jira);
    csv.write().mode(SaveMode.Overwrite).parquet(out.resolve("jira_csv").toString());
    Dataset<Row> pages =
        spark.read().option("multiLine", "true").option("pathGlobFilter", "*.json").json(jira);
    if (List.of(pages.columns()).contains("issues")) {
      pages
          .select(explode(col("issues")).as("issue"))
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(out.resolve("jira_json").toString());
    }
    spark
        .read()
        .option("header", "true")
        .option("multiLine", "true")
        .option("escape", "\"")
        .csv(in.resolve("registry.csv").toString())
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(out.resolve("registry").toString());
    Path models = in.resolve("models");
    if (Files.isDirectory(models)) {
      spark
          .read()
          .option("multiLine", "true")
          .json(models.toString())
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(out.resolve("models").toString());
    }
    long rows = 0;
    try (Stream<Path> tables = Files.list(out)) {
      for (Path t : tables.toList()) {
        rows += spark.read().parquet(t.toString()).count();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** One measured step: wall time, process CPU, Spark jobs, heap, load average. */
  private record Step(
      HeapMonitor heap, SparkJobs jobs, long jobs0, long t0, long cpu0, JsonNode load0) {
    static Step start(HeapMonitor heap, SparkJobs jobs) {
      heap.reset();
      return new Step(
          heap,
          jobs,
          jobs.started(),
          System.nanoTime(),
          Machine.processCpuNanos(),
          Machine.loadAverage());
    }

    void finish(ObjectNode into) {
      long wall = System.nanoTime() - t0;
      long cpu = Machine.processCpuNanos() - cpu0;
      into.put("spark_jobs", jobs.started() - jobs0);
      into.put("seconds", round(wall / 1e9));
      into.put("process_cpu_seconds", round(cpu / 1e9));
      into.put("heap_peak_used_mb", heap.peakUsed() >> 20);
      into.put("heap_peak_after_gc_mb", heap.peakAfterGc() >> 20);
      into.put("gc_count", heap.gcCount());
      into.put("gc_seconds", round(heap.gcMillis() / 1e3));
      into.set("load_average_start", load0);
      into.set("load_average_end", Machine.loadAverage());
    }
  }

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static double secs(long t0) {
    return round((System.nanoTime() - t0) / 1e9);
  }

  private static void say(String s) {
    System.err.println("bench: " + s);
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> w = Files.walk(p)) {
      for (Path f : w.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
