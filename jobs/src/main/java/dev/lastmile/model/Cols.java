package dev.lastmile.model;

/**
 * Every column name lastmile reads or writes, defined once. Output-table columns are checked
 * against {@code schemas/outputs/*.ddl} by {@code SchemaContractTest}.
 */
public final class Cols {
  private Cols() {}

  // ---- registry (canonical input columns, CONTRACT §1.2) ----
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
    INITIATIVE_ID, NAME, BUSINESS_UNIT, SPONSOR, OWNER, AI_TECHNIQUE, BUILD_OR_BUY,
    REGISTRY_STAGE, STATUS, START_DATE, TARGET_PRODUCTION_DATE, PRODUCTION_DATE, CLOSED_DATE,
    BUDGET_PLANNED, BUDGET_SPENT, CURRENCY, SUCCESS_KPI, KPI_BASELINE, KPI_TARGET,
    DATA_AUDIT_COMPLETED, JIRA_KEYS, MODEL_NAMES, CLOSURE_REASON, NOTES
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
  // stats-columns-append-here
  // ---- cause evidence internals and evaluation (owned by transform.CauseEvidence) ----
  public static final String SENTENCE = "sentence";
  public static final String SENTENCE_IDX = "sentence_idx";
  public static final String NORM = "norm";
  public static final String CHANNEL = "channel";
  public static final String HIT = "hit";
  public static final String MATCH = "match";
  public static final String MATCH_PRE = "match_pre";
  public static final String MATCH_POST = "match_post";
  public static final String MATCH_POS = "match_pos";
  public static final String FACTOR = "factor";
  public static final String REF_DATE = "ref_date";
  public static final String SCORE = "score";
  public static final String ACCEPTABLE_CAUSES = "acceptable_causes";
  // causes-columns-append-here
}
