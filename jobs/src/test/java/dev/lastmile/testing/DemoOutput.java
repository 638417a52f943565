package dev.lastmile.testing;

import dev.lastmile.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * The demo output the report, notebook and BI integration tests share: the job run in-process
 * (on the shared session) on sample-data/ for two snapshots, {@link #PREVIOUS} then
 * {@link #LATEST}, once per test JVM. {@code -Dlastmile.it.output=DIR} reuses an output that
 * already holds both snapshots (for iterating on a test without re-running the job).
 */
public final class DemoOutput {
  public static final String PREVIOUS = "2026-07-01";
  public static final String LATEST = "2026-10-01";
  private static Path output;

  private DemoOutput() {}

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
    try {
      Path dir = Files.createTempDirectory("lastmile-it-output-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      SharedSpark.spark();
      System.setProperty("lastmile.stopSession", "false");
      for (String asOf : List.of(PREVIOUS, LATEST)) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(new String[] {"--output", dir.toString(), "--as-of", asOf});
        if (rc != 0) {
          throw new IllegalStateException("Cannot build the demo output: lastmile --as-of " + asOf
              + " exited " + rc + ": " + err.toString(StandardCharsets.UTF_8));
        }
      }
      output = dir;
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    return "read_parquet('" + out.resolve(table).toString().replace("'", "''")
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
