package dev.lastmile.rules;

import java.util.Arrays;
import java.util.List;

/**
 * The {@code source} values of cause evidence rows, as they appear in the texts, labels and
 * registry checks that cause rules read. {@code source_weights} keys in the cause rules must name
 * one of these (optionally {@code source:source_ref}), so a misspelt key fails at load time.
 */
public enum EvidenceSource {
  JIRA_SUMMARY("jira_summary"),
  JIRA_DESCRIPTION("jira_description"),
  JIRA_COMMENT("jira_comment"),
  JIRA_RESOLUTION("jira_resolution"),
  JIRA_LINK("jira_link"),
  /** A free-text Jira custom field chosen in lifecycle config jira_fields.free_text. */
  JIRA_CUSTOM_FIELD("jira_custom_field"),
  STATUS_HISTORY("status_history"),
  MODEL_REGISTRY("model_registry"),
  REGISTRY_FIELD("registry_field");

  private final String code;

  EvidenceSource(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The source with this code, or null. */
  public static EvidenceSource of(String code) {
    for (EvidenceSource s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    return null;
  }

  /** All codes, in declaration order. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(EvidenceSource::code).toList();
  }
}
