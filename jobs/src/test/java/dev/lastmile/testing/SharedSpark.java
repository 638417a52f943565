package dev.lastmile.testing;

import org.apache.spark.sql.SparkSession;

/**
 * One SparkSession per test JVM (never stopped between classes): local[2], two shuffle partitions,
 * UI off, loopback driver, UTC. Tests call {@link #spark()}.
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
              .getOrCreate();
    }
    return session;
  }
}
