package dev.lastmile.model;

/** Output table names (one folder each under --output, one DDL each under schemas/outputs). */
public final class Tables {
  private Tables() {}

  public static final String INITIATIVE_ASSESSMENT = "initiative_assessment";
  public static final String CAUSE_EVIDENCE = "cause_evidence";
  public static final String FAILURE_RATE_STATS = "failure_rate_stats";
  public static final String QUARANTINE = "quarantine";
  // tables-append-here

  public static final String MANIFEST_FILE = "run-manifest.json";
}
