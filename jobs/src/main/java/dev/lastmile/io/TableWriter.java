package dev.lastmile.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lastmile.model.Cols;
import dev.lastmile.model.SchemaFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.concurrent.Await;

/**
 * Writes one snapshot of every output table so that readers never see a half-written partition:
 * each table is first written under {@code <output>/_staging/<run>/} (a folder Spark, DuckDB and
 * Hive-style readers ignore), and only when every table has been written are the {@code
 * <table>/snapshot_date=<date>} folders swapped in by rename. Other snapshot dates are never
 * touched. Columns are selected and cast to exactly the table's schema file. Tables may be staged
 * from several threads at once.
 *
 * <p>A run killed before its commit leaves its {@code _staging/<run>} folder behind (readers ignore
 * it). {@link #sweepStale} removes such folders at the start of the next run, but never a live
 * run's: each run records its owner ({@value #OWNER_FILE}: host, process id and start, snapshot
 * date) when it begins, and a folder is stale when its owner ran on this host and that process is
 * gone, or, when that cannot be checked (another host, no owner file), when nothing in it changed
 * for {@link #STALE_AFTER}. A run killed inside the commit's renames is rolled back: the tables it
 * had moved aside go back in place.
 */
public final class TableWriter {
  /**
   * How long to wait for a write's observed row count after the write returned (the metric comes
   * through the listener bus, normally within milliseconds).
   */
  private static final long OBSERVATION_WAIT_SECONDS = 60;

  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final Path trash;
  private final LocalDate snapshot;

  /** The owner record in a run's staging folder. */
  public static final String OWNER_FILE = "_run.json";

  /** A staging folder nobody can vouch for (another host, no owner) is stale after this. */
  public static final Duration STALE_AFTER = Duration.ofHours(24);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REPLACED = "-replaced";

  private final Map<String, Long> rows = new LinkedHashMap<>();
  private final List<String> staged = new ArrayList<>();

  public TableWriter(Configuration conf, String output, String runId, LocalDate snapshot) {
    this.output = new Path(output);
    this.snapshot = snapshot;
    try {
      this.fs = this.output.getFileSystem(conf);
    } catch (IOException e) {
      throw new OutputException("Cannot use --output " + output + ": " + e.getMessage(), e);
    }
    this.staging = new Path(this.output, "_staging/" + runId);
    this.trash = new Path(this.output, "_staging/" + runId + REPLACED);
  }

  /** Records this run as the owner of its staging folder (before anything is staged). */
  public void begin() {
    ObjectNode owner = JSON.createObjectNode();
    ProcessHandle me = ProcessHandle.current();
    owner.put("host", host());
    owner.put("pid", me.pid());
    owner.put("process_start", me.info().startInstant().map(Instant::toString).orElse(null));
    owner.put("snapshot_date", snapshot.toString());
    // Written aside and renamed, so a run killed while writing it never leaves a cut owner file.
    Path tmp = new Path(staging, "." + OWNER_FILE + ".tmp");
    try {
      try (OutputStream out = fs.create(tmp, false)) {
        out.write(JSON.writeValueAsBytes(owner));
      }
      if (!fs.rename(tmp, new Path(staging, OWNER_FILE))) {
        throw new IOException("cannot rename " + tmp);
      }
    } catch (IOException e) {
      throw new OutputException("Cannot write under --output " + output + ": " + e.getMessage(), e);
    }
  }

  private static String host() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * Removes the staging folders that killed runs left under {@code <output>/_staging}, rolling back
   * a commit that was cut short; returns the run folders swept. A folder whose owner is alive, or
   * that changed within {@link #STALE_AFTER} and whose owner cannot be checked, is left alone (a
   * concurrent run's).
   */
  public static List<String> sweepStale(Configuration conf, String output, Instant now) {
    Path root = new Path(output, "_staging");
    List<String> swept = new ArrayList<>();
    try {
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root)) {
        return swept;
      }
      for (FileStatus st : fs.listStatus(root)) {
        String name = st.getPath().getName();
        if (!st.isDirectory() || name.endsWith(REPLACED)) {
          continue; // a -replaced folder goes with its run's folder
        }
        Path run = st.getPath();
        Path replaced = new Path(root, name + REPLACED);
        JsonNode owner = readOwner(fs, new Path(run, OWNER_FILE));
        if (!stale(fs, run, owner, now)) {
          continue;
        }
        if (fs.exists(replaced) && owner != null && owner.hasNonNull("snapshot_date")) {
          rollBack(fs, new Path(output), replaced, owner.get("snapshot_date").asText());
        }
        fs.delete(replaced, true);
        fs.delete(run, true);
        swept.add(name);
      }
      // -replaced folders whose run folder is already gone: the commit had finished its renames.
      for (FileStatus st : fs.listStatus(root)) {
        String name = st.getPath().getName();
        if (name.endsWith(REPLACED)
            && !fs.exists(new Path(root, name.substring(0, name.length() - REPLACED.length())))
            && newest(fs, st.getPath()).isBefore(now.minus(STALE_AFTER))) {
          fs.delete(st.getPath(), true);
          swept.add(name);
        }
      }
      if (fs.listStatus(root).length == 0) {
        fs.delete(root, true);
      }
    } catch (IOException e) {
      throw new OutputException("Cannot clean " + root + ": " + e.getMessage(), e);
    }
    return swept;
  }

  private static JsonNode readOwner(FileSystem fs, Path p) {
    try (InputStream in = fs.open(p)) {
      return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return null; // no owner file (a run from before owners were written) or a cut one
    }
  }

  /** Stale: its owner ran on this host and is gone, or nothing changed for STALE_AFTER. */
  static boolean stale(FileSystem fs, Path run, JsonNode owner, Instant now) throws IOException {
    if (owner != null && host().equals(owner.path("host").asText()) && owner.has("pid")) {
      var handle = ProcessHandle.of(owner.get("pid").asLong());
      if (handle.isEmpty()) {
        return true;
      }
      String start = owner.path("process_start").asText(null);
      String liveStart = handle.get().info().startInstant().map(Instant::toString).orElse(null);
      // The pid is alive: it is the owner unless it was reused by a later process.
      return start != null && liveStart != null && !start.equals(liveStart);
    }
    return newest(fs, run).isBefore(now.minus(STALE_AFTER));
  }

  /** The latest modification time of the folder or anything below it. */
  private static Instant newest(FileSystem fs, Path dir) throws IOException {
    long t = fs.getFileStatus(dir).getModificationTime();
    for (FileStatus f : fs.listStatus(dir)) {
      t =
          Math.max(
              t,
              f.isDirectory() ? newest(fs, f.getPath()).toEpochMilli() : f.getModificationTime());
    }
    return Instant.ofEpochMilli(t);
  }

  /**
   * Undoes a commit killed between its renames: every table moved aside goes back to its snapshot
   * folder, replacing what the killed run had already moved in, so the snapshot is the previous
   * run's again, matching its manifest (written only after a commit).
   */
  private static void rollBack(FileSystem fs, Path output, Path replaced, String date)
      throws IOException {
    for (FileStatus t : fs.listStatus(replaced)) {
      Path target = new Path(output, t.getPath().getName() + "/" + Cols.SNAPSHOT_DATE + "=" + date);
      if (fs.exists(target)) {
        fs.delete(target, true);
      }
      fs.mkdirs(target.getParent());
      if (!fs.rename(t.getPath(), target)) {
        throw new IOException("cannot restore " + target + " from " + t.getPath());
      }
    }
  }

  /** Creates the output folder; fails with a one-line reason when that is impossible. */
  public static void ensureWritable(Configuration conf, String output) {
    Path p = new Path(output);
    try {
      FileSystem fs = p.getFileSystem(conf);
      for (Path cur = p; cur != null; cur = cur.getParent()) {
        if (fs.exists(cur)) {
          if (fs.getFileStatus(cur).isFile()) {
            throw new OutputException(
                "Cannot create --output " + output + ": " + cur + " is a file, not a folder", null);
          }
          break;
        }
      }
      if (!fs.mkdirs(p)) {
        throw new OutputException("Cannot create --output " + output, null);
      }
    } catch (IOException e) {
      throw new OutputException("Cannot create --output " + output + ": " + e.getMessage(), e);
    }
  }

  /** The frame with exactly the schema file's columns (without snapshot_date), in order. */
  public static Dataset<Row> conform(String table, Dataset<Row> df) {
    StructType schema = SchemaFiles.output(table);
    List<Column> cols = new ArrayList<>();
    List<String> have = List.of(df.columns());
    for (StructField f : schema.fields()) {
      if (f.name().equals(Cols.SNAPSHOT_DATE)) {
        continue;
      }
      if (!have.contains(f.name())) {
        throw new IllegalStateException(
            "Cannot write " + table + ": column " + f.name() + " is missing (have " + have + ")");
      }
      cols.add(col(f.name()).cast(f.dataType()).as(f.name(), f.metadata()));
    }
    return df.select(cols.toArray(new Column[0]));
  }

  /**
   * Writes one table to staging and remembers its row count, counted while writing (an observed
   * metric of the write) instead of reading the staged Parquet back: that read-back cost a
   * schema-listing job and a count query per table, about 30 Spark jobs a run.
   */
  public void stage(String table, Dataset<Row> df) {
    Observation written = new Observation();
    Dataset<Row> conformed = conform(table, df).observe(written, count(lit(1)).as("rows"));
    conformed.write().mode(SaveMode.ErrorIfExists).parquet(new Path(staging, table).toString());
    Long n = observedRows(written);
    synchronized (this) {
      staged.add(table);
      if (n != null) {
        rows.put(table, n);
      }
    }
  }

  /** The observed row count; null if the metric did not arrive (then it is counted from disk). */
  private static Long observedRows(Observation written) {
    Row metrics = awaitMetrics(written, OBSERVATION_WAIT_SECONDS);
    return metrics == null ? null : metrics.getLong(metrics.fieldIndex("rows"));
  }

  /**
   * The metrics of an {@link Observation}, waiting at most {@code seconds}; null if they did not
   * arrive (timeout, interruption or a failed query), so the caller falls back to counting.
   */
  public static Row awaitMetrics(Observation observation, long seconds) {
    try {
      return Await.result(
          observation.future(),
          scala.concurrent.duration.Duration.create(seconds, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (TimeoutException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Reads a staged table back (before commit), with the schema it was written with: given the
   * schema, Spark skips the job that would read the Parquet footers to infer it.
   */
  public Dataset<Row> readStaged(org.apache.spark.sql.SparkSession spark, String table) {
    List<StructField> fields = new ArrayList<>();
    for (StructField f : SchemaFiles.output(table).fields()) {
      if (!f.name().equals(Cols.SNAPSHOT_DATE)) {
        fields.add(f);
      }
    }
    return spark
        .read()
        .schema(new StructType(fields.toArray(new StructField[0])))
        .parquet(new Path(staging, table).toString());
  }

  /**
   * The row count of a staged table: the one observed while {@link #stage} wrote it, or (only when
   * that metric did not arrive) read back from the staged Parquet.
   */
  public long countStaged(org.apache.spark.sql.SparkSession spark, String table) {
    Long n;
    synchronized (this) {
      n = rows.get(table);
    }
    if (n == null) {
      n = readStaged(spark, table).count();
      synchronized (this) {
        rows.put(table, n);
      }
    }
    return n;
  }

  /** Swaps every staged table into place for the snapshot date, replacing only that date. */
  public synchronized void commit() {
    try {
      for (String table : staged) {
        Path target = new Path(output, table + "/" + Cols.SNAPSHOT_DATE + "=" + snapshot);
        fs.mkdirs(target.getParent());
        if (fs.exists(target)) {
          fs.mkdirs(trash);
          if (!fs.rename(target, new Path(trash, table))) {
            throw new IOException("cannot move the previous " + target + " aside");
          }
        }
        if (!fs.rename(new Path(staging, table), target)) {
          throw new IOException("cannot move " + table + " into " + target);
        }
      }
      fs.delete(trash, true);
      fs.delete(staging, true);
      Path stagingRoot = staging.getParent();
      if (fs.exists(stagingRoot) && fs.listStatus(stagingRoot).length == 0) {
        fs.delete(stagingRoot, true);
      }
    } catch (IOException e) {
      throw new OutputException(
          "Cannot write the snapshot under " + output + ": " + e.getMessage(), e);
    }
  }

  /** Removes what this run staged (after a failure). */
  public void abort() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      // best effort: staging is invisible to readers anyway
    }
  }

  public synchronized Map<String, Long> rowCounts() {
    return new LinkedHashMap<>(rows);
  }

  public FileSystem fileSystem() {
    return fs;
  }

  public Path output() {
    return output;
  }
}
