package dev.lastmile.io;

/** A fatal input problem (exit code 3): the message names the file and the problem. */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }
}
