package dev.lastmile.model;

/**
 * Every column name lastmile reads or writes, defined once. Output-table columns are checked
 * against {@code schemas/outputs/*.ddl} by {@code SchemaContractTest}.
 */
public final class Cols {
  private Cols() {}

  // ---- registry (canonical input columns, docs/contract.md §1.2) ----
  public static final String INITIATIVE_ID = "initiative_id";
  public static final String NAME = "name";
  public static final String BUSINESS_UNIT = "business_unit";
  public static final String SPONSOR = "sponsor";
  public static final String OWNER = "owner";
  public static final String AI_TECHNIQUE = "ai_technique";
  public static final String BUILD_OR_BUY = "build_or_buy";
  public static final String REGISTRY_STAGE = "registry_stage";
  public static final String STATUS = "status";
  public static final String START_DATE = "start_date";
  public static final String TARGET_PRODUCTION_DATE = "target_production_date";
  public static final String PRODUCTION_DATE = "production_date";
  public static final String CLOSED_DATE = "closed_date";
  public static final String BUDGET_PLANNED = "budget_planned";
  public static final String BUDGET_SPENT = "budget_spent";
  public static final String CURRENCY = "currency";
  public static final String SUCCESS_KPI = "success_kpi";
  public static final String KPI_BASELINE = "kpi_baseline";
  public static final String KPI_TARGET = "kpi_target";
  public static final String DATA_AUDIT_COMPLETED = "data_audit_completed";
  public static final String JIRA_KEYS = "jira_keys";
  public static final String MODEL_NAMES = "model_names";
  public static final String CLOSURE_REASON = "closure_reason";
  public static final String NOTES = "notes";

  /** The canonical registry columns in contract order. */
  public static final String[] REGISTRY_COLUMNS = {
    INITIATIVE_ID,
    NAME,
    BUSINESS_UNIT,
    SPONSOR,
    OWNER,
    AI_TECHNIQUE,
    BUILD_OR_BUY,
    REGISTRY_STAGE,
    STATUS,
    START_DATE,
    TARGET_PRODUCTION_DATE,
    PRODUCTION_DATE,
    CLOSED_DATE,
    BUDGET_PLANNED,
    BUDGET_SPENT,
    CURRENCY,
    SUCCESS_KPI,
    KPI_BASELINE,
    KPI_TARGET,
    DATA_AUDIT_COMPLETED,
    JIRA_KEYS,
    MODEL_NAMES,
    CLOSURE_REASON,
    NOTES
  };

  /** Registry columns holding dates (strictly parsed, ISO or the file's detected format). */
  public static final String[] REGISTRY_DATE_COLUMNS = {
    START_DATE, TARGET_PRODUCTION_DATE, PRODUCTION_DATE, CLOSED_DATE
  };

  /** Registry columns holding numbers. */
  public static final String[] REGISTRY_NUMBER_COLUMNS = {BUDGET_PLANNED, BUDGET_SPENT};

  // ---- canonical issues ----
  public static final String ISSUE_KEY = "issue_key";
  public static final String ISSUE_ID = "issue_id";
  public static final String PROJECT_KEY = "project_key";
  public static final String ISSUE_TYPE = "issue_type";
  public static final String SUMMARY = "summary";
  public static final String ISSUE_STATUS = "issue_status";
  public static final String RESOLUTION = "resolution";
  public static final String CREATED = "created";
  public static final String UPDATED = "updated";
  public static final String RESOLVED = "resolved";
  public static final String PARENT_KEY = "parent_key";
  public static final String PARENT_ID = "parent_id";
  public static final String EPIC_KEY = "epic_key";
  public static final String LABELS = "labels";
  public static final String FLAGGED = "flagged";
  public static final String BLOCKED_BY = "blocked_by";
  public static final String COMPONENTS = "components";
  public static final String SPRINTS = "sprints";
  public static final String FIX_VERSIONS = "fix_versions";
  public static final String STATUS_CATEGORY = "status_category";

  // ---- canonical texts (evidence sources) ----
  public static final String SOURCE = "source";
  public static final String SOURCE_REF = "source_ref";
  public static final String TEXT = "text";
  public static final String TEXT_AT = "text_at";
  public static final String AUTHOR = "author";

  // ---- canonical status history ----
  public static final String CHANGED_AT = "changed_at";
  public static final String FROM_STATUS = "from_status";
  public static final String TO_STATUS = "to_status";

  // ---- canonical model versions ----
  public static final String MODEL_NAME = "model_name";
  public static final String MODEL_VERSION = "model_version";
  public static final String MODEL_STAGE = "model_stage";
  public static final String ALIASES = "aliases";
  public static final String MODEL_CREATED = "model_created";
  public static final String MODEL_UPDATED = "model_updated";
  public static final String DESCRIPTION = "description";
  public static final String TAGS = "tags";

  // ---- provenance of every parsed record ----
  public static final String SOURCE_FILE = "source_file";
  public static final String RECORD_NUMBER = "record_number";

  // ---- initiative_assessment ----
  public static final String OUTCOME = "outcome";
  public static final String OUTCOME_RULE_ID = "outcome_rule_id";
  public static final String REACHED_PRODUCTION = "reached_production";
  public static final String PRODUCTION_EVIDENCE = "production_evidence";
  public static final String FURTHEST_STAGE = "furthest_stage";
  public static final String FURTHEST_STAGE_SOURCE = "furthest_stage_source";
  public static final String STALL_STAGE = "stall_stage";
  public static final String PRIMARY_CAUSE = "primary_cause";
  public static final String CAUSES = "causes";
  public static final String CONFIDENCE = "confidence";
  public static final String EVIDENCE_COUNT = "evidence_count";
  public static final String LAST_ACTIVITY_DATE = "last_activity_date";
  public static final String DAYS_SINCE_ACTIVITY = "days_since_activity";
  public static final String STALL_WINDOW_DAYS = "stall_window_days";
  public static final String LINKED_ISSUE_COUNT = "linked_issue_count";
  public static final String STORY_POINTS = "story_points";
  public static final String STALL_WINDOW_BASIS = "stall_window_basis";
  public static final String STORY_POINTS_PLANNED = "story_points_planned";
  public static final String STORY_POINTS_DONE = "story_points_done";
  public static final String ESTIMATED_ISSUE_COUNT = "estimated_issue_count";
  public static final String RULES_VERSION = "rules_version";
  public static final String SNAPSHOT_DATE = "snapshot_date";

  // ---- cause_evidence ----
  public static final String CAUSE = "cause";
  public static final String RULE_ID = "rule_id";
  public static final String WEIGHT = "weight";
  public static final String EXCERPT = "excerpt";
  public static final String EVIDENCE_DATE = "evidence_date";

  // ---- quarantine ----
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String RAW = "raw";
  public static final String RAW_LENGTH = "raw_length";

  // ---- failure_rate_stats and other statistics tables (owned by transform.stats) ----
  public static final String DIMENSION = "dimension";
  public static final String DIMENSION_VALUE = "dimension_value";
  // ---- transform.stats: failure_rate_stats, time_to_production, cohort_stats,
  //      cause_stage_matrix, cause_evidence_timing, published_benchmarks ----
  public static final String N = "n";
  public static final String IN_PRODUCTION_COUNT = "in_production";
  public static final String ACTIVE_COUNT = "active";
  public static final String STALLED_COUNT = "stalled";
  public static final String CANCELLED_COUNT = "cancelled";
  public static final String FAILED_COUNT = "failed";
  public static final String FAILURE_RATE = "failure_rate";
  public static final String FAILURE_RATE_CI_LOW = "failure_rate_ci_low";
  public static final String FAILURE_RATE_CI_HIGH = "failure_rate_ci_high";
  public static final String SMALL_SAMPLE = "small_sample";
  public static final String POC_TO_PRODUCTION_DENOMINATOR = "poc_to_production_denominator";
  public static final String POC_TO_PRODUCTION_NUMERATOR = "poc_to_production_numerator";
  public static final String POC_TO_PRODUCTION_RATE = "poc_to_production_rate";
  public static final String POC_TO_PRODUCTION_CI_LOW = "poc_to_production_ci_low";
  public static final String POC_TO_PRODUCTION_CI_HIGH = "poc_to_production_ci_high";
  public static final String BUDGET_KNOWN = "budget_known";
  public static final String BUDGET_OVERRUN = "budget_overrun";
  public static final String BUDGET_OVERRUN_RATE = "budget_overrun_rate";
  public static final String BUDGET_OVERRUN_CI_LOW = "budget_overrun_ci_low";
  public static final String BUDGET_OVERRUN_CI_HIGH = "budget_overrun_ci_high";
  public static final String MEDIAN_OVERRUN_RATIO = "median_overrun_ratio";
  public static final String TTP_INITIATIVES = "ttp_initiatives";
  public static final String TTP_PRODUCTIONS = "ttp_productions";
  public static final String TTP_MEDIAN_MONTHS = "ttp_median_months";
  public static final String TTP_MEDIAN_CI_LOW_MONTHS = "ttp_median_ci_low_months";
  public static final String TTP_MEDIAN_CI_HIGH_MONTHS = "ttp_median_ci_high_months";
  public static final String CONFIDENCE_LEVEL = "confidence_level";
  public static final String MEASURE = "measure";
  public static final String HORIZON_MONTHS = "horizon_months";
  public static final String DAYS = "days";
  public static final String MONTHS = "months";
  public static final String ESTIMATE = "estimate";
  public static final String STD_ERROR = "std_error";
  public static final String CI_LOW = "ci_low";
  public static final String CI_HIGH = "ci_high";
  public static final String AT_RISK = "at_risk";
  public static final String EVENTS = "events";
  public static final String CENSORED = "censored";
  public static final String INITIATIVES = "initiatives";
  public static final String COHORT_VIEW = "cohort_view";
  public static final String START_QUARTER = "start_quarter";
  public static final String QUARTER_START = "quarter_start";
  public static final String FULLY_OBSERVED = "fully_observed";
  public static final String NOT_RESOLVED = "not_resolved";
  public static final String EXCLUDED = "excluded";
  public static final String PRODUCTION_RATE = "production_rate";
  public static final String PRODUCTION_RATE_CI_LOW = "production_rate_ci_low";
  public static final String PRODUCTION_RATE_CI_HIGH = "production_rate_ci_high";
  public static final String SHARE_OF_FAILED = "share_of_failed";
  public static final String SHARE_OF_CAUSE = "share_of_cause";
  public static final String SHARE_OF_STAGE = "share_of_stage";
  public static final String INITIATIVES_TIMED = "initiatives_timed";
  public static final String MEDIAN_DAYS_TO_FIRST_EVIDENCE = "median_days_to_first_evidence";
  public static final String P25_DAYS_TO_FIRST_EVIDENCE = "p25_days_to_first_evidence";
  public static final String P75_DAYS_TO_FIRST_EVIDENCE = "p75_days_to_first_evidence";
  public static final String PRIMARY_FAILED_INITIATIVES = "primary_failed_initiatives";
  public static final String PRIMARY_MEDIAN_DAYS_TO_FIRST_EVIDENCE =
      "primary_median_days_to_first_evidence";
  public static final String BENCHMARK_ID = "benchmark_id";
  public static final String PUBLISHER = "publisher";
  public static final String PUBLICATION = "publication";
  public static final String PUBLICATION_YEAR = "publication_year";
  public static final String CLAIM = "claim";
  public static final String METRIC = "metric";
  public static final String PUBLISHED_VALUE = "published_value";
  public static final String VALUE_KIND = "value_kind";
  public static final String WEAKLY_SOURCED = "weakly_sourced";
  public static final String PROVENANCE = "provenance";
  public static final String URL = "url";
  public static final String COMPARABLE_METRIC = "comparable_metric";
  public static final String COMPARISON_NOTE = "comparison_note";
  public static final String PORTFOLIO_N = "portfolio_n";
  public static final String PORTFOLIO_RATE = "portfolio_rate";
  public static final String PORTFOLIO_CI_LOW = "portfolio_ci_low";
  public static final String PORTFOLIO_CI_HIGH = "portfolio_ci_high";
  public static final String PUBLISHED_INSIDE_CI = "published_inside_ci";
  public static final String CLAIM_CONSISTENT = "claim_consistent";
  public static final String BENCHMARKS_VERSION = "benchmarks_version";
  // stats-columns-append-here
  // ---- cause evidence internals and evaluation (owned by transform.CauseEvidence) ----
  public static final String SENTENCE = "sentence";
  public static final String SENTENCE_IDX = "sentence_idx";
  public static final String NORM = "norm";
  public static final String CHANNEL = "channel";
  public static final String HIT = "hit";
  public static final String CANDIDATE_RULES = "candidate_rules";
  public static final String MATCH = "match";
  public static final String MATCH_PRE = "match_pre";
  public static final String MATCH_POST = "match_post";
  public static final String MATCH_POS = "match_pos";
  public static final String FACTOR = "factor";
  public static final String REF_DATE = "ref_date";
  public static final String SCORE = "score";
  public static final String ACCEPTABLE_CAUSES = "acceptable_causes";
  // causes-columns-append-here
  // ---- reviewer decisions (--overrides) and the columns they add to initiative_assessment ----
  public static final String NOTE = "note";
  public static final String REVIEWER = "reviewer";
  public static final String DECIDED_ON = "decided_on";
  public static final String REVIEW_NOTE = "review_note";
  public static final String VERDICT_SOURCE = "verdict_source";
  public static final String RULES_OUTCOME = "rules_outcome";
  public static final String RULES_STALL_STAGE = "rules_stall_stage";
  public static final String RULES_PRIMARY_CAUSE = "rules_primary_cause";
  public static final String RULES_CONFIDENCE = "rules_confidence";
  // ---- override_agreement ----
  public static final String FIELD = "field";
  public static final String CODE = "code";
  public static final String DECISIONS = "decisions";
  public static final String AGREED = "agreed";
  public static final String AGREEMENT_RATE = "agreement_rate";
  // ---- review_worklist ----
  public static final String WORKLIST_REASON = "worklist_reason";
  public static final String TEXT_RANK = "text_rank";
  // ---- stage_history ----
  public static final String STAGE = "stage";
  public static final String ENTERED_AT = "entered_at";
  public static final String LEFT_AT = "left_at";
  public static final String SPELL_NUMBER = "spell_number";
  // ---- blocked_spells ----
  public static final String BLOCK_SOURCE = "block_source";
  public static final String BLOCKED_FROM = "blocked_from";
  public static final String BLOCKED_UNTIL = "blocked_until";
  public static final String BLOCKER_KEY = "blocker_key";
  // ---- rule_stats ----
  public static final String SENTENCES = "sentences";
  public static final String PRIMARY_INITIATIVES = "primary_initiatives";
  public static final String OVERLAP_SENTENCES = "overlap_sentences";
  public static final String OVERLAP_CAUSES = "overlap_causes";
  public static final String CONFLICT_INITIATIVES = "conflict_initiatives";
  // review-columns-append-here
  // ---- data_quality (owned by transform.DataQuality; also uses name, business_unit, owner,
  //      detail, source, source_ref, evidence_date) ----
  public static final String CHECK_ID = "check_id";
  public static final String SEVERITY = "severity";
  public static final String FINDING = "finding";
}
