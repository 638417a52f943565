package dev.lastmile.io.parse;

/** Input formats recognised by content. */
public final class Formats {
  private Formats() {}

  public static final String JIRA_CSV = "jira-csv";
  public static final String JIRA_JSON = "jira-json";
  public static final String REGISTRY_CSV = "registry-csv";
  public static final String REGISTRY_JSONL = "registry-jsonl";
  public static final String MLFLOW_JSON = "mlflow-json";
  public static final String EMPTY = "empty";
  public static final String UNKNOWN = "unknown";
  public static final String BINARY = "binary";
}
