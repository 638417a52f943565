package dev.lastmile.model;

/** Failure causes (docs/contract.md §3); codes checked against schemas/taxonomy/causes.json. */
public enum Cause {
  DATA_READINESS,
  UNCLEAR_OBJECTIVE,
  PRODUCTION_ARCHITECTURE,
  INTEGRATION,
  SECURITY_COMPLIANCE,
  OWNERSHIP_SPONSORSHIP,
  SKILLS_GAP,
  SCOPE_CREEP,
  USER_ADOPTION,
  COST_FUNDING,
  TECHNICAL_FEASIBILITY,
  UNKNOWN;

  public String code() {
    return name();
  }
}
