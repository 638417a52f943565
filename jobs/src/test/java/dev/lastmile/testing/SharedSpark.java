package dev.lastmile.testing;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/**
 * One SparkSession per test JVM (never stopped between classes): local[2], two shuffle partitions,
 * UI off, loopback driver, UTC, no generated code (interpreted operators, as the job's small runs:
 * LastmileJob.smallSettings; compiling the plans' Java cost more than running them on fixtures of a
 * few rows). Tests call {@link #spark()}.
 */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession spark() {
    // Entry points run in-process by tests (Main, ReportMain) must not stop the shared session.
    System.setProperty("lastmile.stopSession", "false");
    if (session == null || session.sparkContext().isStopped()) {
      session =
          SparkSession.builder()
              .appName("lastmile-tests")
              .master("local[2]")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.sql.adaptive.enabled", "false")
              .config("spark.sql.codegen.wholeStage", "false")
              .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
              .getOrCreate();
    }
    return session;
  }

  /**
   * Materialises {@code ds} and cuts its lineage, as the job does at its phase boundaries
   * (LastmileJob.cut). A test that chains the job's transforms without the cuts makes Spark analyse
   * and optimise the whole chain back to the records in every later query: minutes of Catalyst time
   * on a fixture of a dozen rows. The rows are the same.
   */
  public static <T> Dataset<T> cut(Dataset<T> ds) {
    return ds.localCheckpoint();
  }
}
