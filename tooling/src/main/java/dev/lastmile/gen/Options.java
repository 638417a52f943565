package dev.lastmile.gen;

import java.nio.file.Path;
import java.time.LocalDate;

/** Options of {@link PortfolioGenerator}; every field has a default. */
public final class Options {
  public Path out = Path.of("generated-portfolio");
  public int initiatives = 48;

  /** Total number of Jira issues (approximate: per-initiative minimums may add a few). */
  public long issues = 1500;

  public long seed = 42;
  public LocalDate asOf = LocalDate.of(2026, 10, 1);

  /**
   * Number of Jira CSV files to split the CSV share into (more when a file would exceed the cap).
   */
  public int jiraCsvFiles = 2;

  /** Jira's export cap: at most this many issues per CSV file. */
  public int csvMaxIssuesPerFile = 1000;

  /** Issues per REST search page file. */
  public int jsonPageSize = 100;

  /** Fraction of issues written as REST v2 JSON pages instead of CSV (chosen per initiative). */
  public double jsonShare = 0.1;

  /** Pretty-print JSON files (default on; turn off for very large portfolios). */
  public boolean prettyJson = true;

  static final String USAGE =
      String.join(
          "\n",
          "Usage: lastmile generate --out DIR [--initiatives N] [--issues N] [--seed S]",
          "                [--as-of YYYY-MM-DD] [--jira-csv-files K] [--csv-max-issues M]",
          "                [--jira-json-pages-size P] [--json-share F] [--compact-json]",
          "",
          "Writes a labelled synthetic AI portfolio: registry, Jira CSV/JSON, MLflow, truth.csv.",
          "  defaults: --initiatives 48 --issues 1500 --seed 42 --as-of 2026-10-01 --jira-csv-files"
              + " 2",
          "            --csv-max-issues 1000 --jira-json-pages-size 100 --json-share 0.1",
          "",
          "Examples (the first regenerates the shipped demo):",
          "  bin/generate-portfolio --out sample-data --initiatives 48 --issues 1500 --seed 42 \\",
          "                         --as-of 2026-10-01 --json-share 0.07",
          "  bin/lastmile generate --out /tmp/big --initiatives 2000 --issues 1000000 --compact-jso"
              + "n",
          "",
          "Exit codes: 0 written, 2 usage error, 3 cannot write.");

  public static Options parse(String[] args) {
    Options o = new Options();
    boolean outGiven = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--compact-json")) {
        o.prettyJson = false;
        continue;
      }
      if (a.equals("-h") || a.equals("--help")) {
        throw new IllegalArgumentException(USAGE);
      }
      String v;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        v = a.substring(eq + 1);
        a = a.substring(0, eq);
      } else {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(a + ": expected a value after it");
        }
        v = args[++i];
      }
      try {
        switch (a) {
          case "--out" -> {
            o.out = Path.of(v);
            outGiven = true;
          }
          case "--initiatives" -> o.initiatives = Integer.parseInt(v);
          case "--issues" -> o.issues = Long.parseLong(v);
          case "--seed" -> o.seed = Long.parseLong(v);
          case "--as-of" -> o.asOf = LocalDate.parse(v);
          case "--jira-csv-files" -> o.jiraCsvFiles = Integer.parseInt(v);
          case "--csv-max-issues" -> o.csvMaxIssuesPerFile = Integer.parseInt(v);
          case "--jira-json-pages-size", "--json-page-size" -> o.jsonPageSize = Integer.parseInt(v);
          case "--json-share" -> o.jsonShare = Double.parseDouble(v);
          default -> throw new IllegalArgumentException(a + ": unknown option (see --help)");
        }
      } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException(
            a + " " + v + ": expected a number or date of that option");
      }
    }
    if (!outGiven) {
      throw new IllegalArgumentException("--out: expected it (the folder to write)");
    }
    o.validate();
    return o;
  }

  void validate() {
    if (initiatives < 1) throw new IllegalArgumentException("--initiatives must be >= 1");
    if (issues < 0) throw new IllegalArgumentException("--issues must be >= 0");
    if (jiraCsvFiles < 1) throw new IllegalArgumentException("--jira-csv-files must be >= 1");
    if (csvMaxIssuesPerFile < 1)
      throw new IllegalArgumentException("--csv-max-issues must be >= 1");
    if (jsonPageSize < 1) throw new IllegalArgumentException("--jira-json-pages-size must be >= 1");
    if (jsonShare < 0 || jsonShare > 1)
      throw new IllegalArgumentException("--json-share must be in [0,1]");
  }

  /** The command-line form of these options (for README/Summary). */
  public String toArgs() {
    return "--initiatives "
        + initiatives
        + " --issues "
        + issues
        + " --seed "
        + seed
        + " --as-of "
        + asOf
        + " --jira-csv-files "
        + jiraCsvFiles
        + " --csv-max-issues "
        + csvMaxIssuesPerFile
        + " --jira-json-pages-size "
        + jsonPageSize
        + " --json-share "
        + jsonShare
        + (prettyJson ? "" : " --compact-json");
  }
}
