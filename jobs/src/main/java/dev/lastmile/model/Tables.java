package dev.lastmile.model;

/** Output table names (one folder each under --output, one DDL each under schemas/outputs). */
public final class Tables {
  private Tables() {}

  public static final String INITIATIVE_ASSESSMENT = "initiative_assessment";
  public static final String CAUSE_EVIDENCE = "cause_evidence";
  public static final String FAILURE_RATE_STATS = "failure_rate_stats";
  public static final String QUARANTINE = "quarantine";
  public static final String TIME_TO_PRODUCTION = "time_to_production";
  public static final String COHORT_STATS = "cohort_stats";
  public static final String CAUSE_STAGE_MATRIX = "cause_stage_matrix";
  public static final String CAUSE_EVIDENCE_TIMING = "cause_evidence_timing";
  public static final String PUBLISHED_BENCHMARKS = "published_benchmarks";
  public static final String DATA_QUALITY = "data_quality";
  public static final String OVERRIDE_AGREEMENT = "override_agreement";
  public static final String REVIEW_WORKLIST = "review_worklist";
  public static final String STAGE_HISTORY = "stage_history";
  public static final String BLOCKED_SPELLS = "blocked_spells";
  public static final String RULE_STATS = "rule_stats";

  // tables-append-here

  /** Every output table of the contract (schemas/outputs), in the order a run stages them. */
  public static final java.util.List<String> ALL =
      java.util.List.of(
          INITIATIVE_ASSESSMENT,
          CAUSE_EVIDENCE,
          FAILURE_RATE_STATS,
          TIME_TO_PRODUCTION,
          COHORT_STATS,
          CAUSE_STAGE_MATRIX,
          CAUSE_EVIDENCE_TIMING,
          PUBLISHED_BENCHMARKS,
          QUARANTINE,
          DATA_QUALITY,
          OVERRIDE_AGREEMENT,
          REVIEW_WORKLIST,
          STAGE_HISTORY,
          BLOCKED_SPELLS,
          RULE_STATS);

  public static final String MANIFEST_FILE = "run-manifest.json";
}
