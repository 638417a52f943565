package dev.lastmile.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.Tables;
import dev.lastmile.testing.DemoOutput;
import dev.lastmile.testing.SparkSubmitRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 14 item 6: a run that replaces an existing snapshot (the shared demo output's, copied in:
 * {@link DemoOutput}) is killed with SIGKILL (the real SparkSubmit child JVM, no shutdown hooks)
 * during parsing, during the verdicts and while the tables are being written, watched through its
 * stderr progress lines and its staging folder. After every kill the previous snapshot is complete
 * (the same Parquet files, the same row counts read by DuckDB, the same manifest); a killed run's
 * staging folder is left behind and swept by the next run that starts (killed or not); the last run
 * succeeds and leaves no staging.
 *
 * <p>Child JVMs only (SparkSubmit), so it runs beside the other ITs (CONCURRENT; jobs/pom.xml).
 */
@Execution(ExecutionMode.CONCURRENT)
class KillRunIT {
  private static final String DATE = "2026-10-01";

  /** Generous: on a shared 2-core machine a phase can take minutes. */
  private static final long TRIGGER_TIMEOUT_MS = 600_000;

  @Test
  void killedRunsKeepThePreviousSnapshotAndTheNextRunSweepsTheirStaging(@TempDir Path out)
      throws Exception {
    // The snapshot to replace: the shared demo output's (the same job through SparkSubmit on the
    // same inputs and date), copied in, so that this test adds only the killed runs and the last.
    copySnapshot(DemoOutput.runs().output(), out);
    Map<String, Object> before = snapshot(out);
    String manifestBefore = manifest(out);

    List<String> killedAt = new ArrayList<>();
    // parsing: as soon as the run has claimed its staging folder (before any table is staged)
    killedAt.add(killAt(out, "parsing", err -> stagingOwners(out) > 0));
    // verdicts: the read+parse phase line is out, the assessment is being computed and staged
    killedAt.add(killAt(out, "verdicts", err -> err.contains("lastmile: read+parse")));
    // writing: the statistics tables are staged, quarantine and data quality are being written
    killedAt.add(killAt(out, "writing", err -> err.contains("lastmile: statistics")));

    assertEquals(before, snapshot(out), "previous snapshot unchanged after kills " + killedAt);
    assertEquals(manifestBefore, manifest(out), "the snapshot's manifest is the first run's");
    assertEquals(1, stagingOwners(out), "only the last killed run's staging is left");

    SparkSubmitRunner.Result next =
        SparkSubmitRunner.lastmile("--output", out.toString(), "--as-of", DATE);
    assertEquals(0, next.exitCode(), next.stderr());
    JsonNode m = new ObjectMapper().readTree(manifest(out));
    assertEquals("complete", m.get("status").asText());
    assertEquals(1, m.get("swept_staging").size(), m.get("swept_staging").toString());
    assertFalse(Files.exists(out.resolve("_staging")), "no staging left behind");
    Map<String, Object> after = snapshot(out);
    assertEquals(
        ((Map<?, ?>) before.get("rows")),
        after.get("rows"),
        "the re-run on the same inputs writes the same row counts");
  }

  /** Starts a run, kills it with SIGKILL once the trigger holds; returns what its stderr said. */
  private static String killAt(Path out, String point, Predicate<String> trigger) throws Exception {
    Path so = Files.createTempFile("kill-" + point, ".out");
    Path se = Files.createTempFile("kill-" + point, ".err");
    Process p = SparkSubmitRunner.start(so, se, "--output", out.toString(), "--as-of", DATE);
    long deadline = System.currentTimeMillis() + TRIGGER_TIMEOUT_MS;
    String err = "";
    while (p.isAlive() && !trigger.test(err = Files.readString(se, StandardCharsets.UTF_8))) {
      if (System.currentTimeMillis() > deadline) {
        p.destroyForcibly();
        throw new AssertionError("no trigger for " + point + " within 10 min: " + err);
      }
      Thread.sleep(50);
    }
    assertTrue(p.isAlive(), "the run ended before it could be killed " + point + ": " + err);
    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no abort()
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(137, p.exitValue(), "killed by SIGKILL " + point);
    String said = Files.readString(se, StandardCharsets.UTF_8);
    assertFalse(said.contains("lastmile: done"), "the run must not have finished: " + said);
    assertEquals(
        1,
        stagingOwners(out),
        "the killed run's staging stays behind ("
            + point
            + "); the one an earlier kill left was swept when this run started");
    Files.deleteIfExists(so);
    Files.deleteIfExists(se);
    return point
        + " ("
        + said.lines().filter(l -> l.startsWith("lastmile:")).count()
        + " phase lines)";
  }

  /**
   * Copies the {@link #DATE} snapshot of a complete output (every table's partition and its
   * manifest) into {@code to}; other snapshot dates and the latest-run manifest stay behind.
   */
  private static void copySnapshot(Path from, Path to) throws IOException {
    assertEquals(DemoOutput.LATEST, DATE);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        String rel = from.relativize(p).toString();
        boolean otherDate =
            rel.contains("snapshot_date=") && !rel.contains("snapshot_date=" + DATE);
        if (otherDate || rel.equals(Tables.MANIFEST_FILE)) {
          continue;
        }
        Path t = to.resolve(rel);
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  private static long stagingOwners(Path out) {
    Path staging = out.resolve("_staging");
    if (!Files.isDirectory(staging)) {
      return 0;
    }
    try (var s = Files.list(staging)) {
      return s.filter(d -> Files.exists(d.resolve("_run.json"))).count();
    } catch (IOException e) {
      return 0; // listing raced with the run creating its folder: look again
    }
  }

  private static String manifest(Path out) throws IOException {
    return Files.readString(out.resolve("_manifests/snapshot_date=" + DATE + "/run-manifest.json"));
  }

  /** Per table: the snapshot's Parquet file names and its row count read by DuckDB. */
  private static Map<String, Object> snapshot(Path out) throws Exception {
    Map<String, List<String>> files = new TreeMap<>();
    Map<String, Long> rows = new TreeMap<>();
    try (var tables = Files.list(out);
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      for (Path t :
          tables
              .filter(Files::isDirectory)
              .filter(p -> !p.getFileName().toString().startsWith("_"))
              .toList()) {
        Path part = t.resolve("snapshot_date=" + DATE);
        assertTrue(Files.isDirectory(part), "snapshot folder present: " + part);
        List<String> names;
        try (var s = Files.list(part)) {
          names =
              s.map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith(".parquet"))
                  .sorted()
                  .toList();
        }
        files.put(t.getFileName().toString(), names);
        if (names.isEmpty()) {
          rows.put(t.getFileName().toString(), 0L);
          continue;
        }
        try (ResultSet rs =
            st.executeQuery(
                "select count(*) from read_parquet('"
                    + part.resolve("*.parquet").toString().replace("'", "''")
                    + "')")) {
          rs.next();
          rows.put(t.getFileName().toString(), rs.getLong(1));
        }
      }
    }
    assertTrue(rows.getOrDefault("initiative_assessment", 0L) > 0, "assessments: " + rows);
    return Map.of("files", files, "rows", rows);
  }
}
