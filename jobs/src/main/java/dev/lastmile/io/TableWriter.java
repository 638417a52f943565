package dev.lastmile.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import dev.lastmile.model.Cols;
import dev.lastmile.model.SchemaFiles;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hadoop.conf.Configuration;
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
import scala.concurrent.duration.Duration;

/**
 * Writes one snapshot of every output table so that readers never see a half-written
 * partition: each table is first written under {@code <output>/_staging/<run>/} (a folder Spark,
 * DuckDB and Hive-style readers ignore), and only when every table has been written are the
 * {@code <table>/snapshot_date=<date>} folders swapped in by rename. Other snapshot dates are
 * never touched. Columns are selected and cast to exactly the table's schema file. Tables may be
 * staged from several threads at once.
 */
public final class TableWriter {
  /**
   * How long to wait for a write's observed row count after the write returned (the metric
   * comes through the listener bus, normally within milliseconds).
   */
  private static final long OBSERVATION_WAIT_SECONDS = 60;

  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final Path trash;
  private final LocalDate snapshot;
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
    this.trash = new Path(this.output, "_staging/" + runId + "-replaced");
  }

  /** Creates the output folder; fails with a one-line reason when that is impossible. */
  public static void ensureWritable(Configuration conf, String output) {
    Path p = new Path(output);
    try {
      FileSystem fs = p.getFileSystem(conf);
      for (Path cur = p; cur != null; cur = cur.getParent()) {
        if (fs.exists(cur)) {
          if (fs.getFileStatus(cur).isFile()) {
            throw new OutputException("Cannot create --output " + output + ": " + cur
                + " is a file, not a folder", null);
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
        throw new IllegalStateException("Cannot write " + table + ": column " + f.name()
            + " is missing (have " + have + ")");
      }
      cols.add(col(f.name()).cast(f.dataType()).as(f.name(), f.metadata()));
    }
    return df.select(cols.toArray(new Column[0]));
  }

  /**
   * Writes one table to staging and remembers its row count, counted while writing (an
   * observed metric of the write) instead of reading the staged Parquet back: that read-back
   * cost a schema-listing job and a count query per table, about 30 Spark jobs a run.
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
    try {
      Row metrics = Await.result(written.future(), Duration.create(OBSERVATION_WAIT_SECONDS,
          TimeUnit.SECONDS));
      return metrics.getLong(metrics.fieldIndex("rows"));
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
    return spark.read().schema(new StructType(fields.toArray(new StructField[0])))
        .parquet(new Path(staging, table).toString());
  }

  /**
   * The row count of a staged table: the one observed while {@link #stage} wrote it, or (only
   * when that metric did not arrive) read back from the staged Parquet.
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
      throw new OutputException("Cannot write the snapshot under " + output + ": " + e.getMessage(), e);
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
