package dev.lastmile.job;

import dev.lastmile.io.InputReader;
import java.time.LocalDate;
import java.util.List;

/**
 * Parsed, validated command-line options (immutable).
 *
 * @param inputs every --jira/--registry/--models path with its role, in command-line order (the
 *     shipped sample-data when none was given)
 * @param output the output folder
 * @param asOf the snapshot date; all "days since" arithmetic uses it
 * @param config a user config file (JSON) or null
 * @param master a Spark master URL or null (spark-submit's, else local[*])
 * @param verbose Spark's own logging at INFO
 * @param overrides a reviewer decisions CSV (--overrides) or null
 */
public record RunOptions(
    List<InputReader.Input> inputs,
    String output,
    LocalDate asOf,
    String config,
    String master,
    boolean verbose,
    String overrides) {

  /** Options without reviewer decisions. */
  public RunOptions(
      List<InputReader.Input> inputs,
      String output,
      LocalDate asOf,
      String config,
      String master,
      boolean verbose) {
    this(inputs, output, asOf, config, master, verbose, null);
  }
}
