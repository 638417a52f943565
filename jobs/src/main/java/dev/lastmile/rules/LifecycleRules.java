package dev.lastmile.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lastmile.io.parse.ParseConfig;
import dev.lastmile.model.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Outcome, stage, activity and input-mapping rules, loaded from the versioned {@code
 * dev/lastmile/rules/lifecycle.json} and optionally overridden section by section by a user
 * {@code --config} file. Immutable once built; every regex is compiled here so a bad pattern is
 * a config error (exit 2) before Spark starts.
 */
public final class LifecycleRules implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final String DEFAULT_RESOURCE = "dev/lastmile/rules/lifecycle.json";

  /** A stage's vocabularies (whole-value, case-insensitive regexes). */
  public record StageRule(Stage stage, String registry, String jiraStatus, String epicName)
      implements Serializable {}

  private final JsonNode root;
  private final String version;
  private final List<StageRule> stages;

  private LifecycleRules(JsonNode root) {
    this.root = root;
    this.version = root.path("version").asText("unversioned");
    List<StageRule> s = new ArrayList<>();
    for (JsonNode n : root.path("stages")) {
      Stage st;
      try {
        st = Stage.valueOf(n.path("stage").asText());
      } catch (IllegalArgumentException e) {
        throw new ConfigException("stages: unknown stage '" + n.path("stage").asText() + "'");
      }
      s.add(new StageRule(st, regex(n, "registry"), regex(n, "jira_status"), regex(n, "epic_name")));
    }
    this.stages = List.copyOf(s);
    for (String k : new String[] {"on_hold", "cancelled", "in_production", "retired"}) {
      check("registry_status." + k, root.path("registry_status").path(k).asText(null));
    }
    check("jira_production_statuses", root.path("jira_production_statuses").asText(null));
    check("activity.bot_authors", root.path("activity").path("bot_authors").asText(null));
    if (stallDefaultDays() <= 0) {
      throw new ConfigException("stall_window.default_days must be a positive number of days");
    }
  }

  private static String regex(JsonNode n, String field) {
    String r = n.path(field).asText(null);
    check("stages." + n.path("stage").asText() + "." + field, r);
    return r;
  }

  private static void check(String where, String regex) {
    if (regex == null) {
      return;
    }
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new ConfigException(where + " is not a valid regular expression: " + e.getDescription());
    }
  }

  /** The defaults shipped with the jar. */
  public static LifecycleRules loadDefault() {
    return new LifecycleRules(defaultTree());
  }

  static JsonNode defaultTree() {
    try (InputStream in =
        LifecycleRules.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Cannot load rules: " + DEFAULT_RESOURCE + " missing");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot load rules: " + e.getMessage(), e);
    }
  }

  /**
   * Defaults with a user config applied: top-level sections replace the default section, except
   * the object sections {@code registry}, {@code mlflow}, {@code activity}, {@code stall_window},
   * {@code registry_status}, {@code jira_csv_headers}, whose keys are merged one level deep.
   */
  public static LifecycleRules withOverrides(JsonNode user) {
    ObjectNode merged = (ObjectNode) defaultTree().deepCopy();
    if (user != null && user.isObject()) {
      Set<String> deep = Set.of("registry", "mlflow", "activity", "stall_window",
          "registry_status", "jira_csv_headers", "production_evidence");
      for (var it = user.fields(); it.hasNext(); ) {
        var e = it.next();
        String k = e.getKey();
        if ("causes".equals(k) || "version".equals(k)) {
          continue;
        }
        if (deep.contains(k) && e.getValue().isObject() && merged.get(k) instanceof ObjectNode o) {
          o.setAll((ObjectNode) e.getValue());
        } else {
          merged.set(k, e.getValue());
        }
      }
      if (user.has("version")) {
        merged.put("version", merged.path("version").asText() + "+" + user.get("version").asText());
      } else {
        merged.put("version", merged.path("version").asText() + "+user");
      }
    }
    return new LifecycleRules(merged);
  }

  public String version() {
    return version;
  }

  public JsonNode tree() {
    return root;
  }

  public List<StageRule> stages() {
    return stages;
  }

  public String registryStatus(String key) {
    return root.path("registry_status").path(key).asText();
  }

  public boolean registryStatusIsProduction() {
    return root.path("production_evidence").path("registry_status_is_production").asBoolean(true);
  }

  public String jiraProductionStatuses() {
    return root.path("jira_production_statuses").asText();
  }

  public String initiativeLabelPrefix() {
    return root.path("initiative_label_prefix").asText("initiative:");
  }

  public String labelStagePrefix() {
    return root.path("label_stage_prefix").asText("stage:");
  }

  public int stallDefaultDays() {
    return root.path("stall_window").path("default_days").asInt(90);
  }

  public String stallMode() {
    return root.path("stall_window").path("mode").asText("fixed");
  }

  public double stallDerivedPercentile() {
    return root.path("stall_window").path("derived_percentile").asDouble(0.85);
  }

  public int stallDerivedMinDays() {
    return root.path("stall_window").path("derived_min_days").asInt(45);
  }

  /** Stall window in days per stage (default for stages not listed). */
  public Map<Stage, Integer> stallDaysPerStage() {
    Map<Stage, Integer> m = new LinkedHashMap<>();
    JsonNode per = root.path("stall_window").path("per_stage_days");
    for (Stage s : Stage.values()) {
      m.put(s, per.path(s.code()).asInt(stallDefaultDays()));
    }
    return m;
  }

  public List<String> mlflowList(String key) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : root.path("mlflow").path(key)) {
      out.add(n.asText());
    }
    return out;
  }

  public String botAuthors() {
    return root.path("activity").path("bot_authors").asText("(?!)");
  }

  public boolean useUpdatedWithoutHistory() {
    return root.path("activity").path("use_updated_without_history").asBoolean(true);
  }

  public boolean modelRegistryActivity() {
    return root.path("activity").path("include_model_registry").asBoolean(true);
  }

  /** Registry value vocabularies mapped before the stage/status rules apply, if any. */
  public Map<String, String> registryValueMap(String column) {
    Map<String, String> m = new LinkedHashMap<>();
    JsonNode n = root.path("registry").path("values").path(column);
    for (var it = n.fields(); it.hasNext(); ) {
      var e = it.next();
      m.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText());
    }
    return m;
  }

  /** What the parsers need, serializable for the executors. */
  public ParseConfig parseConfig() {
    return ParseConfig.of(root);
  }
}
