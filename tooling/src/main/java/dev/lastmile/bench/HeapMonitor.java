package dev.lastmile.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of this JVM during one measured step: the highest heap in use seen by a 100 ms sampler
 * (includes garbage, bounded by -Xmx) and the highest heap still in use right after a garbage
 * collection (the live data plus what the collector left, the figure to compare with a heap
 * budget). In local mode the executors run inside the driver JVM, so both include them.
 */
final class HeapMonitor implements NotificationListener, AutoCloseable {
  private volatile long peakUsed;
  private volatile long peakAfterGc;
  private volatile long gcCount;
  private volatile long gcMillis;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final Thread sampler;
  private volatile boolean running = true;

  HeapMonitor() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(this, null, null);
        emitters.add(e);
      }
    }
    sampler =
        new Thread(
            () -> {
              while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                if (used > peakUsed) {
                  peakUsed = used;
                }
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "bench-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts a new measurement: collects garbage first so steps do not inherit each other's. */
  void reset() {
    System.gc();
    peakUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    peakAfterGc = 0;
    gcCount = 0;
    gcMillis = 0;
  }

  long peakUsed() {
    return peakUsed;
  }

  long peakAfterGc() {
    return peakAfterGc;
  }

  long gcCount() {
    return gcCount;
  }

  long gcMillis() {
    return gcMillis;
  }

  @Override
  public void handleNotification(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long after = 0;
    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      String pool = e.getKey();
      if (pool.contains("Eden")
          || pool.contains("Survivor")
          || pool.contains("Old")
          || pool.contains("Tenured")
          || pool.contains("Humongous")) {
        after += e.getValue().getUsed();
      }
    }
    // Explicit System.gc() calls from reset() are not part of the measured step.
    if (!"System.gc()".equals(info.getGcCause())) {
      if (after > peakAfterGc) {
        peakAfterGc = after;
      }
      gcCount++;
      gcMillis += info.getGcInfo().getDuration();
    }
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(this);
      } catch (javax.management.ListenerNotFoundException ex) {
        // already gone
      }
    }
  }
}
