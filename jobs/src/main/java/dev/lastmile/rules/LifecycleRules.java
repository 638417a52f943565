package dev.lastmile.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lastmile.io.parse.ParseConfig;
import dev.lastmile.model.DataQualityCheck;
import dev.lastmile.model.Outcome;
import dev.lastmile.model.Stage;
import dev.lastmile.model.StageSource;
import dev.lastmile.text.WordForms;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Outcome, stage, activity, data-quality and input-mapping rules: the versioned {@code
 * dev/lastmile/rules/lifecycle.json} merged by key with a user {@code --config}, then bound to
 * typed records ({@link Config}). Unknown keys, misspelt enum codes (stages, outcomes, checks,
 * stage sources, languages), missing keys and bad regexes are a {@link ConfigException} naming the
 * file and key, raised here, before Spark starts. Every default lives in the JSON; none in Java.
 * Immutable once built.
 *
 * <p>Merge by key: objects merge key by key at every depth; the arrays {@code stages} (keyed by
 * {@code stage}) and {@code outcome_rules} (keyed by {@code id}) merge element by element, and a
 * new outcome rule goes before the last, catch-all rule; word lists under {@code stage_vocabulary},
 * {@code registry_status}, {@code jira_go_live_summaries} and {@code jira_go_live_statements} are
 * added to the defaults; every other array or value replaces the default.
 */
public final class LifecycleRules implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String DEFAULT_RESOURCE = "dev/lastmile/rules/lifecycle.json";
  static final String DEFAULT_FILE = "lifecycle.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .build();

  // ---- the typed shape of lifecycle.json ----

  /** The whole rules file. */
  public record Config(
      String version,
      String description,
      StallWindow stallWindow,
      RegistryStatus registryStatus,
      ProductionEvidence productionEvidence,
      List<OutcomeRule> outcomeRules,
      List<StageRule> stages,
      StageVocabulary stageVocabulary,
      String labelStagePrefix,
      String initiativeLabelPrefix,
      String jiraProductionStatuses,
      GoLive jiraGoLiveSummaries,
      GoLiveStatements jiraGoLiveStatements,
      Mlflow mlflow,
      Activity activity,
      Registry registry,
      JiraFields jiraFields,
      Map<String, String> jiraCsvHeaders,
      DataQualitySettings dataQuality)
      implements Serializable {}

  /**
   * Jira custom fields chosen by id ({@code customfield_10014}) or by name ({@code Epic Link}):
   * where the epic link is read (first present wins) and which free-text fields cause rules read.
   */
  public record JiraFields(
      String description,
      List<String> epicLink,
      List<String> parent,
      List<String> flagged,
      List<String> freeText,
      List<String> storyPoints)
      implements Serializable {}

  /** How long without qualifying activity before an initiative counts as stalled. */
  public record StallWindow(
      StallMode mode,
      int defaultDays,
      Map<Stage, Integer> perStageDays,
      double derivedPercentile,
      int derivedMinDays,
      int derivedMinSample)
      implements Serializable {}

  /** {@code fixed}: the configured days; {@code derived}: a percentile of time in stage. */
  public enum StallMode {
    FIXED,
    DERIVED
  }

  /**
   * Registry status vocabularies, per language: a status names a concept when it starts with one of
   * its phrases, by word forms (see {@link RegistryStatusWords}).
   *
   * @param notProduction phrases that make an in-production or retired status name no production
   *     ("pending", "pilot", "pre-production", "before launch")
   */
  public record RegistryStatus(
      String description,
      Map<WordForms.Language, List<String>> onHold,
      Map<WordForms.Language, List<String>> cancelled,
      Map<WordForms.Language, List<String>> inProduction,
      Map<WordForms.Language, List<String>> retired,
      Map<WordForms.Language, List<String>> notProduction)
      implements Serializable {}

  /** Which registry fields count as production evidence. */
  public record ProductionEvidence(
      boolean registryStageIsProduction, boolean registryStatusIsProduction)
      implements Serializable {}

  /** One outcome rule: the first whose condition holds decides the outcome. */
  public record OutcomeRule(String id, OutcomeCondition when, Outcome outcome, String description)
      implements Serializable {}

  /** The conditions an outcome rule can test, each computed by {@code Lifecycle.outcomes}. */
  public enum OutcomeCondition {
    /** Any production evidence (registry date or status, Jira status, MLflow). */
    PRODUCTION_EVIDENCE,
    /** closed_date set or a cancelled/closed registry status. */
    CLOSED,
    /** An on-hold registry status. */
    ON_HOLD,
    /**
     * Production evidence from a go-live statement in Jira text only ({@code
     * jira_go_live_statements}).
     */
    GO_LIVE_STATEMENT,
    /** Last qualifying activity within the stall window. */
    RECENT_ACTIVITY,
    /** Always (the catch-all last rule). */
    ALWAYS
  }

  /** A stage's exact vocabularies (whole-value, case-insensitive regexes), matched first. */
  public record StageRule(Stage stage, String registry, String jiraStatus, String epicName)
      implements Serializable {}

  /**
   * Stage words and mappings applied to names anywhere in the work (see docs/stages.md).
   *
   * @param wordMatching whether stage words (and the word-based sources) are used at all; false
   *     keeps only the exact {@code stages} vocabularies, labels with the stage prefix and MLflow
   * @param languages languages whose word forms are compared (Snowball stemmers)
   * @param sources which evidence sources are read
   * @param words per stage and language, words or phrases found anywhere in a name
   * @param ambiguousWords stage words that too often mean something else in free text ("feature
   *     engineering", "IT operations", "q3-plan"): not used in issue summaries and labels
   * @param statuses a status name (current or history, case-insensitive) mapped to a stage
   * @param issueTypes an issue type mapped to a stage
   * @param epicIssueTypes the issue type names of an epic in the languages Jira sites use
   *     (case-insensitive): an epic's name is read as {@code jira_epic_name} evidence, and an
   *     epic's children are the work of a go-live or stage epic
   * @param noStage names reviewed and known to name no stage: not reported as unplaced
   * @param notStarted work not started: its summary, type, labels, components, sprints and fix
   *     versions are no stage evidence ({@code statuses}, {@code status_categories}: the Jira
   *     statusCategory key or its localised name, the weak fallback when the status is unknown;
   *     {@code resolutions}: work dropped)
   */
  public record StageVocabulary(
      boolean wordMatching,
      List<WordForms.Language> languages,
      Map<StageSource, Boolean> sources,
      Map<Stage, Map<WordForms.Language, List<String>>> words,
      Map<WordForms.Language, List<String>> ambiguousWords,
      Map<String, Stage> statuses,
      Map<String, Stage> issueTypes,
      List<String> epicIssueTypes,
      NoStage noStage,
      NotStarted notStarted)
      implements Serializable {}

  /** Names known to name no stage, per kind. */
  public record NoStage(List<String> statuses, List<String> issueTypes, List<String> registryStages)
      implements Serializable {}

  /** Statuses, status categories and resolutions of work that has not (or never) started. */
  public record NotStarted(
      List<String> statuses, List<String> statusCategories, List<String> resolutions)
      implements Serializable {}

  /**
   * Production read from a done Jira issue whose summary names the go-live itself ({@code
   * jira_go_live_summaries}; see {@link GoLiveWords}).
   *
   * @param enabled whether the rule is read at all
   * @param words per language, phrases that name the go-live ("go-live", "mise en production")
   * @param notGoLive per language, phrases that make a summary name work around the go-live
   *     ("readiness", "plan", "rollback") or a pilot, not the go-live itself
   * @param doneStatusCategories Jira status categories (key or localised name) of done work
   * @param dropped statuses and resolutions of work dropped, not done ("Won't Do"), besides {@code
   *     stage_vocabulary.not_started}
   */
  public record GoLive(
      boolean enabled,
      String description,
      Map<WordForms.Language, List<String>> words,
      Map<WordForms.Language, List<String>> notGoLive,
      List<String> doneStatusCategories,
      List<String> dropped)
      implements Serializable {}

  /**
   * Production read from a go-live statement in a Jira comment ({@code jira_go_live_statements};
   * see {@link GoLiveStatementWords}).
   *
   * @param enabled whether the rule is read at all
   * @param sources the text sources read ({@code jira_comment}, {@code jira_description})
   * @param needsDoneDeploymentWork whether a statement counts only on a done deployment issue (its
   *     name names the DEPLOYMENT or OPERATION stage or the go-live, and no work around the
   *     go-live) or on an issue under such an epic
   * @param negationWindow how many words before a statement a negation denies it
   * @param statements per language, phrases that state production ("live since", "en producción")
   * @param negations per language, words that deny a statement just before it ("not", "nog niet")
   * @param notYet per language, words that make a sentence about the future, a plan or a condition
   */
  public record GoLiveStatements(
      boolean enabled,
      String description,
      List<String> sources,
      boolean needsDoneDeploymentWork,
      int negationWindow,
      Map<WordForms.Language, List<String>> statements,
      Map<WordForms.Language, List<String>> negations,
      Map<WordForms.Language, List<String>> notYet)
      implements Serializable {}

  /** MLflow stage and alias vocabularies. */
  public record Mlflow(
      List<String> knownStages,
      List<String> productionStages,
      List<String> productionAliases,
      List<String> deploymentStages,
      List<String> deploymentAliases)
      implements Serializable {}

  /** What counts as qualifying activity. */
  public record Activity(
      String botAuthors, boolean useUpdatedWithoutHistory, boolean includeModelRegistry)
      implements Serializable {}

  /** Registry column mapping and value vocabularies (read by the parsers, see ParseConfig). */
  public record Registry(
      Map<String, JsonNode> columns,
      List<List<String>> idFrom,
      List<String> dateFormats,
      List<String> nullTokens,
      Map<String, Map<String, String>> values)
      implements Serializable {}

  /** The data_quality checks, each enabled or not. */
  public record DataQualitySettings(Map<DataQualityCheck, CheckSettings> checks)
      implements Serializable {}

  /** One data_quality check's settings. */
  public record CheckSettings(boolean enabled) implements Serializable {}

  // ---- loading ----

  private final JsonNode root;
  private final Config config;
  private final StageWords stageWords;
  private final GoLiveWords goLiveWords;
  private final GoLiveStatementWords goLiveStatementWords;
  private final RegistryStatusWords registryStatusWords;

  private LifecycleRules(JsonNode root, String file) {
    this.root = root;
    this.config = bind(root, file);
    validate(config, file);
    this.stageWords = new StageWords(config.stageVocabulary(), file);
    this.goLiveWords =
        new GoLiveWords(config.stageVocabulary().languages(), config.jiraGoLiveSummaries(), file);
    this.goLiveStatementWords =
        new GoLiveStatementWords(
            config.stageVocabulary().languages(), config.jiraGoLiveStatements(), goLiveWords, file);
    this.registryStatusWords =
        new RegistryStatusWords(
            config.stageVocabulary().languages(), config.registryStatus(), file);
  }

  /** The defaults shipped with the jar. */
  public static LifecycleRules loadDefault() {
    return new LifecycleRules(defaultTree(), DEFAULT_FILE);
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

  /** Defaults merged with a user config (see the class comment); errors name "--config". */
  public static LifecycleRules withOverrides(JsonNode user) {
    return withOverrides(user, "--config");
  }

  /**
   * Defaults merged by key with the user config read from {@code file} (its {@code causes} section
   * is the cause engine's and is skipped here). Errors name {@code file}.
   */
  public static LifecycleRules withOverrides(JsonNode user, String file) {
    ObjectNode merged = (ObjectNode) defaultTree().deepCopy();
    if (user == null || !user.isObject()) {
      return new LifecycleRules(merged, DEFAULT_FILE);
    }
    String base = merged.path("version").asText();
    for (var it = user.fields(); it.hasNext(); ) {
      var e = it.next();
      String k = e.getKey();
      if ("causes".equals(k) || "version".equals(k) || "description".equals(k)) {
        continue;
      }
      if (!merged.has(k)) {
        throw new ConfigException(file, k, "unknown key (known: causes, " + knownKeys() + ")");
      }
      merged.set(k, merge(merged.get(k), e.getValue(), k, file));
    }
    String userVersion = user.has("version") ? user.get("version").asText() : "user";
    merged.put("version", base + "+" + userVersion);
    return new LifecycleRules(merged, file);
  }

  private static String knownKeys() {
    List<String> out = new ArrayList<>();
    defaultTree().fieldNames().forEachRemaining(out::add);
    return String.join(", ", out);
  }

  /** The merge by key of {@code user} onto {@code base} at {@code path}. */
  static JsonNode merge(JsonNode base, JsonNode user, String path, String file) {
    if (base instanceof ObjectNode b && user.isObject()) {
      ObjectNode out = b.deepCopy();
      for (var it = user.fields(); it.hasNext(); ) {
        var e = it.next();
        JsonNode old = out.get(e.getKey());
        out.set(
            e.getKey(),
            old == null ? e.getValue() : merge(old, e.getValue(), path + "." + e.getKey(), file));
      }
      return out;
    }
    if (base instanceof ArrayNode b && user instanceof ArrayNode u) {
      if ("stages".equals(path)) {
        return mergeKeyed(b, u, "stage", false, path, file);
      }
      if ("outcome_rules".equals(path)) {
        return mergeKeyed(b, u, "id", true, path, file);
      }
      if (path.startsWith("stage_vocabulary.")
          || path.startsWith("jira_go_live_summaries.")
          || path.startsWith("jira_go_live_statements.")
          || path.startsWith("registry_status.")) {
        ArrayNode out = b.deepCopy();
        Set<String> seen = new HashSet<>();
        b.forEach(n -> seen.add(n.asText()));
        u.forEach(
            n -> {
              if (seen.add(n.asText())) {
                out.add(n);
              }
            });
        return out;
      }
    }
    return user;
  }

  private static ArrayNode mergeKeyed(
      ArrayNode base, ArrayNode user, String key, boolean beforeLast, String path, String file) {
    ArrayNode out = base.deepCopy();
    int i = 0;
    for (JsonNode u : user) {
      String k = u.path(key).asText(null);
      if (!u.isObject() || k == null) {
        throw new ConfigException(file, path + "[" + i + "]", "each entry needs a '" + key + "'");
      }
      int at = -1;
      for (int j = 0; j < out.size(); j++) {
        if (k.equalsIgnoreCase(out.get(j).path(key).asText())) {
          at = j;
        }
      }
      if (at >= 0) {
        out.set(at, merge(out.get(at), u, path + "[" + k + "]", file));
      } else if (beforeLast && out.size() > 0) {
        out.insert(out.size() - 1, u);
      } else {
        out.add(u);
      }
      i++;
    }
    return out;
  }

  private static final String REGISTRY_STATUS = "registry_status";

  private static Config bind(JsonNode root, String file) {
    try {
      return MAPPER.treeToValue(root, Config.class);
    } catch (JsonMappingException e) {
      String at = path(e);
      if (at.startsWith(REGISTRY_STATUS + ".")
          && root.path(REGISTRY_STATUS)
              .path(at.substring(REGISTRY_STATUS.length() + 1))
              .isTextual()) {
        // Configs written before lifecycle-2.4.0 gave one regular expression per concept.
        throw new ConfigException(
            file,
            at,
            "a regular expression is no longer read here (lifecycle-2.4.0): give phrases per"
                + " language, e.g. {\"en\": [\"on hold\", \"parked\"]}; they are added to the"
                + " defaults (docs/stages.md)");
      }
      throw new ConfigException(file, at, problem(e));
    } catch (IOException e) {
      throw new ConfigException(file, "", e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        String name = r.getFrom() instanceof Map ? r.getFieldName() : snake(r.getFieldName());
        sb.append(sb.length() == 0 ? "" : ".").append(name);
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String snake(String name) {
    return PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(name);
  }

  private static String problem(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = new ArrayList<>();
      u.getKnownPropertyIds().forEach(o -> known.add(String.valueOf(o)));
      known.sort(null);
      return "unknown key (known: " + String.join(", ", known) + ")";
    }
    if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      List<String> codes = new ArrayList<>();
      for (Object c : f.getTargetType().getEnumConstants()) {
        codes.add(code((Enum<?>) c));
      }
      return "'" + f.getValue() + "' is not one of " + String.join(", ", codes);
    }
    String m = e.getOriginalMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  /**
   * An enum constant as written in the JSON: its {@code code()} where it has one (stages, outcomes,
   * checks: upper case; stage sources, languages: lower case), else lower case.
   */
  private static String code(Enum<?> e) {
    try {
      return String.valueOf(e.getClass().getMethod("code").invoke(e));
    } catch (ReflectiveOperationException | RuntimeException x) {
      return e.name().toLowerCase(Locale.ROOT);
    }
  }

  private static void validate(Config c, String file) {
    for (int i = 0; i < c.stages().size(); i++) {
      StageRule r = c.stages().get(i);
      String at = "stages[" + r.stage() + "].";
      regex(file, at + "registry", r.registry());
      regex(file, at + "jira_status", r.jiraStatus());
      regex(file, at + "epic_name", r.epicName());
    }
    if (c.jiraGoLiveStatements().negationWindow() < 0) {
      throw new ConfigException(
          file,
          "jira_go_live_statements.negation_window",
          "must be 0 or more words, got " + c.jiraGoLiveStatements().negationWindow());
    }
    regex(file, "jira_production_statuses", c.jiraProductionStatuses());
    regex(file, "activity.bot_authors", c.activity().botAuthors());
    if (c.stallWindow().defaultDays() <= 0) {
      throw new ConfigException(
          file,
          "stall_window.default_days",
          "must be a positive number of days, got " + c.stallWindow().defaultDays());
    }
    c.stallWindow()
        .perStageDays()
        .forEach(
            (st, d) -> {
              if (d == null || d <= 0) {
                throw new ConfigException(
                    file,
                    "stall_window.per_stage_days." + st,
                    "must be a positive number of days, got " + d);
              }
            });
    double p = c.stallWindow().derivedPercentile();
    if (!(p > 0 && p < 1)) {
      throw new ConfigException(
          file, "stall_window.derived_percentile", "must be between 0 and 1, got " + p);
    }
    if (c.stallWindow().derivedMinSample() < 1) {
      throw new ConfigException(
          file,
          "stall_window.derived_min_sample",
          "must be at least 1 initiative, got " + c.stallWindow().derivedMinSample());
    }
    List<OutcomeRule> rules = c.outcomeRules();
    if (rules.isEmpty() || rules.get(rules.size() - 1).when() != OutcomeCondition.ALWAYS) {
      throw new ConfigException(
          file, "outcome_rules", "the last rule must be the catch-all (\"when\": \"always\")");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      OutcomeRule r = rules.get(i);
      if (r.id().isBlank() || !ids.add(r.id())) {
        throw new ConfigException(
            file, "outcome_rules[" + i + "].id", "'" + r.id() + "' is empty or not unique");
      }
      if (r.when() == OutcomeCondition.ALWAYS && i < rules.size() - 1) {
        throw new ConfigException(
            file, "outcome_rules[" + i + "]", "a catch-all rule hides the rules after it");
      }
    }
    Set<Stage> seen = new HashSet<>();
    for (StageRule r : c.stages()) {
      if (!seen.add(r.stage())) {
        throw new ConfigException(file, "stages", "stage " + r.stage() + " is listed twice");
      }
    }
    StageVocabulary v = c.stageVocabulary();
    if (v.languages().isEmpty()) {
      throw new ConfigException(file, "stage_vocabulary.languages", "needs at least one language");
    }
    for (StageSource src : StageSource.values()) {
      if (!v.sources().containsKey(src)) {
        throw new ConfigException(
            file, "stage_vocabulary.sources", "no entry for " + src.code() + " (true or false)");
      }
    }
    for (DataQualityCheck chk : DataQualityCheck.values()) {
      if (!c.dataQuality().checks().containsKey(chk)) {
        throw new ConfigException(
            file,
            "data_quality.checks",
            "no entry for " + chk.code() + " ({\"enabled\": true} or false)");
      }
    }
  }

  private static void regex(String file, String key, String regex) {
    if (regex == null) {
      return;
    }
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new ConfigException(file, key, "not a valid regular expression: " + e.getDescription());
    }
  }

  // ---- accessors ----

  public Config config() {
    return config;
  }

  public String version() {
    return config.version();
  }

  /** The merged rules as JSON (recorded in the run manifest). */
  public JsonNode tree() {
    return root;
  }

  public List<StageRule> stages() {
    return config.stages();
  }

  public List<OutcomeRule> outcomeRules() {
    return config.outcomeRules();
  }

  /** The stage words, ready to match. */
  public StageWords stageWords() {
    return stageWords;
  }

  public StageVocabulary stageVocabulary() {
    return config.stageVocabulary();
  }

  /** Whether stage evidence is read from this source. */
  public boolean stageSource(StageSource source) {
    return Boolean.TRUE.equals(config.stageVocabulary().sources().get(source));
  }

  /** Whether a data_quality check runs. */
  public boolean checkEnabled(DataQualityCheck check) {
    return config.dataQuality().checks().get(check).enabled();
  }

  /** The registry status words (on hold, cancelled, in production or retired), ready to match. */
  public RegistryStatusWords registryStatusWords() {
    return registryStatusWords;
  }

  public boolean registryStatusIsProduction() {
    return config.productionEvidence().registryStatusIsProduction();
  }

  public String jiraProductionStatuses() {
    return config.jiraProductionStatuses();
  }

  /** The go-live rule's settings ({@code jira_go_live_summaries}). */
  public GoLive jiraGoLive() {
    return config.jiraGoLiveSummaries();
  }

  /** The go-live words, ready to match. */
  public GoLiveWords goLiveWords() {
    return goLiveWords;
  }

  /** The go-live statement rule's settings ({@code jira_go_live_statements}). */
  public GoLiveStatements jiraGoLiveStatements() {
    return config.jiraGoLiveStatements();
  }

  /** The go-live statement words, ready to match. */
  public GoLiveStatementWords goLiveStatementWords() {
    return goLiveStatementWords;
  }

  public String initiativeLabelPrefix() {
    return config.initiativeLabelPrefix();
  }

  public String labelStagePrefix() {
    return config.labelStagePrefix();
  }

  public int stallDefaultDays() {
    return config.stallWindow().defaultDays();
  }

  /** "fixed" or "derived". */
  public String stallMode() {
    return config.stallWindow().mode().name().toLowerCase(Locale.ROOT);
  }

  public double stallDerivedPercentile() {
    return config.stallWindow().derivedPercentile();
  }

  public int stallDerivedMinDays() {
    return config.stallWindow().derivedMinDays();
  }

  /** Fewest stage_history spells that moved on before a stage's window is derived from them. */
  public int stallDerivedMinSample() {
    return config.stallWindow().derivedMinSample();
  }

  /** The lifecycle.json key that sets the fixed stall window of {@code s}. */
  public String stallFixedKey(Stage s) {
    return config.stallWindow().perStageDays().containsKey(s)
        ? "stall_window.per_stage_days." + s.code()
        : "stall_window.default_days";
  }

  /** Stall window in days per stage (default for stages not listed). */
  public Map<Stage, Integer> stallDaysPerStage() {
    Map<Stage, Integer> m = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      m.put(s, config.stallWindow().perStageDays().getOrDefault(s, stallDefaultDays()));
    }
    return m;
  }

  /** An MLflow list: known_stages, production_stages, production_aliases, deployment_*. */
  public List<String> mlflowList(String key) {
    Mlflow m = config.mlflow();
    return switch (key) {
      case "known_stages" -> m.knownStages();
      case "production_stages" -> m.productionStages();
      case "production_aliases" -> m.productionAliases();
      case "deployment_stages" -> m.deploymentStages();
      case "deployment_aliases" -> m.deploymentAliases();
      default -> throw new IllegalArgumentException("no mlflow." + key);
    };
  }

  public String botAuthors() {
    return config.activity().botAuthors();
  }

  public boolean useUpdatedWithoutHistory() {
    return config.activity().useUpdatedWithoutHistory();
  }

  public boolean modelRegistryActivity() {
    return config.activity().includeModelRegistry();
  }

  /** Registry value vocabularies mapped before the stage/status rules apply, if any. */
  public Map<String, String> registryValueMap(String column) {
    Map<String, String> m = new LinkedHashMap<>();
    config
        .registry()
        .values()
        .getOrDefault(column, Map.of())
        .forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), v));
    return m;
  }

  /** What the parsers need, serializable for the executors. */
  public ParseConfig parseConfig() {
    return ParseConfig.of(root);
  }
}
