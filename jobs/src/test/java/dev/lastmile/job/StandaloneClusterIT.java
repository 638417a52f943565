package dev.lastmile.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lastmile.testing.DemoOutput;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real distributed run: starts a Spark standalone master and one worker (1 core, 1 GB) as child
 * JVMs from the jars in jobs/target/lib, submits the application jar with SparkSubmit in client
 * mode on the shipped sample-data, and checks that initiative_assessment and cause_evidence equal
 * those of the same job run with {@code --master local[2]}. The worker launches its executor from a
 * throwaway SPARK_HOME whose jars/ links to the same lib folder (there is no Spark distribution
 * here). Master, worker and executor are stopped in a finally block.
 */
class StandaloneClusterIT {
  private static final String AS_OF = "2026-10-01";

  /** Generous: the sample-data job takes ~20 s on an idle 2-core machine, minutes on a busy one. */
  private static final long SUBMIT_TIMEOUT_S = 420;

  @TempDir Path tmp;

  private final List<Process> daemons = new ArrayList<>();

  @Test
  void clusterRunEqualsLocalRun() throws Exception {
    Path lib = Path.of(System.getProperty("lastmile.sparkLib"));
    Path jar = Path.of(System.getProperty("lastmile.appJar"));
    assertTrue(Files.isDirectory(lib), "no Spark jars at " + lib + " (run mvn package)");
    assertTrue(Files.isRegularFile(jar), "no application jar at " + jar);
    Path sparkHome = Files.createDirectories(tmp.resolve("spark-home"));
    Files.createSymbolicLink(sparkHome.resolve("jars"), lib.toAbsolutePath());
    Path workerDir = Files.createDirectories(tmp.resolve("worker"));
    int port = freePort();
    int masterUi = freePort();
    String masterUrl = "spark://127.0.0.1:" + port;
    try {
      start(
          "master",
          sparkHome,
          "org.apache.spark.deploy.master.Master",
          "--host",
          "127.0.0.1",
          "--port",
          String.valueOf(port),
          "--webui-port",
          String.valueOf(masterUi));
      waitFor(() -> canConnect(port), 90, "the master to listen on port " + port);
      start(
          "worker",
          sparkHome,
          "org.apache.spark.deploy.worker.Worker",
          masterUrl,
          "--cores",
          "1",
          "--memory",
          "1g",
          "--host",
          "127.0.0.1",
          "--port",
          String.valueOf(freePort()),
          "--webui-port",
          String.valueOf(freePort()),
          "--work-dir",
          workerDir.toString());
      waitFor(
          () ->
              masterJson(masterUi).contains("\"aliveworkers\" : 1")
                  || masterJson(masterUi).contains("\"aliveworkers\":1"),
          90,
          "the worker to register with the master");

      Path clusterOut = tmp.resolve("out-cluster");
      // The local[2] side is the shared demo output (DemoOutput: the same job through
      // SparkSubmit on the same inputs), so this test adds only the cluster run.
      Path localOut = DemoOutput.runs().output();
      // Two shuffle partitions (local masters get 2 x cores from Main; a cluster gets Spark's
      // 200, far too many for 1,500 issues on one executor core).
      submit(
          "cluster",
          sparkHome,
          masterUrl,
          clusterOut,
          "--conf",
          "spark.executor.memory=768m",
          "--conf",
          "spark.cores.max=1",
          "--conf",
          "spark.sql.shuffle.partitions=2",
          "--conf",
          "spark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1");
      try (Stream<Path> apps = Files.list(workerDir)) {
        assertTrue(
            apps.anyMatch(p -> p.getFileName().toString().startsWith("app-")),
            "the worker launched no executor (no app-* folder in " + workerDir + ")");
      }

      for (String table : List.of("initiative_assessment", "cause_evidence")) {
        long[] counts = compare(table, localOut, clusterOut);
        assertTrue(counts[0] > 0, table + " is empty in the local run");
        assertEquals(counts[0], counts[1], table + ": row counts differ (local vs cluster)");
        assertEquals(0, counts[2], table + ": rows differ between the local and the cluster run");
      }
    } finally {
      stopAll();
    }
  }

  /** Returns {local rows, cluster rows, rows in one run but not the other}. */
  private static long[] compare(String table, Path local, Path cluster) throws Exception {
    Class.forName("org.duckdb.DuckDBDriver");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      // One snapshot on each side (the shared local output also holds another date).
      String part = "/snapshot_date=" + AS_OF + "/*.parquet'";
      st.execute(
          "CREATE VIEW l AS SELECT * FROM read_parquet('" + local.resolve(table) + part + ")");
      st.execute(
          "CREATE VIEW k AS SELECT * FROM read_parquet('" + cluster.resolve(table) + part + ")");
      // Doubles are compared to 9 decimals: sums may add up in another order on a cluster.
      List<String> cols = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("DESCRIBE l")) {
        while (rs.next()) {
          String name = '"' + rs.getString(1) + '"';
          cols.add(rs.getString(2).equals("DOUBLE") ? "round(" + name + ", 9) AS " + name : name);
        }
      }
      String sel = String.join(", ", cols);
      long[] out = new long[3];
      out[0] = single(st, "SELECT count(*) FROM l");
      out[1] = single(st, "SELECT count(*) FROM k");
      out[2] =
          single(
              st,
              "SELECT count(*) FROM ((SELECT "
                  + sel
                  + " FROM l EXCEPT ALL SELECT "
                  + sel
                  + " FROM k) UNION ALL (SELECT "
                  + sel
                  + " FROM k EXCEPT ALL SELECT "
                  + sel
                  + " FROM l))");
      return out;
    }
  }

  private static long single(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private List<String> java(Path sparkHome, String mainClass) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(Arrays.asList(System.getProperty("lastmile.javaOpens").trim().split("\\s+")));
    cmd.add("-Xmx512m");
    // C1 only, as bin/lastmile runs small inputs: these JVMs live for one short run.
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-Duser.timezone=UTC");
    String log4j = System.getProperty("lastmile.repoRoot") + "/conf/log4j2.properties";
    cmd.add("-Dlog4j2.configurationFile=" + log4j);
    cmd.add("-cp");
    cmd.add(sparkHome.resolve("jars") + File.separator + "*");
    cmd.add(mainClass);
    return cmd;
  }

  private ProcessBuilder builder(String name, Path sparkHome, List<String> cmd) {
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().remove("SPARK_CONF_DIR");
    pb.redirectErrorStream(true);
    pb.redirectOutput(tmp.resolve(name + ".log").toFile());
    return pb;
  }

  private void start(String name, Path sparkHome, String mainClass, String... args)
      throws IOException {
    List<String> cmd = java(sparkHome, mainClass);
    cmd.addAll(Arrays.asList(args));
    daemons.add(builder(name, sparkHome, cmd).start());
  }

  private void submit(String name, Path sparkHome, String master, Path out, String... conf)
      throws Exception {
    List<String> cmd = java(sparkHome, "org.apache.spark.deploy.SparkSubmit");
    cmd.add(cmd.size() - 3, "-Dlastmile.sampleData=" + System.getProperty("lastmile.sampleData"));
    cmd.addAll(
        List.of(
            "--master",
            master,
            "--deploy-mode",
            "client",
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--conf",
            "spark.driver.bindAddress=127.0.0.1",
            "--conf",
            "spark.ui.enabled=false",
            "--conf",
            "spark.ui.showConsoleProgress=false"));
    cmd.addAll(Arrays.asList(conf));
    cmd.addAll(
        List.of(
            "--class",
            "dev.lastmile.cli.Main",
            System.getProperty("lastmile.appJar"),
            "--output",
            out.toString(),
            "--as-of",
            AS_OF));
    Process p = builder("submit-" + name, sparkHome, cmd).start();
    daemons.add(p);
    if (!p.waitFor(SUBMIT_TIMEOUT_S, TimeUnit.SECONDS)) {
      fail(
          "the "
              + name
              + " run did not finish in "
              + SUBMIT_TIMEOUT_S
              + " s:\n"
              + log("submit-" + name)
              + "\nworker:\n"
              + log("worker"));
    }
    daemons.remove(p);
    assertEquals(0, p.exitValue(), "the " + name + " run failed:\n" + log("submit-" + name));
  }

  private String log(String name) {
    try {
      String s = Files.readString(tmp.resolve(name + ".log"), StandardCharsets.UTF_8);
      return s.length() > 6000 ? s.substring(s.length() - 6000) : s;
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Stops every child JVM and what it started (the worker's executor), newest first. */
  private void stopAll() throws InterruptedException {
    for (int i = daemons.size() - 1; i >= 0; i--) {
      Process p = daemons.get(i);
      List<ProcessHandle> children = p.descendants().toList();
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      for (ProcessHandle h : children) {
        if (h.isAlive()) {
          h.destroyForcibly();
        }
      }
    }
    daemons.clear();
  }

  private interface Check {
    boolean ok() throws Exception;
  }

  private void waitFor(Check c, int seconds, String what) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      for (Process p : daemons) {
        if (!p.isAlive()) {
          fail(
              "a Spark daemon exited ("
                  + p.exitValue()
                  + ") while waiting for "
                  + what
                  + ":\nmaster:\n"
                  + log("master")
                  + "\nworker:\n"
                  + log("worker"));
        }
      }
      try {
        if (c.ok()) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(500);
    }
    fail(
        "timed out after "
            + seconds
            + " s waiting for "
            + what
            + ":\nmaster:\n"
            + log("master")
            + "\nworker:\n"
            + log("worker"));
  }

  private static boolean canConnect(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String masterJson(int uiPort) throws IOException {
    HttpURLConnection c =
        (HttpURLConnection)
            URI.create("http://127.0.0.1:" + uiPort + "/json/").toURL().openConnection();
    c.setConnectTimeout(2000);
    c.setReadTimeout(2000);
    try (var in = c.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      c.disconnect();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
