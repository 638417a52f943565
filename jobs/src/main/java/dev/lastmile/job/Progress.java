package dev.lastmile.job;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One line per phase on stderr with elapsed time; the timings also go to the manifest. */
public final class Progress {
  private final PrintStream err;
  private final long start = System.nanoTime();
  private long last = start;
  private final Map<String, Double> timings = new LinkedHashMap<>();

  public Progress(PrintStream err) {
    this.err = err;
  }

  public void phase(String name, String detail) {
    long now = System.nanoTime();
    double secs = (now - last) / 1e9;
    last = now;
    timings.put(name, secs);
    if (err != null) {
      err.printf(Locale.ROOT, "lastmile: %-11s %6.1fs  %s%n", name, secs, detail);
    }
  }

  public double elapsed() {
    return (System.nanoTime() - start) / 1e9;
  }

  public Map<String, Double> timings() {
    Map<String, Double> m = new LinkedHashMap<>(timings);
    m.put("total", elapsed());
    return m;
  }
}
