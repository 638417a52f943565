package dev.lastmile.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the application jar through Spark's real spark-submit code path ({@code
 * org.apache.spark.deploy.SparkSubmit}) in a child JVM, the way bin/lastmile does, with the jars
 * Maven copied to jobs/target/lib. Paths come from failsafe system properties; the tools jar
 * ({@code lastmile.toolsJar}) is added with {@code --jars} when set.
 */
public final class SparkSubmitRunner {
  private SparkSubmitRunner() {}

  /** Exit code and output of one run. */
  public record Result(int exitCode, String stdout, String stderr) {}

  public static Path repoRoot() {
    return Path.of(System.getProperty("lastmile.repoRoot", "..")).toAbsolutePath().normalize();
  }

  public static Path sampleData() {
    return Path.of(System.getProperty("lastmile.sampleData", "../sample-data"))
        .toAbsolutePath()
        .normalize();
  }

  /** Runs lastmile's Main with the given arguments under SparkSubmit --master local[2]. */
  public static Result lastmile(String... args) throws IOException, InterruptedException {
    return submit("dev.lastmile.cli.Main", "local[2]", args);
  }

  public static Result submit(String mainClass, String master, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = command(mainClass, master, args);
    Path out = Files.createTempFile("lastmile-submit", ".out");
    Path err = Files.createTempFile("lastmile-submit", ".err");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("SparkSubmit did not finish in 10 minutes");
    }
    Result r =
        new Result(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return r;
  }

  /**
   * Starts lastmile's Main under SparkSubmit --master local[2] without waiting (for tests that
   * watch or kill the run), its stdout and stderr going to the given files.
   */
  public static Process start(Path stdout, Path stderr, String... args) throws IOException {
    return new ProcessBuilder(command("dev.lastmile.cli.Main", "local[2]", args))
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
  }

  private static List<String> command(String mainClass, String master, String... args) {
    String jar = System.getProperty("lastmile.appJar");
    String lib = System.getProperty("lastmile.sparkLib");
    if (jar == null || !new File(jar).isFile()) {
      throw new IllegalStateException(
          "Cannot run SparkSubmit: application jar "
              + jar
              + " is missing (run through mvn verify)");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String opt : System.getProperty("lastmile.javaOpens", "").split("\\s+")) {
      if (!opt.isBlank()) {
        cmd.add(opt);
      }
    }
    cmd.add("-Xmx2g");
    // C1 only, as bin/lastmile (bin/lastmile-env) runs inputs of at most 64 MiB: every test run
    // is a short one, where C2 compiles cost more CPU than they save.
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-Duser.timezone=UTC");
    cmd.add("-Dlog4j2.configurationFile=" + repoRoot().resolve("conf/log4j2.properties"));
    cmd.add("-Dlastmile.sampleData=" + sampleData());
    cmd.add("-cp");
    cmd.add(lib + File.separator + "*");
    cmd.add("org.apache.spark.deploy.SparkSubmit");
    cmd.add("--master");
    cmd.add(master);
    cmd.add("--conf");
    cmd.add("spark.driver.host=127.0.0.1");
    cmd.add("--conf");
    cmd.add("spark.driver.bindAddress=127.0.0.1");
    cmd.add("--conf");
    cmd.add("spark.ui.enabled=false");
    cmd.add("--conf");
    cmd.add("spark.sql.shuffle.partitions=4");
    // tooling/'s ITs add the tools jar (the eval, bench and generate verbs), as bin/lastmile does.
    String tools = System.getProperty("lastmile.toolsJar");
    if (tools != null && new File(tools).isFile()) {
      cmd.add("--jars");
      cmd.add(tools);
    }
    cmd.add("--class");
    cmd.add(mainClass);
    cmd.add(jar);
    cmd.addAll(List.of(args));
    return cmd;
  }
}
