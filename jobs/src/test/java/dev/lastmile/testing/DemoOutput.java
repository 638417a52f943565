package dev.lastmile.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo output the integration tests share, built once per test JVM through the real
 * spark-submit code path ({@link SparkSubmitRunner}) on sample-data/: {@link #LATEST}, the same
 * date again (a re-run that must replace only its partition), then {@link #PREVIOUS}. The runs'
 * results and the LATEST partition's file names after the first run and after the re-run are kept
 * for LastmileSubmitIT; the report, notebook and BI tests read the two snapshots. {@code
 * -Dlastmile.it.output=DIR} reuses an output that already holds both snapshots (for iterating on a
 * report test without re-running the job; LastmileSubmitIT then still builds its own).
 */
public final class DemoOutput {
  public static final String PREVIOUS = "2026-07-01";
  public static final String LATEST = "2026-10-01";
  private static Path output;
  private static Runs runs;

  private DemoOutput() {}

  /**
   * The three runs and what the LATEST initiative_assessment partition held after the first and
   * after the re-run.
   */
  public record Runs(
      Path output,
      SparkSubmitRunner.Result first,
      List<String> filesAfterFirst,
      SparkSubmitRunner.Result rerun,
      List<String> filesAfterRerun,
      SparkSubmitRunner.Result previous) {}

  /** The output folder with both snapshots. */
  public static synchronized Path twoSnapshots() {
    if (output != null) {
      return output;
    }
    String reuse = System.getProperty("lastmile.it.output");
    if (reuse != null && !reuse.isBlank()) {
      output = Path.of(reuse).toAbsolutePath();
      return output;
    }
    return runs().output();
  }

  /** Builds (once) the demo output through SparkSubmit and returns the runs. */
  public static synchronized Runs runs() {
    if (runs != null) {
      return runs;
    }
    try {
      Path dir = Files.createTempDirectory("lastmile-it-output-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      SparkSubmitRunner.Result first = run(dir, LATEST);
      Path latest = dir.resolve("initiative_assessment").resolve("snapshot_date=" + LATEST);
      List<String> afterFirst = parquetFiles(latest);
      SparkSubmitRunner.Result rerun = run(dir, LATEST);
      List<String> afterRerun = parquetFiles(latest);
      SparkSubmitRunner.Result previous = run(dir, PREVIOUS);
      runs = new Runs(dir, first, afterFirst, rerun, afterRerun, previous);
      if (output == null) {
        output = dir;
      }
      return runs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static SparkSubmitRunner.Result run(Path dir, String asOf)
      throws IOException, InterruptedException {
    SparkSubmitRunner.Result r =
        SparkSubmitRunner.lastmile("--output", dir.toString(), "--as-of", asOf);
    if (r.exitCode() != 0) {
      throw new IllegalStateException(
          "Cannot build the demo output: lastmile --as-of "
              + asOf
              + " exited "
              + r.exitCode()
              + ": "
              + r.stderr());
    }
    return r;
  }

  /** The Parquet file names in a partition folder, sorted. */
  public static List<String> parquetFiles(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".parquet"))
          .sorted()
          .toList();
    }
  }

  private static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // best effort: a temp folder
    }
  }

  /** {@code read_parquet} over one table of the output, with the snapshot_date column. */
  public static String table(Path out, String table) {
    return "read_parquet('"
        + out.resolve(table).toString().replace("'", "''")
        + "/*/*.parquet', hive_partitioning = true)";
  }

  /** Runs one query through DuckDB JDBC; rows as column-name maps. */
  public static List<Map<String, Object>> duck(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<Map<String, Object>> rows = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= n; i++) {
          row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run DuckDB query: " + e.getMessage() + "\n" + sql, e);
    }
  }

  /** True when the tests run in CI (tools must then be present; missing ones fail). */
  public static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
