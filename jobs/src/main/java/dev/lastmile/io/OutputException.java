package dev.lastmile.io;

/** The output location cannot be created or written (exit code 3). */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
