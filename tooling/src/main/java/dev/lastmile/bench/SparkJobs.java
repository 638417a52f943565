package dev.lastmile.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Counts the Spark jobs the session starts (a listener on the session's context). The count a step
 * reports is the difference of two {@link #started} readings; each reading first waits until the
 * listener bus has delivered the events already posted, so no job of the step is missed.
 */
final class SparkJobs extends SparkListener {
  private final AtomicLong started = new AtomicLong();
  private final SparkSession spark;

  SparkJobs(SparkSession spark) {
    this.spark = spark;
    spark.sparkContext().addSparkListener(this);
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    started.incrementAndGet();
  }

  /** The jobs started so far, after the listener bus has caught up. */
  long started() {
    try {
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("The Spark listener bus did not drain in 10 s", e);
    }
    return started.get();
  }
}
