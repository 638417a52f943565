package dev.lastmile.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Derived figures (ratios, growth, throughput, target checks) and the Markdown form of a benchmark
 * result. Pure functions over the result JSON, so they are tested without Spark.
 */
final class BenchReport {
  /** Targets of the scale issue: job/copy at the largest size, growth per 10x, heap. */
  static final double TARGET_JOB_OVER_COPY = 1.5;

  /** Targets of the small end (issue 12), at the demo size (1,000 to 5,000 issues). */
  static final double TARGET_JOB_OVER_COPY_DEMO = 2.0;

  static final long TARGET_SPARK_JOBS_DEMO = 25;
  static final double TARGET_GROWTH_PER_10X = 11.0;
  static final long TARGET_HEAP_MB = 2048;

  private BenchReport() {}

  /** Adds ratio, rows/s and growth fields to every run, and a targets section. */
  static void summarise(ObjectNode root) {
    ArrayNode runs = (ArrayNode) root.get("runs");
    JsonNode prev = null;
    for (JsonNode r : runs) {
      ObjectNode run = (ObjectNode) r;
      long issues = run.get("issues").asLong();
      double copy = run.get("copy").get("seconds").asDouble();
      double job = run.get("job").get("seconds").asDouble();
      double copyCpu = run.get("copy").get("process_cpu_seconds").asDouble();
      double jobCpu = run.get("job").get("process_cpu_seconds").asDouble();
      run.put("job_over_copy", ratio(job, copy));
      run.put("job_over_copy_cpu", ratio(jobCpu, copyCpu));
      run.put("copy_issues_per_second", Math.round(issues / copy));
      run.put("job_issues_per_second", Math.round(issues / job));
      run.put(
          "input_mb_per_second_job",
          Bench.round(run.get("input_bytes").asLong() / 1048576.0 / job));
      if (prev != null) {
        ObjectNode g = run.putObject("growth_from_previous");
        g.put("input_issues", ratio(issues, prev.get("issues").asLong()));
        g.put(
            "input_bytes",
            ratio(run.get("input_bytes").asLong(), prev.get("input_bytes").asLong()));
        g.put("copy_time", ratio(copy, prev.get("copy").get("seconds").asDouble()));
        g.put("job_time", ratio(job, prev.get("job").get("seconds").asDouble()));
        g.put("job_cpu", ratio(jobCpu, prev.get("job").get("process_cpu_seconds").asDouble()));
      }
      prev = run;
    }
    ObjectNode t = root.putObject("targets");
    if (runs.isEmpty()) {
      return;
    }
    for (JsonNode r : runs) {
      long issues = r.get("issues").asLong();
      if (issues >= 1_000 && issues <= 5_000) {
        t.put("demo_size_issues", issues);
        t.put("job_over_copy_at_demo_size", r.get("job_over_copy").asDouble());
        t.put("job_over_copy_demo_target", TARGET_JOB_OVER_COPY_DEMO);
        t.put(
            "job_over_copy_demo_met",
            r.get("job_over_copy").asDouble() <= TARGET_JOB_OVER_COPY_DEMO);
        if (r.get("job").has("spark_jobs")) {
          long jobs = r.get("job").get("spark_jobs").asLong();
          t.put("spark_jobs_at_demo_size", jobs);
          t.put("spark_jobs_demo_target", TARGET_SPARK_JOBS_DEMO);
          t.put("spark_jobs_demo_met", jobs <= TARGET_SPARK_JOBS_DEMO);
        }
        break;
      }
    }
    JsonNode last = runs.get(runs.size() - 1);
    t.put("job_over_copy_at_largest", last.get("job_over_copy").asDouble());
    t.put("job_over_copy_target", TARGET_JOB_OVER_COPY);
    t.put("job_over_copy_met", last.get("job_over_copy").asDouble() <= TARGET_JOB_OVER_COPY);
    if (last.has("growth_from_previous")) {
      JsonNode g = last.get("growth_from_previous");
      // 10x input -> at most 11x time, scaled to the actual input ratio: time ratio / input
      // ratio must stay within 1.1.
      double allowed = g.get("input_issues").asDouble() * TARGET_GROWTH_PER_10X / 10.0;
      t.put("job_growth", g.get("job_time").asDouble());
      t.put("job_growth_allowed", Bench.round(allowed));
      t.put("job_growth_met", g.get("job_time").asDouble() <= allowed);
    }
    long heap = 0;
    for (JsonNode r : runs) {
      heap = Math.max(heap, r.get("job").get("heap_peak_after_gc_mb").asLong());
    }
    t.put("job_heap_after_gc_mb", heap);
    t.put("job_heap_target_mb", TARGET_HEAP_MB);
    t.put("job_heap_met", heap <= TARGET_HEAP_MB);
  }

  static double ratio(double a, double b) {
    return b <= 0 ? Double.NaN : Bench.round(a / b);
  }

  static String markdown(JsonNode root) {
    StringBuilder b = new StringBuilder();
    JsonNode m = root.get("machine");
    b.append("# lastmile benchmark ").append(root.get("sizes").asText()).append("\n\n");
    if (root.has("complete") && !root.get("complete").asBoolean()) {
      b.append("**Partial result**: the run was still going or was interrupted.\n\n");
    }
    b.append(
        String.format(
            Locale.ROOT,
            "Started %s, finished %s. Spark %s, master `%s`, " + "%s shuffle partitions.%n%n",
            root.path("started_utc").asText(),
            root.path("finished_utc").asText(),
            root.path("spark_version").asText(),
            root.path("spark_master").asText(),
            root.path("shuffle_partitions").asText()));
    b.append("| machine | |\n| --- | --- |\n");
    row(b, "cores", m.path("cores").asText());
    row(b, "RAM", m.path("ram_mb").asLong() + " MB");
    row(b, "CPU", m.path("cpu_model").asText());
    row(b, "OS", m.path("os").asText());
    row(b, "Java", m.path("java").asText());
    row(b, "JVM max heap", m.path("jvm_max_heap_mb").asLong() + " MB");
    row(b, "load average at start (1/5/15 min)", loads(m.get("load_average_start")));
    row(b, "load average at end (1/5/15 min)", loads(m.get("load_average_end")));
    b.append("\n| issues | initiatives | input MB | files (CSV + JSON pages) | generated in |\n")
        .append("| ---: | ---: | ---: | ---: | --- |\n");
    for (JsonNode in : root.get("inputs")) {
      b.append(
          String.format(
              Locale.ROOT,
              "| %,d | %,d | %.1f | %d + %d | %s |%n",
              in.path("issues").asLong(),
              in.path("initiatives").asLong(),
              in.path("bytes").asLong() / 1048576.0,
              in.path("csv_files").asLong(),
              in.path("json_pages").asLong(),
              in.path("cached").asBoolean()
                  ? "cached"
                  : in.path("generate_seconds").asDouble() + " s"));
    }
    b.append(
            "\n| issues | copy s (cpu s) | job s (cpu s) | job/copy wall (cpu) "
                + "| job issues/s | copy issues/s | job heap after GC / peak MB "
                + "| copy heap after GC MB | load 1-min start→end (copy; job) "
                + "| Spark jobs (copy; job) |\n")
        .append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |\n");
    for (JsonNode r : root.get("runs")) {
      JsonNode c = r.get("copy");
      JsonNode j = r.get("job");
      b.append(
          String.format(
              Locale.ROOT,
              "| %,d | %.1f (%.1f) | %.1f (%.1f) | %.2f (%.2f) | %,d | %,d | %d / %d | %d "
                  + "| %.1f→%.1f; %.1f→%.1f | %s; %s |%n",
              r.get("issues").asLong(),
              c.get("seconds").asDouble(),
              c.get("process_cpu_seconds").asDouble(),
              j.get("seconds").asDouble(),
              j.get("process_cpu_seconds").asDouble(),
              r.get("job_over_copy").asDouble(),
              r.get("job_over_copy_cpu").asDouble(),
              r.get("job_issues_per_second").asLong(),
              r.get("copy_issues_per_second").asLong(),
              j.get("heap_peak_after_gc_mb").asLong(),
              j.get("heap_peak_used_mb").asLong(),
              c.get("heap_peak_after_gc_mb").asLong(),
              c.get("load_average_start").get(0).asDouble(),
              c.get("load_average_end").get(0).asDouble(),
              j.get("load_average_start").get(0).asDouble(),
              j.get("load_average_end").get(0).asDouble(),
              c.path("spark_jobs").asText("?"),
              j.path("spark_jobs").asText("?")));
    }
    boolean growth = false;
    for (JsonNode r : root.get("runs")) {
      JsonNode g = r.get("growth_from_previous");
      if (g == null) {
        continue;
      }
      if (!growth) {
        b.append(
                "\n| growth to issues | input issues × | input bytes × | copy time × "
                    + "| job time × | job cpu × |\n")
            .append("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        growth = true;
      }
      b.append(
          String.format(
              Locale.ROOT,
              "| %,d | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
              r.get("issues").asLong(),
              g.get("input_issues").asDouble(),
              g.get("input_bytes").asDouble(),
              g.get("copy_time").asDouble(),
              g.get("job_time").asDouble(),
              g.get("job_cpu").asDouble()));
    }
    b.append("\nJob phases (seconds, from the run manifest):\n\n");
    for (JsonNode r : root.get("runs")) {
      b.append(String.format(Locale.ROOT, "- %,d issues: ", r.get("issues").asLong()));
      JsonNode p = r.get("job").get("phases_seconds");
      if (p != null) {
        StringBuilder ps = new StringBuilder();
        p.properties()
            .forEach(
                e ->
                    ps.append(ps.length() == 0 ? "" : ", ")
                        .append(e.getKey())
                        .append(' ')
                        .append(e.getValue().asText()));
        b.append(ps);
      }
      b.append('\n');
    }
    JsonNode t = root.get("targets");
    if (t != null && t.size() > 0) {
      b.append("\n| target | measured | met |\n| --- | ---: | --- |\n");
      b.append(
          String.format(
              Locale.ROOT,
              "| job ≤ %.1f× copy at the largest size | %.2f× | %s |%n",
              t.get("job_over_copy_target").asDouble(),
              t.get("job_over_copy_at_largest").asDouble(),
              yes(t.get("job_over_copy_met"))));
      if (t.has("job_growth")) {
        b.append(
            String.format(
                Locale.ROOT,
                "| time growth ≤ %.2f× (11× per 10× input) | %.2f× | %s |%n",
                t.get("job_growth_allowed").asDouble(),
                t.get("job_growth").asDouble(),
                yes(t.get("job_growth_met"))));
      }
      if (t.has("job_over_copy_at_demo_size")) {
        b.append(
            String.format(
                Locale.ROOT,
                "| job ≤ %.1f× copy at the demo size (%,d issues) " + "| %.2f× | %s |%n",
                t.get("job_over_copy_demo_target").asDouble(),
                t.get("demo_size_issues").asLong(),
                t.get("job_over_copy_at_demo_size").asDouble(),
                yes(t.get("job_over_copy_demo_met"))));
      }
      if (t.has("spark_jobs_at_demo_size")) {
        b.append(
            String.format(
                Locale.ROOT,
                "| ≤ %d Spark jobs at the demo size | %d | %s |%n",
                t.get("spark_jobs_demo_target").asLong(),
                t.get("spark_jobs_at_demo_size").asLong(),
                yes(t.get("spark_jobs_demo_met"))));
      }
      b.append(
          String.format(
              Locale.ROOT,
              "| job heap after GC ≤ %d MB | %d MB | %s |%n",
              t.get("job_heap_target_mb").asLong(),
              t.get("job_heap_after_gc_mb").asLong(),
              yes(t.get("job_heap_met"))));
    }
    b.append(
        "\nWall times on a shared machine depend on its load; the process CPU seconds "
            + "(all JVM threads, including JIT and GC) are the steadier figure.\n");
    return b.toString();
  }

  private static String yes(JsonNode b) {
    return b != null && b.asBoolean() ? "yes" : "**no**";
  }

  private static void row(StringBuilder b, String k, String v) {
    b.append("| ").append(k).append(" | ").append(v).append(" |\n");
  }

  private static String loads(JsonNode a) {
    if (a == null) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    for (JsonNode x : a) {
      s.append(s.length() == 0 ? "" : " / ")
          .append(String.format(Locale.ROOT, "%.2f", x.asDouble()));
    }
    return s.toString();
  }
}
