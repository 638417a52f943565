package dev.lastmile.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staging sweep (issue 14 item 6) on the local file system: a dead owner's folder is swept, a
 * live owner's (a concurrent run) is kept, a folder without owner is swept only when old, and a
 * commit cut between its renames is rolled back to the previous tables.
 */
class TableWriterSweepTest {

  private static Path run(Path out, String name, String owner) throws IOException {
    Path dir = Files.createDirectories(out.resolve("_staging").resolve(name));
    Files.createDirectories(dir.resolve("quarantine"));
    Files.writeString(dir.resolve("quarantine/part-0.parquet"), "x");
    if (owner != null) {
      Files.writeString(dir.resolve(TableWriter.OWNER_FILE), owner, StandardCharsets.UTF_8);
    }
    return dir;
  }

  private static String owner(long pid, String start, String date) throws IOException {
    return "{\"host\":\""
        + InetAddress.getLocalHost().getHostName()
        + "\",\"pid\":"
        + pid
        + ",\"process_start\":"
        + (start == null ? "null" : "\"" + start + "\"")
        + ",\"snapshot_date\":\""
        + date
        + "\"}";
  }

  /** A pid that no process has: one that just exited. */
  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  @Test
  void sweepsDeadOwnersAndOldOrphansButNeverALiveRun(@TempDir Path out) throws Exception {
    ProcessHandle me = ProcessHandle.current();
    String myStart = me.info().startInstant().map(Instant::toString).orElse(null);
    run(out, "dead-run", owner(deadPid(), "2026-01-01T00:00:00Z", "2026-10-01"));
    run(out, "live-run", owner(me.pid(), myStart, "2026-10-01"));
    run(out, "reused-pid", owner(me.pid(), "2001-01-01T00:00:00Z", "2026-10-01"));
    Path fresh = run(out, "no-owner-fresh", null);
    Path old = run(out, "no-owner-old", null);
    for (Path p :
        List.of(old, old.resolve("quarantine"), old.resolve("quarantine/part-0.parquet"))) {
      Files.setLastModifiedTime(
          p, FileTime.from(Instant.now().minus(TableWriter.STALE_AFTER).minusSeconds(60)));
    }

    List<String> swept = TableWriter.sweepStale(new Configuration(), out.toString(), Instant.now());

    assertEquals(
        List.of("dead-run", "no-owner-old", "reused-pid"), swept.stream().sorted().toList());
    assertTrue(
        Files.exists(out.resolve("_staging/live-run/quarantine/part-0.parquet")),
        "a concurrent live run's staging is kept");
    assertTrue(Files.exists(fresh), "an unowned folder that changed recently is kept");
    assertFalse(Files.exists(out.resolve("_staging/dead-run")));
    assertFalse(Files.exists(old));
  }

  @Test
  void commitKilledBetweenRenamesIsRolledBackToThePreviousTables(@TempDir Path out)
      throws Exception {
    String date = "2026-10-01";
    // The killed run moved the previous quarantine aside and its own in; assessment not yet.
    Path q = Files.createDirectories(out.resolve("quarantine/snapshot_date=" + date));
    Files.writeString(q.resolve("part-new.parquet"), "new");
    Path aside = Files.createDirectories(out.resolve("_staging/killed-replaced/quarantine"));
    Files.writeString(aside.resolve("part-old.parquet"), "old");
    Path a = Files.createDirectories(out.resolve("initiative_assessment/snapshot_date=" + date));
    Files.writeString(a.resolve("part-old.parquet"), "old");
    Path staged = Files.createDirectories(out.resolve("_staging/killed/initiative_assessment"));
    Files.writeString(staged.resolve("part-new.parquet"), "new");
    Files.writeString(
        out.resolve("_staging/killed/" + TableWriter.OWNER_FILE), owner(deadPid(), null, date));

    assertEquals(
        List.of("killed"),
        TableWriter.sweepStale(new Configuration(), out.toString(), Instant.now()));

    assertEquals(List.of("part-old.parquet"), names(q), "quarantine is the previous run's again");
    assertEquals(List.of("part-old.parquet"), names(a), "assessment untouched");
    assertFalse(Files.exists(out.resolve("_staging")), "nothing left in _staging");
  }

  private static List<String> names(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }
}
