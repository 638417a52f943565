package dev.lastmile.io.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the parsers need from the run configuration, shipped to executors with each task. Built from
 * the merged rules tree by {@link #of(JsonNode)}; the JSON shape is documented in docs/inputs.md
 * ("Config: registry column mapping").
 *
 * @param registryColumns lower-cased source column name to the canonical registry columns it fills
 *     (in config order: when several columns of one file fill the same canonical column, the one
 *     listed first in the config wins)
 * @param registryIdFrom alternatives for building initiative_id when a file has no column mapped to
 *     it: each a list of lower-cased source columns whose values are joined with '-'; per row the
 *     first alternative present in the header with all values non-empty is used
 * @param registryDateFormats extra date patterns accepted in registry date columns
 * @param nullTokens lower-cased registry values read as empty (e.g. n/a)
 * @param jiraHeaders lower-cased Jira CSV header to a canonical field (key, id, summary, ...)
 * @param modelStages known MLflow stages, lower-cased (anything else is UNKNOWN_ENUM)
 * @param rawLimit raw text kept in a quarantine row, in characters
 * @param epicLinkFields lower-cased Jira custom fields (ids or names) the epic link is read from,
 *     first present wins ({@code jira_fields.epic_link})
 * @param textFields lower-cased Jira custom fields (ids or names) whose text is cause evidence
 *     ({@code jira_fields.free_text})
 * @param parentFields lower-cased Jira custom fields holding the parent key of an issue without a
 *     system parent ({@code jira_fields.parent})
 * @param flaggedFields lower-cased Jira custom fields whose non-empty value flags the issue ({@code
 *     jira_fields.flagged}; empty: the built-in Flagged detection)
 * @param storyPointFields lower-cased Jira custom fields (ids or names) the story points estimate
 *     is read from, first present wins ({@code jira_fields.story_points})
 */
public record ParseConfig(
    Map<String, List<String>> registryColumns,
    List<List<String>> registryIdFrom,
    List<String> registryDateFormats,
    Set<String> nullTokens,
    Map<String, String> jiraHeaders,
    Set<String> modelStages,
    int rawLimit,
    List<String> epicLinkFields,
    List<String> textFields,
    List<String> parentFields,
    List<String> flaggedFields,
    List<String> storyPointFields)
    implements Serializable {

  /** Raw text kept per quarantine row unless configured otherwise. */
  public static final int DEFAULT_RAW_LIMIT = 4000;

  /**
   * Reads {@code registry.columns} (source name to a canonical name or an array of canonical
   * names), {@code registry.id_from}, {@code registry.date_formats}, {@code registry.null_tokens},
   * {@code jira_csv_headers}, {@code jira_fields} and {@code mlflow.known_stages} from a merged
   * rules tree.
   */
  public static ParseConfig of(JsonNode root) {
    JsonNode reg = root.path("registry");
    Map<String, List<String>> cols = new LinkedHashMap<>();
    for (var it = reg.path("columns").fields(); it.hasNext(); ) {
      var e = it.next();
      List<String> targets = new ArrayList<>();
      if (e.getValue().isArray()) {
        e.getValue().forEach(t -> targets.add(t.asText()));
      } else {
        targets.add(e.getValue().asText());
      }
      cols.put(key(e.getKey()), List.copyOf(targets));
    }
    List<List<String>> idFrom = new ArrayList<>();
    for (JsonNode alt : reg.path("id_from")) {
      List<String> parts = new ArrayList<>();
      alt.forEach(p -> parts.add(key(p.asText())));
      if (!parts.isEmpty()) {
        idFrom.add(List.copyOf(parts));
      }
    }
    List<String> dates = new ArrayList<>();
    reg.path("date_formats").forEach(n -> dates.add(n.asText()));
    Set<String> nulls = new LinkedHashSet<>();
    reg.path("null_tokens").forEach(n -> nulls.add(key(n.asText())));
    Map<String, String> headers = new LinkedHashMap<>();
    for (var it = root.path("jira_csv_headers").fields(); it.hasNext(); ) {
      var e = it.next();
      headers.put(key(e.getKey()), e.getValue().asText());
    }
    Set<String> stages = new LinkedHashSet<>();
    root.path("mlflow").path("known_stages").forEach(n -> stages.add(key(n.asText())));
    List<String> epic = new ArrayList<>();
    root.path("jira_fields").path("epic_link").forEach(n -> epic.add(key(n.asText())));
    List<String> text = new ArrayList<>();
    root.path("jira_fields").path("free_text").forEach(n -> text.add(key(n.asText())));
    return new ParseConfig(
        cols,
        idFrom,
        dates,
        nulls,
        headers,
        stages,
        DEFAULT_RAW_LIMIT,
        List.copyOf(epic),
        List.copyOf(text),
        keys(root.path("jira_fields").path("parent")),
        keys(root.path("jira_fields").path("flagged")),
        keys(root.path("jira_fields").path("story_points")));
  }

  private static List<String> keys(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(key(n.asText())));
    return List.copyOf(out);
  }

  /**
   * The {@code jira_fields} entry a Jira CSV header or JSON field id names, or -1: a header "Custom
   * field (X)" or "X" matches an entry X (an id or a name), case-insensitively.
   */
  public static int fieldIndex(List<String> fields, String header) {
    String h = key(header);
    if (h.startsWith("custom field (") && h.endsWith(")")) {
      h = h.substring("custom field (".length(), h.length() - 1).strip();
    }
    return fields.indexOf(h);
  }

  /**
   * A story points value as Jira writes it: a JSON number, or text such as {@code 5}, {@code 2.5}
   * or {@code 2,5}; null for anything else (an empty cell, {@code TBD}), which is read as no
   * estimate.
   */
  public static Double storyPoints(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      double d = Double.parseDouble(v.strip().replace(',', '.'));
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
