package dev.lastmile.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lastmile.io.InputException;
import dev.lastmile.io.InputFile;
import dev.lastmile.io.InputReader;
import dev.lastmile.io.OverridesSource;
import dev.lastmile.io.RunManifest;
import dev.lastmile.io.TableWriter;
import dev.lastmile.io.parse.Rec;
import dev.lastmile.model.Cols;
import dev.lastmile.model.Tables;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.transform.AsOf;
import dev.lastmile.transform.BlockedSpells;
import dev.lastmile.transform.Canonical;
import dev.lastmile.transform.CauseEvidence;
import dev.lastmile.transform.CauseInputs;
import dev.lastmile.transform.CauseRanking;
import dev.lastmile.transform.DataQuality;
import dev.lastmile.transform.EvidenceTexts;
import dev.lastmile.transform.InitiativeRead;
import dev.lastmile.transform.Lifecycle;
import dev.lastmile.transform.LinkIssues;
import dev.lastmile.transform.ReviewDecisions;
import dev.lastmile.transform.ReviewParams;
import dev.lastmile.transform.ReviewWorklist;
import dev.lastmile.transform.RuleStats;
import dev.lastmile.transform.Unions;
import dev.lastmile.transform.Verdicts;
import dev.lastmile.transform.stats.PortfolioStats;
import dev.lastmile.transform.stats.StatsParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The lastmile batch job: reads the inputs, calls the transforms, writes one snapshot of every
 * output table and the run manifest, and reconciles records read = accepted + quarantined for every
 * input file. The only class that touches paths.
 */
public final class LastmileJob {
  private final SparkSession spark;
  private final RunOptions opts;
  private final LifecycleRules lifecycle;
  private final CauseRules causes;
  private final Progress progress;

  /** Whether this run's inputs are small ({@link #SMALL_INPUT_BYTES}), set by {@link #run()}. */
  private boolean small;

  /**
   * Whether every shuffle of this run has one partition (a small run of at most {@link
   * #BYTES_PER_SHUFFLE_PARTITION} bytes, set by {@link #run()}). Its phase results are then read as
   * one partition ({@link #phase}), so that joins, aggregations and windows over them need no
   * exchange.
   */
  private boolean onePartition;

  public LastmileJob(
      SparkSession spark,
      RunOptions opts,
      LifecycleRules lifecycle,
      CauseRules causes,
      Progress progress) {
    this.spark = spark;
    this.opts = opts;
    this.lifecycle = lifecycle;
    this.causes = causes;
    this.progress = progress;
  }

  /**
   * Tables staged at the same time after the verdicts. Two: on a 2-core machine more only adds
   * contention; each write's driver latency is filled by the other's tasks.
   */
  static final int CONCURRENT_WRITES = 2;

  /** The size thresholds of the versioned {@code dev/lastmile/run/execution.json}. */
  private static final ExecutionParams EXECUTION = ExecutionParams.bundled();

  /**
   * Inputs up to this many bytes (all files together) run as a small job: no adaptive query
   * execution and one shuffle partition per {@link #BYTES_PER_SHUFFLE_PARTITION}, at most as many
   * as cores (see {@link #smallSettings}). From execution.json ({@code small_input_bytes}, 64 MiB);
   * overridable with the Spark setting {@value #SMALL_INPUT_CONF}.
   */
  static final long SMALL_INPUT_BYTES = EXECUTION.smallInputBytes();

  static final String SMALL_INPUT_CONF = "spark.lastmile.smallInputBytes";

  /**
   * Input bytes per shuffle partition on a small run. Each stage runs one task per partition, and
   * with interpreted (not generated) code every task deserialises its part of the plan: on the demo
   * (1.6 MB, ~300 stages) a second partition doubled that work and bought no parallelism. From
   * execution.json ({@code bytes_per_shuffle_partition}, 16 MiB).
   */
  static final long BYTES_PER_SHUFFLE_PARTITION = EXECUTION.bytesPerShufflePartition();

  /**
   * Materialises a phase result and cuts its lineage. The blocks go to the executors' local disk
   * (not their heap): kept deserialized in memory, the parsed records alone filled a 4 GB heap at 1
   * million issues, and every re-read tried to cache spilled blocks again, with a "Not enough space
   * to cache" warning each time (docs/benchmarks.md). Small runs checkpoint too: one Spark job
   * each, but a lazy cache instead (no job of its own) tripled the driver's planning time on the
   * demo, as every later query matched its plan against the cached ones.
   */
  static <T> Dataset<T> cut(Dataset<T> ds) {
    return ds.localCheckpoint(true, StorageLevel.DISK_ONLY());
  }

  /**
   * {@link #cut} without a Spark job of its own: the first query that reads the result computes and
   * stores it (on local disk) while it runs, and later queries read the stored blocks. The lineage
   * is cut all the same: later queries analyse and plan a leaf, not the phase's plan. Not for
   * results whose row count is observed while they are cut (the observation arrives with the
   * checkpoint's own job).
   */
  static <T> Dataset<T> cutLazily(Dataset<T> ds) {
    return ds.localCheckpoint(false, StorageLevel.DISK_ONLY());
  }

  /**
   * A phase result cut from its lineage: on a small run lazily ({@link #cutLazily}, no Spark job of
   * its own), on a large run eagerly ({@link #cut}). The phase must be deterministic (a total order
   * in its windows), so that it holds the rows its readers would have computed.
   */
  private <T> Dataset<T> cutPhase(Dataset<T> ds) {
    return phase(small ? cutLazily(ds) : cut(ds));
  }

  /**
   * An intermediate result cut on small runs only ({@link #cutLazily}): on a small run the cost is
   * in analysing and planning the queries, and every later step of a transform re-analyses the
   * whole plan below it down to the last cut; a large run keeps its plans whole (the optimizer
   * prunes columns and pushes filters across these steps).
   */
  private <T> Dataset<T> cutIfSmall(Dataset<T> ds) {
    return small ? phase(cutLazily(ds)) : ds;
  }

  /**
   * A checkpointed phase result as its later queries read it. On a one-partition run it is read
   * through {@code coalesce(1)}, which Spark plans as a single partition: a join, aggregation or
   * window over such inputs already has all its rows in one place, so the planner adds no exchange
   * (with one shuffle partition each exchange only moved every row into the same single partition,
   * at the cost of a stage, a shuffle write and read, and a task binary to deserialise per stage).
   * The rows and their order within the partition are the same.
   */
  private <T> Dataset<T> phase(Dataset<T> cut) {
    return onePartition ? cut.coalesce(1) : cut;
  }

  /**
   * The session settings of a small run: those of execution.json ({@code small_run_settings}:
   * without adaptive execution a query is one Spark job, where with it every shuffle of a few
   * kilobytes is a job of its own and a re-planning round; no generated code, as compiling the
   * plans' Java (Janino, then the JIT on the generated classes) costs more than running them, and
   * the interpreted operators give the same results), and a shuffle has one partition per 16 MiB of
   * input (at most one per core). Returns the previous values, to restore.
   */
  private Map<String, String> smallSettings(long bytes) {
    Map<String, String> set = new LinkedHashMap<>(EXECUTION.smallRunSettings());
    long partitions =
        Math.min(
            Math.max(1, spark.sparkContext().defaultParallelism()),
            1 + bytes / BYTES_PER_SHUFFLE_PARTITION);
    set.put("spark.sql.shuffle.partitions", String.valueOf(partitions));
    Map<String, String> previous = new LinkedHashMap<>();
    set.forEach(
        (k, v) -> {
          previous.put(k, spark.conf().get(k, null));
          spark.conf().set(k, v);
        });
    return previous;
  }

  private void restore(Map<String, String> previous) {
    previous.forEach(
        (k, v) -> {
          if (v == null) {
            spark.conf().unset(k);
          } else {
            spark.conf().set(k, v);
          }
        });
  }

  /** Spark's local properties for a job's call site (org.apache.spark.util.CallSite). */
  private static final String CALL_SITE_SHORT = "callSite.short";

  private static final String CALL_SITE_LONG = "callSite.long";

  /** How long to wait for a checkpoint's observed row count (normally milliseconds). */
  private static final long OBSERVATION_WAIT_SECONDS = 30;

  /**
   * The row count observed while {@code rows} was checkpointed; counted by a query if the metric
   * did not arrive.
   */
  private static long observedCount(Observation observed, Dataset<Row> rows) {
    Row m = TableWriter.awaitMetrics(observed, OBSERVATION_WAIT_SECONDS);
    return m == null ? rows.count() : m.getLong(0);
  }

  /** Stages each table on the pool; the futures in the tables' order. */
  private static List<Future<?>> stageAll(
      ExecutorService pool, TableWriter writer, Map<String, Dataset<Row>> tables) {
    List<Future<?>> out = new ArrayList<>();
    tables.forEach((name, df) -> out.add(pool.submit(() -> writer.stage(name, df))));
    return out;
  }

  /** Waits for every write; the first failure is rethrown as it was thrown. */
  private static void awaitAll(List<Future<?>> writes) {
    for (Future<?> f : writes) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while writing the tables", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  /**
   * The Spark setting that stops whole-stage code generation for a plan whose generated methods
   * exceed the given bytecode size, and the size: HotSpot's {@code HugeMethodLimit}, above which
   * the JIT never compiles a method (Spark's default, 64 KiB, lets such methods run interpreted).
   */
  static final String HUGE_METHOD_CONF = "spark.sql.codegen.hugeMethodLimit";

  static final String HOTSPOT_HUGE_METHOD_LIMIT = "8000";

  /**
   * The parsed records of every input file, cut from their lineage. The parse query is planned with
   * {@link #HUGE_METHOD_CONF} at HotSpot's limit: the generated code that encodes a {@link Rec} (50
   * fields, five lists and a map) is one method of more than 8,000 bytes of bytecode, which the JIT
   * leaves interpreted; it was 28% of the executors' CPU samples during read+parse at 200k issues
   * (docs/benchmarks.md). Over the limit Spark runs the encoder as a projection split into small
   * compiled methods. Only this query: elsewhere the setting changes which operators generate code,
   * not the rows (a large run's checkpoint is eager, so the setting is restored once the rows are
   * stored; a small run generates no code at all).
   */
  private Dataset<Rec> parsed(List<InputFile> files) {
    String previous = spark.conf().get(HUGE_METHOD_CONF, null);
    spark.conf().set(HUGE_METHOD_CONF, HOTSPOT_HUGE_METHOD_LIMIT);
    try {
      return cutPhase(InputReader.parse(spark, files, lifecycle.parseConfig()));
    } finally {
      if (previous == null) {
        spark.conf().unset(HUGE_METHOD_CONF);
      } else {
        spark.conf().set(HUGE_METHOD_CONF, previous);
      }
    }
  }

  /**
   * Runs the job; returns the manifest JSON. Throws InputException/OutputException for fatal input.
   */
  public String run() {
    String runId =
        Instant.now().toString().replace(":", "").replace(".", "")
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    RunManifest manifest = new RunManifest(runId, opts.asOf().toString());
    String rulesVersion = lifecycle.version() + "+" + causes.version();
    TableWriter.ensureWritable(spark.sparkContext().hadoopConfiguration(), opts.output());
    // Staging left by runs that were killed (never a live concurrent run's: TableWriter).
    List<String> swept =
        TableWriter.sweepStale(
            spark.sparkContext().hadoopConfiguration(), opts.output(), Instant.now());
    swept.forEach(manifest.root().putArray("swept_staging")::add);
    TableWriter writer =
        new TableWriter(
            spark.sparkContext().hadoopConfiguration(), opts.output(), runId, opts.asOf());
    List<InputFile> files = InputReader.list(spark, opts.inputs());
    if (files.isEmpty()) {
      throw new InputException(
          "No readable input: "
              + opts.inputs().stream()
                  .map(in -> "--" + in.role() + " " + in.path())
                  .distinct()
                  .collect(java.util.stream.Collectors.joining(", "))
              + ": no files, expected exports (names starting with '.' or '_' are skipped)");
    }
    long bytes = files.stream().mapToLong(InputFile::getSize).sum();
    small =
        bytes
            <= Long.parseLong(
                spark.conf().get(SMALL_INPUT_CONF, String.valueOf(SMALL_INPUT_BYTES)));
    Map<String, String> previous = small ? smallSettings(bytes) : Map.of();
    // A fixed call site for the run's RDDs and jobs: otherwise Spark walks the thread's stack for
    // every RDD it creates (hundreds per query plan), 3% of a demo run's CPU. The call site only
    // names jobs in the UI and the event log.
    spark.sparkContext().setLocalProperty(CALL_SITE_SHORT, "lastmile " + opts.asOf());
    spark.sparkContext().setLocalProperty(CALL_SITE_LONG, "dev.lastmile.job.LastmileJob.run");
    onePartition = small && "1".equals(spark.conf().get("spark.sql.shuffle.partitions"));
    writer.begin();
    try {
      return run(runId, manifest, rulesVersion, writer, files);
    } catch (RuntimeException e) {
      writer.abort();
      throw e;
    } finally {
      spark.sparkContext().setLocalProperty(CALL_SITE_SHORT, null);
      spark.sparkContext().setLocalProperty(CALL_SITE_LONG, null);
      restore(previous);
    }
  }

  private String run(
      String runId,
      RunManifest manifest,
      String rulesVersion,
      TableWriter writer,
      List<InputFile> files) {
    // 1-2. read and parse
    // Reviewer decisions are read first: a missing or headerless file fails before any work.
    ReviewParams review = ReviewParams.bundled();
    Dataset<Row> decisionsRead =
        opts.overrides() == null
            ? spark.createDataFrame(List.<Row>of(), OverridesSource.SCHEMA)
            : phase(cut(OverridesSource.read(spark, opts.overrides())));
    // Checkpoints cut the lineage at phase boundaries: without them every later query re-analyses
    // the whole plan back to the files, which grew to minutes of Catalyst time on 1,500 issues.
    Dataset<Rec> recs = parsed(files);
    Dataset<Row> fileSummaries = Canonical.files(recs);
    List<Row> summaries = fileSummaries.collectAsList(); // one row per file, not per record
    for (Row r : summaries) {
      String fatal = r.getAs("fatal");
      if (fatal != null) {
        throw new InputException(fatal);
      }
    }
    Canonical.Registry reg = Canonical.registry(recs, lifecycle);
    // Row counts observed while checkpointing (no query of their own): the empty-registry check
    // and the progress line read them; the per-file counts are reconciled at the end.
    Observation registryRows = new Observation();
    Dataset<Row> registry = phase(cut(reg.registry().observe(registryRows, count(lit(1)).as("n"))));
    // Ranked once: the DUPLICATE_ID quarantine rows come from the same checkpoint as the kept
    // issues (staging the quarantine recomputed the duplicate-key window over every issue).
    Canonical.Issues iss = Canonical.separateIssues(cutPhase(Canonical.rankedIssues(recs)));
    // Linked once: the quarantine's unlinked rows come from the same checkpoint (computing them
    // from the plan repeated all seven joins over every issue: 9% of task CPU at 1M issues).
    Observation linkedRows = new Observation();
    LinkIssues.Linked linked =
        LinkIssues.separate(
            phase(
                cut(
                    LinkIssues.linkAll(
                            iss.issues(),
                            registry,
                            lifecycle.initiativeLabelPrefix(),
                            this::cutIfSmall)
                        .observe(linkedRows, count(col(Cols.INITIATIVE_ID)).as("n")))),
            lifecycle.initiativeLabelPrefix());
    Dataset<Row> issues = linked.issues();
    LinkIssues.Linked linkedModels = LinkIssues.linkModels(Canonical.models(recs), registry);
    Observation modelRows = new Observation();
    Dataset<Row> models =
        phase(cut(linkedModels.issues().observe(modelRows, count(lit(1)).as("n"))));
    Dataset<Row> history = cutPhase(LinkIssues.changesOf(Canonical.statusHistory(recs), issues));
    Dataset<Row> flags = Canonical.flagHistory(recs);
    Dataset<Row> texts =
        cutPhase(EvidenceTexts.build(Canonical.issueTexts(recs), issues, registry, models));
    Dataset<Row> acceptedRegistry = registry;
    Dataset<Row> acceptedIssues = issues;
    Dataset<Row> acceptedModels = models;
    long initiatives = observedCount(registryRows, registry);
    if (initiatives == 0) {
      throw new InputException(
          "No readable input: no registry record was accepted from "
              + files.stream()
                  .filter(f -> "registry".equals(f.getRole()))
                  .map(InputFile::getPath)
                  .findFirst()
                  .orElse("the inputs (give --registry)"));
    }
    progress.phase(
        "read+parse",
        files.size()
            + " files, "
            + initiatives
            + " initiatives, "
            + observedCount(linkedRows, issues)
            + " linked issues, "
            + observedCount(modelRows, models)
            + " model versions");

    // 3-5. verdicts, on what was known at the snapshot date
    registry = AsOf.registry(registry, opts.asOf());
    issues = AsOf.issues(issues, opts.asOf());
    history = AsOf.history(history, opts.asOf());
    flags = AsOf.history(flags, opts.asOf());
    models = AsOf.models(models, opts.asOf());
    texts = AsOf.texts(texts, opts.asOf());
    // Small runs cut between the lifecycle steps too (no Spark job of their own): later steps
    // then re-analyse short plans. Every run cuts the steps that several later queries read (the
    // stage evidence, the spells, the outcomes): without those cuts a large run computed the whole
    // lifecycle in the evidence checkpoint (the initiative read reads the outcomes), again in the
    // assessment's and a third time for the stage_history table (event log at 100k issues).
    Lifecycle.Assessed lifecycleVerdicts =
        Lifecycle.assess(
            registry,
            issues,
            history,
            models,
            texts,
            lifecycle,
            opts.asOf(),
            this::cutIfSmall,
            this::cutPhase);
    Dataset<Row> spells = lifecycleVerdicts.spells();
    Dataset<Row> outcomes = lifecycleVerdicts.outcomes();
    CauseInputs causeInputs = new CauseInputs(texts, registry, history, issues, models);
    // the sentence passes first; then, for failed initiatives they leave without a cause, the
    // learned model's reading of all their sentences (InitiativeRead, on the computed outcomes)
    // The units and reference dates both passes read, built and cut once (eagerly on large runs:
    // without the cut, the initiative read's query built the units a second time, unions, joins,
    // a window and the deduplicating aggregation over every text, issue and history row; a third
    // of the evidence checkpoint's task CPU at 200k issues, docs/benchmarks.md).
    CauseEvidence.Prepared causeUnits =
        CauseEvidence.prepare(causeInputs, causes, opts.asOf(), this::cutPhase);
    Dataset<Row> sentenceEvidence = cutPhase(CauseEvidence.extract(causeUnits, causes));
    Dataset<Row> evidence =
        cutPhase(
            sentenceEvidence
                .unionByName(InitiativeRead.extract(causeUnits, sentenceEvidence, outcomes, causes))
                .withColumn(Cols.RULES_VERSION, lit(rulesVersion)));
    Dataset<Row> ranking = CauseRanking.rank(evidence, causes);
    // Without reviewer decisions the rules' assessment has one reader, the assessment's
    // checkpoint (the decisions' joins against an empty relation are optimised away), so a small
    // run does not checkpoint it twice.
    Dataset<Row> verdicts = Verdicts.assess(outcomes, ranking, rulesVersion);
    Dataset<Row> rulesAssessment =
        small && opts.overrides() == null ? verdicts : cutPhase(verdicts);
    // Without a decisions file nothing is checked: the check reads an empty frame of the
    // assessment's schema instead of the rules' assessment, so that the decisions, their
    // quarantine rows and the override agreement (all empty) do not carry the verdicts' plan into
    // three more queries (on the demo their analysis was a third of the driver's planning).
    ReviewDecisions.Checked decisions =
        ReviewDecisions.check(
            decisionsRead,
            opts.overrides() == null
                ? spark.createDataFrame(List.<Row>of(), rulesAssessment.schema())
                : rulesAssessment);
    Dataset<Row> applied = cutPhase(decisions.decisions());
    // Cut on small runs too: a dozen later queries read the assessment, and without the cut
    // their plans (the decisions' joins included) doubled the demo's statistics phase.
    Dataset<Row> assessment = cutPhase(ReviewDecisions.apply(rulesAssessment, applied));
    writer.stage(Tables.INITIATIVE_ASSESSMENT, assessment);
    writer.stage(Tables.CAUSE_EVIDENCE, evidence);
    progress.phase(
        "verdicts",
        writer.countStaged(spark, Tables.INITIATIVE_ASSESSMENT)
            + " assessments, "
            + writer.countStaged(spark, Tables.CAUSE_EVIDENCE)
            + " evidence rows");

    // 6. statistics, 7. data quality and quarantine: eight independent writes, staged a few at a
    // time. Each is mostly driver latency (planning, AQE re-planning, one Spark job per shuffle
    // of small data), which the other writes' tasks fill.
    StatsParams statsParams = StatsParams.defaults();
    Map<String, Dataset<Row>> stats =
        PortfolioStats.tables(assessment, evidence, opts.asOf(), statsParams, this::cutIfSmall);
    Dataset<Row> quarantine =
        Unions.byName(
            List.of(
                Canonical.parseQuarantine(recs),
                reg.duplicates(),
                iss.duplicates(),
                linked.unlinked(),
                linkedModels.unlinked(),
                decisions.quarantine()));
    Map<String, Dataset<Row>> rest = new LinkedHashMap<>();
    rest.put(Tables.QUARANTINE, quarantine);
    rest.put(
        Tables.DATA_QUALITY,
        DataQuality.findings(
            registry, issues, history, models, assessment, opts.asOf(), lifecycle));
    rest.put(Tables.OVERRIDE_AGREEMENT, ReviewDecisions.agreement(assessment, applied, review));
    rest.put(Tables.REVIEW_WORKLIST, ReviewWorklist.build(assessment, texts, review));
    rest.put(Tables.STAGE_HISTORY, spells);
    rest.put(
        Tables.BLOCKED_SPELLS, BlockedSpells.spells(issues, history, flags, review, opts.asOf()));
    rest.put(Tables.RULE_STATS, RuleStats.compute(evidence, assessment));
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_WRITES);
    try {
      List<Future<?>> statsWrites = new ArrayList<>();
      stats.forEach(
          (name, df) ->
              statsWrites.add(
                  pool.submit(
                      () -> {
                        writer.stage(name, df);
                        if (name.equals(Tables.FAILURE_RATE_STATS)) {
                          // From the written rows: its own query would compute the failure rates
                          // and their survival curves a second time.
                          writer.stage(
                              Tables.PUBLISHED_BENCHMARKS,
                              PortfolioStats.benchmarks(
                                  writer.readStaged(spark, Tables.FAILURE_RATE_STATS),
                                  statsParams));
                        }
                      })));
      List<Future<?>> restWrites = stageAll(pool, writer, rest);
      awaitAll(statsWrites);
      progress.phase("statistics", (stats.size() + 1) + " tables");
      awaitAll(restWrites);
    } finally {
      pool.shutdownNow();
    }

    // 8. write, reconcile
    Map<String, Long> rowCounts = new LinkedHashMap<>();
    for (String t : List.of(Tables.INITIATIVE_ASSESSMENT, Tables.CAUSE_EVIDENCE)) {
      rowCounts.put(t, writer.countStaged(spark, t));
    }
    for (String t : stats.keySet()) {
      rowCounts.put(t, writer.countStaged(spark, t));
    }
    rowCounts.put(
        Tables.PUBLISHED_BENCHMARKS, writer.countStaged(spark, Tables.PUBLISHED_BENCHMARKS));
    for (String t : rest.keySet()) {
      rowCounts.put(t, writer.countStaged(spark, t));
    }

    Reconcile.perFile(
        manifest,
        summaries,
        Reconcile.accepted(acceptedRegistry, acceptedIssues, acceptedModels),
        writer.readStaged(spark, Tables.QUARANTINE));
    if (opts.overrides() != null) {
      Reconcile.overrides(
          manifest,
          opts.overrides(),
          decisionsRead,
          applied,
          writer.readStaged(spark, Tables.QUARANTINE));
    }
    writer.commit();
    progress.phase("write", rowCounts.get(Tables.QUARANTINE) + " quarantined records");
    manifest.root().put("status", "complete");
    manifest.root().put("rules_version", rulesVersion);
    manifest.counts("table_rows", rowCounts);
    ObjectNode config = new ObjectMapper().createObjectNode();
    config.put("config_file", opts.config() == null ? null : opts.config());
    config.set("lifecycle", lifecycle.tree());
    config.put("causes_version", causes.version());
    config.put("review_version", review.version());
    config.put("overrides_file", opts.overrides());
    manifest.put("config", config);
    ObjectNode versions = manifest.root().putObject("versions");
    versions.put("lastmile", Versions.lastmile());
    versions.put("spark", spark.version());
    versions.put("java", System.getProperty("java.version"));
    versions.put("schema_version", 1);
    progress.timings().forEach(manifest::timing);
    manifest.write(
        writer.fileSystem(), writer.output(), Tables.MANIFEST_FILE, opts.asOf().toString());
    return manifest.json();
  }
}
