package dev.lastmile.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@link Bench}.
 *
 * @param sizes portfolio sizes in Jira issues, ascending
 * @param issuesPerInitiative initiatives = max(40, issues / this)
 * @param seed generator seed
 * @param asOf snapshot date of the generated portfolios and the job
 * @param work cache of generated inputs and scratch outputs
 * @param results folder for the JSON and Markdown results
 */
record BenchOptions(
    List<Long> sizes, int issuesPerInitiative, long seed, LocalDate asOf, Path work, Path results) {

  static final String USAGE =
      String.join(
          "\n",
          "Usage: bin/bench (lastmile bench) [--sizes N,N...] [--quick] [--issues-per-initiative K]"
              + "",
          "                 [--seed S] [--work DIR] [--results DIR] [--master URL]",
          "",
          "Generates portfolios (cached under bench/work/), then for every size times a plain Spark"
              + "",
          "CSV/JSON->Parquet copy of the inputs and the full lastmile job, in one JVM and one Spark"
              + "",
          "session (after an unmeasured warm-up on sample-data/), and writes",
          "bench/results/<date>-<sizes>.json and .md.",
          "",
          "  --sizes N,N...             Jira issues per portfolio (default 40,2000,100000,1000000:",
          "                             the fixed cost, the demo size, 100k and 1M;",
          "                             suffixes k and m allowed: 100k,1m)",
          "  --quick                    10k and 100k (smoke test)",
          "  --issues-per-initiative K  portfolio shape: max(40, N/K) initiatives (default 250)",
          "  --seed S                   generator seed (default 42)",
          "  --work DIR                 generated inputs and scratch outputs (default bench/work)",
          "  --results DIR              where results go (default bench/results)",
          "  --master URL               Spark master (default local[*]; handled by bin/bench)",
          "",
          "Environment: LASTMILE_DRIVER_MEMORY (default 4g), LASTMILE_JAVA_OPTS,",
          "BENCH_EVENT_LOG=DIR (Spark event log for profiling).",
          "",
          "Examples:",
          "  bin/bench                    # 40, 2k, 100k and 1M issues",
          "  bin/bench --quick            # 10k and 100k",
          "  bin/bench --sizes 50k,500k");

  /**
   * The fixed cost (40 issues, one per initiative: the job on an almost empty portfolio), the demo
   * size (2,000 issues), 100k and 1M issues.
   */
  static final List<Long> DEFAULT_SIZES = List.of(40L, 2_000L, 100_000L, 1_000_000L);

  static BenchOptions parse(String[] args) {
    List<Long> sizes = DEFAULT_SIZES;
    int perInitiative = 250;
    long seed = 42;
    LocalDate asOf = LocalDate.of(2026, 10, 1);
    Path work = Path.of("bench/work");
    Path results = Path.of("bench/results");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--quick" -> sizes = List.of(10_000L, 100_000L);
        case "--sizes", "--issues-per-initiative", "--seed", "--work", "--results", "--as-of" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(a + ": expected a value after it");
          }
          String v = args[++i];
          switch (a) {
            case "--sizes" -> sizes = sizes(v);
            case "--issues-per-initiative" -> perInitiative = positive(a, v);
            case "--seed" -> seed = Long.parseLong(v);
            case "--work" -> work = Path.of(v);
            case "--results" -> results = Path.of(v);
            default -> asOf = LocalDate.parse(v);
          }
        }
        default -> throw new IllegalArgumentException(a + ": unknown option (see --help)");
      }
    }
    return new BenchOptions(sizes, perInitiative, seed, asOf, work, results);
  }

  static List<Long> sizes(String v) {
    List<Long> out = new ArrayList<>();
    for (String s : v.split(",")) {
      String t = s.trim().toLowerCase(java.util.Locale.ROOT);
      long mult = 1;
      if (t.endsWith("k")) {
        mult = 1_000;
        t = t.substring(0, t.length() - 1);
      } else if (t.endsWith("m")) {
        mult = 1_000_000;
        t = t.substring(0, t.length() - 1);
      }
      long n;
      try {
        n = Long.parseLong(t) * mult;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--sizes: '" + s + "' is not a number of issues");
      }
      if (n < 1) {
        throw new IllegalArgumentException("--sizes: '" + s + "' must be at least 1");
      }
      out.add(n);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("--sizes needs at least one size");
    }
    out.sort(null);
    return List.copyOf(out);
  }

  private static int positive(String name, String v) {
    int n = Integer.parseInt(v);
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
    return n;
  }

  int initiatives(long issues) {
    return (int) Math.max(40, issues / issuesPerInitiative);
  }

  /** "100k-1m" style label of the sizes, for file names. */
  String label() {
    List<String> parts = new ArrayList<>();
    for (long n : sizes) {
      parts.add(
          n % 1_000_000 == 0 ? n / 1_000_000 + "m" : n % 1_000 == 0 ? n / 1_000 + "k" : "" + n);
    }
    return String.join("-", parts);
  }
}
