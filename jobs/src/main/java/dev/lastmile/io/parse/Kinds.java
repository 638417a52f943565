package dev.lastmile.io.parse;

/** Values of {@link Rec#getKind()}. */
public final class Kinds {
  private Kinds() {}

  public static final String FILE = "FILE";
  public static final String ISSUE = "ISSUE";
  public static final String TEXT = "TEXT";
  public static final String HISTORY = "HISTORY";

  /** A change of the Flagged field (fromStatus/toStatus hold the flag values). */
  public static final String FLAG_HISTORY = "FLAG_HISTORY";

  public static final String REGISTRY = "REGISTRY";
  public static final String MODEL = "MODEL";
  public static final String QUARANTINE = "QUARANTINE";
}
