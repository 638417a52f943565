package dev.lastmile.model;

/** Outcomes (docs/contract.md §3); codes checked against schemas/taxonomy/outcomes.json. */
public enum Outcome {
  IN_PRODUCTION,
  ACTIVE,
  STALLED,
  CANCELLED;

  public String code() {
    return name();
  }

  public boolean failed() {
    return this == STALLED || this == CANCELLED;
  }
}
