package dev.lastmile.model;

/**
 * The checks of the {@code data_quality} table; codes, severities and findings are checked against
 * {@code schemas/taxonomy/data_quality_checks.json} by {@code DataQualityTest}.
 */
public enum DataQualityCheck {
  PRODUCTION_STATUS_WITHOUT_DATE(
      Severity.ERROR, "Registry status says in production but production_date is empty"),
  PRODUCTION_DATE_WITHOUT_MODEL(
      Severity.WARNING,
      "production_date is set but none of the listed models has a Production version"),
  LISTED_MODEL_NOT_IN_EXPORT(
      Severity.INFO, "A model listed in model_names has no version in the model-registry export"),
  PRODUCTION_EVIDENCE_NOT_IN_REGISTRY(
      Severity.WARNING,
      "Jira or the model registry shows production but the registry has neither an in-production"
          + " status nor a production_date"),
  CLOSED_WITHOUT_REASON(Severity.WARNING, "Closed or cancelled without a closure_reason"),
  ACTIVITY_AFTER_CLOSED(
      Severity.WARNING, "Jira activity after closed_date: closed in the registry but work goes on"),
  NO_LINKED_ISSUES(
      Severity.WARNING,
      "No Jira issue is linked (jira_keys, epic/parent link or initiative label)"),
  TARGET_DATE_PASSED(
      Severity.WARNING,
      "target_production_date has passed without production and the initiative is not closed"),
  REGISTRY_ACTIVE_BUT_STALLED(
      Severity.INFO,
      "Registry status says active but there has been no qualifying activity for the stall window"),
  BUDGET_OVERRUN(Severity.WARNING, "budget_spent exceeds budget_planned"),
  BUDGET_SPENT_WITHOUT_PLAN(
      Severity.INFO, "budget_spent is recorded but budget_planned is empty or zero"),
  MISSING_SPONSOR(Severity.WARNING, "No executive sponsor recorded"),
  MISSING_OWNER(Severity.WARNING, "No accountable delivery owner recorded"),
  MISSING_SUCCESS_KPI(Severity.WARNING, "No success KPI defined"),
  KPI_WITHOUT_BASELINE_OR_TARGET(
      Severity.INFO, "A success KPI is named but its baseline or target is empty"),
  MISSING_START_DATE(
      Severity.INFO, "No start_date: left out of time-to-production and cohort statistics"),
  DATES_OUT_OF_ORDER(Severity.ERROR, "production_date or closed_date is before start_date"),
  DATE_AFTER_SNAPSHOT(Severity.ERROR, "production_date or closed_date is after the snapshot date"),
  UNPLACED_STATUS(
      Severity.INFO,
      "A Jira status names no lifecycle stage: map it in --config to use it as stage evidence"),
  UNPLACED_ISSUE_TYPE(
      Severity.INFO,
      "A Jira issue type names no lifecycle stage: map it in --config to use it as stage evidence"),
  UNPLACED_REGISTRY_STAGE(
      Severity.INFO,
      "A registry_stage value names no lifecycle stage: map it in --config to use it");

  /** Severity codes, most urgent first. */
  public enum Severity {
    ERROR,
    WARNING,
    INFO
  }

  private final Severity severity;
  private final String finding;

  DataQualityCheck(Severity severity, String finding) {
    this.severity = severity;
    this.finding = finding;
  }

  public String code() {
    return name();
  }

  public Severity severity() {
    return severity;
  }

  /** The finding in words, the same for every row of the check. */
  public String finding() {
    return finding;
  }
}
