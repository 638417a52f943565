package dev.lastmile.cli;

/** Exit codes (docs/contract.md §2). */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int OK = 0;
  public static final int UNEXPECTED = 1;
  public static final int USAGE = 2;
  public static final int INPUT = 3;
}
