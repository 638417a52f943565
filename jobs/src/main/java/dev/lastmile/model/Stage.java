package dev.lastmile.model;

/**
 * Lifecycle stages in order (docs/contract.md §3); codes checked against
 * schemas/taxonomy/stages.json.
 */
public enum Stage {
  DISCOVERY,
  STRATEGY,
  PROTOTYPE,
  ENGINEERING,
  DEPLOYMENT,
  OPERATION;

  public String code() {
    return name();
  }

  /** 1-based rank used to compare stages in Spark expressions. */
  public int rank() {
    return ordinal() + 1;
  }

  public static Stage ofRank(int rank) {
    return values()[rank - 1];
  }
}
