package dev.lastmile.model;

/**
 * Closed set of reasons a record is quarantined; checked against
 * schemas/taxonomy/quarantine_reasons.json, which also documents each one.
 */
public enum QuarantineReason {
  MALFORMED_CSV,
  FIELD_COUNT_MISMATCH,
  MALFORMED_JSON,
  INVALID_ENCODING,
  BAD_DATE,
  DATE_OUT_OF_RANGE,
  MISSING_REQUIRED,
  DUPLICATE_ID,
  UNKNOWN_ENUM,
  BAD_NUMBER,
  UNLINKED_ISSUE,
  UNLINKED_MODEL,
  EMPTY_FILE,
  UNREADABLE_FILE,
  REJECTED_DECISION,
  MISSING_FIELDS;

  public String code() {
    return name();
  }
}
