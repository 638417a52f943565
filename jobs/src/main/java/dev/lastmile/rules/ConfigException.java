package dev.lastmile.rules;

/**
 * A rules or configuration problem found before Spark starts. The message names the file and the
 * key ("config.json: causes.rules[3].weight: expected a number, got \"high\""); the CLI prints it
 * as one line and exits 2.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem in {@code file} at {@code key} (a dotted JSON path; empty for the whole file). */
  public ConfigException(String file, String key, String problem) {
    super(file + (key == null || key.isEmpty() ? "" : ": " + key) + ": " + problem);
  }

  /** A problem whose message already names the file and key. */
  public ConfigException(String message) {
    super(message);
  }
}
