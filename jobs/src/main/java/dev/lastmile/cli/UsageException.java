package dev.lastmile.cli;

/** A usage or config error (exit code 2). */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
