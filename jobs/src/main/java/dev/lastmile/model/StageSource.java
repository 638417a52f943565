package dev.lastmile.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where stage evidence comes from: the {@code source} of a stage-evidence row, the prefix of {@code
 * furthest_stage_source}, and the keys of {@code stage_vocabulary.sources} in lifecycle.json.
 */
public enum StageSource {
  /** The registry's registry_stage (or its production_date). */
  REGISTRY_FIELD,
  /** An issue's current status. */
  JIRA_STATUS,
  /** A status an issue had (changelog). */
  STATUS_HISTORY,
  /** An epic's name. */
  JIRA_EPIC_NAME,
  /** Any other issue's summary. */
  JIRA_SUMMARY,
  /** An issue type (Spike, Test Execution…). */
  JIRA_ISSUE_TYPE,
  /** A label (a stage:&lt;stage&gt; label, or a stage word in any label). */
  JIRA_LABEL,
  /** A component name. */
  JIRA_COMPONENT,
  /** A sprint name. */
  JIRA_SPRINT,
  /** A fix-version name. */
  JIRA_FIX_VERSION,
  /** An MLflow model version in Staging/Production or with such an alias. */
  MODEL_REGISTRY;

  /** The lower-case code written in the tables and used in lifecycle.json. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The source of a code (case-insensitive); an unknown code is an IllegalArgumentException. */
  public static StageSource of(String code) {
    for (StageSource s : values()) {
      if (s.code().equalsIgnoreCase(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("'" + code + "' is not a stage source");
  }
}
