package dev.lastmile.cli;

import java.io.PrintStream;

/**
 * How the command-line entry points report failures: one line on stderr, and the stack trace only
 * with {@code --debug}.
 */
public final class Errors {
  private Errors() {}

  /** "ClassName: first line of the message". */
  public static String oneLine(Throwable e) {
    String m = e.getMessage();
    String first = m == null ? "" : m.lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first);
  }

  /** Prints the stack trace when debugging was asked for. */
  public static void trace(PrintStream err, Throwable e, boolean debug) {
    if (debug) {
      e.printStackTrace(err);
    }
  }

  /** Reports an unexpected failure and returns its exit code. */
  public static int unexpected(PrintStream err, String prefix, Throwable e, boolean debug) {
    err.println(
        prefix
            + "unexpected error: "
            + oneLine(e)
            + (debug ? "" : " (run with --debug for the stack trace)"));
    trace(err, e, debug);
    return ExitCodes.UNEXPECTED;
  }
}
