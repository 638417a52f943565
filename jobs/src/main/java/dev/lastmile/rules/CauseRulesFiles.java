package dev.lastmile.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lastmile.model.Cause;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cause rules files as typed records, bound with Jackson (unknown keys rejected, every field of
 * the shared file and of a cause file required: the defaults live in the JSON, nowhere else).
 *
 * <p>The shipped rules are {@code dev/lastmile/rules/causes/shared.json} plus one file per cause,
 * {@code <CAUSE>.json}. A user config's {@code causes} section is a {@link Override}. Every binding
 * error becomes a {@link ConfigException} naming the file and the key.
 */
public final class CauseRulesFiles {
  static final String DIR = "dev/lastmile/rules/causes/";
  static final String SHARED = "shared.json";

  private CauseRulesFiles() {}

  /** Where a rule applies: free text, or short labels (status names, tags, blocker summaries). */
  public enum Channel {
    @JsonProperty("text")
    TEXT,
    @JsonProperty("label")
    LABEL
  }

  /** The structured registry checks a {@code structured} rule can name. */
  public enum Check {
    @JsonProperty("empty_success_kpi")
    EMPTY_SUCCESS_KPI,
    @JsonProperty("data_audit_not_completed")
    DATA_AUDIT_NOT_COMPLETED,
    @JsonProperty("data_audit_empty")
    DATA_AUDIT_EMPTY,
    @JsonProperty("empty_sponsor")
    EMPTY_SPONSOR,
    @JsonProperty("empty_owner")
    EMPTY_OWNER,
    @JsonProperty("budget_overrun")
    BUDGET_OVERRUN
  }

  /** One regex replacement applied, in order, to lower-cased sentences. */
  public record Replace(String find, String replace) {}

  /** Negation, hypothetical and resolution cues with their windows. */
  public record NegationSpec(
      List<String> cues,
      int windowWords,
      List<String> hypothetical,
      List<String> issueNouns,
      List<String> resolutionCues,
      List<String> resolutionBlockers,
      int resolutionWindowChars,
      int resolutionBlockerChars,
      List<String> clauseBreaks,
      List<String> issueNegators,
      List<String> issueModifiers,
      List<String> negativeStarts,
      List<String> resolutionDeterminers,
      List<String> resolvedBefore,
      List<String> resolvedBeforeObjects,
      List<String> noLonger) {}

  /** Sentence splitting: abbreviations whose full stop does not end a sentence. */
  public record TextSpec(List<String> abbreviations) {}

  /** Excerpt length, and how far before the match a long sentence's excerpt starts. */
  public record ExcerptSpec(int maxChars, int charsBeforeMatch) {}

  /** Values of rule fields a rule does not set. */
  public record RuleDefaults(
      double weight, List<Channel> channels, boolean supporting, int within) {}

  public record RecencySpec(double halfLifeDays, double floor, double unknownFactor) {}

  public record PositionSpec(double step, double floor) {}

  public record StatusSpec(double fullDays, double minFactor, double maxFactor) {}

  public record RegistryChecks(List<String> auditNotCompletedValues) {}

  public record RankingSpec(double amountScale, double marginShare, double minScore) {}

  public record StructuredSpec(String ruleId, Cause cause, double weight, Check check) {}

  /** The shared file: everything but the per-cause rules. */
  public record Shared(
      String version,
      String description,
      List<Replace> normalise,
      List<String> labelGate,
      NegationSpec negation,
      TextSpec text,
      ExcerptSpec excerpt,
      RuleDefaults ruleDefaults,
      Map<String, Double> sourceWeights,
      RecencySpec recency,
      PositionSpec position,
      StatusSpec status,
      double flaggedFactor,
      RegistryChecks registryChecks,
      List<StructuredSpec> structured,
      RankingSpec ranking,
      ConceptPassSpec conceptPass,
      ModelPassSpec modelPass,
      InitiativeReadSpec initiativeRead,
      Map<String, List<String>> terms) {}

  /**
   * The concept pass (dev.lastmile.concepts, files under rules/concepts/): run after the regex
   * rules on every text sentence, it names a cause the regex rules did not name there, with {@code
   * weight} as its rule weight. When it names two or more causes in one sentence, the strongest hit
   * (rule {@code priority}, then the fewest words between signal and concept) keeps {@code weight}
   * and the others get {@code weight x runner_up_factor} (absent: 1, no ranking), so both stay
   * candidates and the sentence's main cause wins at the initiative ("Aucune compétence MLOps en
   * interne" is skills first, the platform second).
   */
  public record ConceptPassSpec(boolean enabled, double weight, Double runnerUpFactor)
      implements java.io.Serializable {
    /** {@code runner_up_factor}, 1 when absent. */
    public double runnerUp() {
      return runnerUpFactor == null ? 1.0 : runnerUpFactor;
    }
  }

  /**
   * The learned pass (dev.lastmile.concepts.CauseModel, rules/model/cause-model.json): run last, on
   * text sentences no rule or concept named a cause in, it names the model's most probable cause
   * when that is at least {@code minProbability} likely and, with {@code requireConcept}, the
   * sentence has a word of that cause's concept file and, with {@code requireProblem}, a word that
   * says something is wrong; {@code weight} is its rule weight. An initiative whose cause only this
   * pass found gets at most {@code maxConfidence}, below the review worklist's low-confidence line,
   * so a person confirms it.
   */
  public record ModelPassSpec(
      boolean enabled,
      double weight,
      double minProbability,
      boolean requireConcept,
      boolean requireProblem,
      double maxConfidence,
      List<String> noProblem,
      CrossCheckSpec crossCheck)
      implements java.io.Serializable {}

  /**
   * The learned pass's cross-check of the rules ({@code model_pass.cross_check}): on a text
   * sentence where a regex rule or a concept fired, a hit whose cause the model reads at most
   * {@code regexMaxProbability} (regex rules) or {@code conceptMaxProbability} (concept rules)
   * likely while it reads another cause at least {@code minOtherProbability} likely is replaced by
   * a learned hit for that other cause (rule id {@code model.crosscheck.<cause>}, the learned
   * pass's weight). A concept hit whose cause the model reads at most {@code noneMaxProbability}
   * likely while it reads no cause at all ({@code NONE}) at least {@code noneMinProbability} likely
   * is dropped (either null: never). Absent or {@code enabled} false: off.
   */
  public record CrossCheckSpec(
      boolean enabled,
      double conceptMaxProbability,
      double regexMaxProbability,
      double minOtherProbability,
      Double noneMinProbability,
      Double noneMaxProbability)
      implements java.io.Serializable {}

  /**
   * The initiative read (dev.lastmile.transform.InitiativeRead): for a STALLED or CANCELLED
   * initiative that no pass gave cause evidence, the learned model's class probabilities over all
   * its text sentences (the regex rules' scope and, with {@code requireProblem}, a word that says
   * something is wrong still decide which sentences count). A sentence counts for a cause the model
   * gives at least {@code minProbability}; its support is that probability x the source weight x
   * recency. The best-supported cause is named when its support reaches {@code minSupport}, it
   * leads the runner-up by {@code minMargin} of its support and one of its sentences reads it at
   * least {@code minBestProbability} likely; the best sentence is quoted with rule id {@code
   * model.initiative.<cause>} and rule weight {@code weight}; the initiative's confidence stays at
   * most {@code maxConfidence}. A sentence that, with the initiative's registry name masked, is
   * read in at least {@code boilerplateMinInitiatives} of the initiatives read is boilerplate (a
   * ticket template filled with the initiative's name, a bot comment) and counts for none of them;
   * 0 turns this off.
   */
  public record InitiativeReadSpec(
      boolean enabled,
      double weight,
      double minProbability,
      boolean requireProblem,
      double minSupport,
      double minMargin,
      double minBestProbability,
      double maxConfidence,
      Map<String, Double> sourceWeights,
      int boilerplateMinInitiatives)
      implements java.io.Serializable {}

  /** A {@code near} block: a term of a and a term of b, either order, within words apart. */
  public record Near(List<String> a, List<String> b, Integer within) {}

  /**
   * A text rule. In a cause file {@code cause} is omitted (the file names it); in a config it is
   * required. Null fields take {@link RuleDefaults}.
   */
  public record RuleSpec(
      String ruleId,
      Cause cause,
      String note,
      Double weight,
      List<Channel> channels,
      Boolean supporting,
      List<String> patterns,
      List<Near> near) {}

  /** One cause's file. */
  public record CauseFile(
      Cause cause, String description, Map<String, List<String>> terms, List<JsonNode> rules) {}

  /**
   * The {@code causes} section of a user config: merged into the shipped rules. {@code terms}
   * defines or replaces term lists by name, {@code add_terms} appends phrases to existing lists,
   * {@code rules} adds rules or replaces those with the same {@code rule_id}, {@code rule_weights}
   * changes weights by rule id, {@code disable_rules} drops rules, {@code structured} adds or
   * replaces registry checks by {@code rule_id}, and every other key (object sections key by key)
   * overrides the shared file. All keys are optional.
   */
  public record Override(
      String version,
      Map<String, List<String>> terms,
      Map<String, List<String>> addTerms,
      List<JsonNode> rules,
      Map<String, Double> ruleWeights,
      List<String> disableRules,
      List<JsonNode> structured) {}

  /** Keys of {@link Override} handled by name; everything else is merged into the shared file. */
  static final List<String> OVERRIDE_KEYS =
      List.of(
          "version", "terms", "add_terms", "rules", "rule_weights", "disable_rules", "structured");

  static final ObjectMapper STRICT =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** For records whose fields are optional (rules, near blocks, the config override). */
  static final ObjectMapper LENIENT =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Reads a classpath resource under {@link #DIR} as a tree. */
  static JsonNode resource(String name) {
    String path = DIR + name;
    try (InputStream in = CauseRulesFiles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new ConfigException(path, "", "missing from the classpath");
      }
      return STRICT.readTree(in);
    } catch (JsonProcessingException e) {
      throw new ConfigException(path, "", "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(path, "", "cannot be read: " + e.getMessage());
    }
  }

  /** Binds {@code node} to {@code type}; errors name {@code file} and the key under {@code at}. */
  static <T> T bind(ObjectMapper m, JsonNode node, Class<T> type, String file, String at) {
    if (node == null || !node.isObject()) {
      throw new ConfigException(file, at, "expected a JSON object");
    }
    try {
      return m.treeToValue(node, type);
    } catch (JsonMappingException e) {
      throw error(e, file, at);
    } catch (JsonProcessingException e) {
      throw new ConfigException(file, at, e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file, at, e.getMessage());
    }
  }

  private static final Pattern MISSING =
      Pattern.compile("Missing (?:required )?creator property '([^']+)'");
  private static final Pattern NULL_PROP = Pattern.compile("property '([^']+)'");

  private static ConfigException error(JsonMappingException e, String file, String at) {
    StringBuilder key = new StringBuilder(at == null ? "" : at);
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getIndex() >= 0) {
        key.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        key.append(key.length() == 0 ? "" : ".").append(r.getFieldName());
      }
    }
    String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String problem;
    if (e instanceof UnrecognizedPropertyException u) {
      problem = "unknown key; known keys: " + String.join(", ", known(u));
    } else if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      problem = "'" + f.getValue() + "' is not one of " + enumCodes(f.getTargetType());
    } else if (msg.startsWith("Missing") && MISSING.matcher(msg).find()) {
      Matcher mm = MISSING.matcher(msg);
      mm.find();
      key.append(key.length() == 0 ? "" : ".").append(snake(mm.group(1)));
      problem = "missing";
    } else if (msg.contains("Null value for creator property") && NULL_PROP.matcher(msg).find()) {
      Matcher mm = NULL_PROP.matcher(msg);
      mm.find();
      key.append(key.length() == 0 ? "" : ".").append(snake(mm.group(1)));
      problem = "must not be null";
    } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
      problem = "expected " + describe(mi.getTargetType()) + ": " + firstLine(msg);
    } else {
      problem = firstLine(msg);
    }
    return new ConfigException(file, key.toString(), problem);
  }

  private static List<String> known(UnrecognizedPropertyException u) {
    if (u.getKnownPropertyIds() == null) {
      return List.of();
    }
    return u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
  }

  private static String enumCodes(Class<?> type) {
    return java.util.Arrays.stream(type.getEnumConstants())
        .map(
            c -> {
              try {
                JsonProperty p =
                    type.getField(((Enum<?>) c).name()).getAnnotation(JsonProperty.class);
                return p == null ? ((Enum<?>) c).name() : p.value();
              } catch (NoSuchFieldException x) {
                return ((Enum<?>) c).name();
              }
            })
        .toList()
        .toString();
  }

  private static String describe(Class<?> t) {
    if (t == double.class || t == Double.class || t == int.class || t == Integer.class) {
      return "a number";
    }
    if (t == boolean.class || t == Boolean.class) {
      return "true or false";
    }
    if (t == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(t)) {
      return "a list";
    }
    return "a " + t.getSimpleName();
  }

  private static String firstLine(String s) {
    int i = s.indexOf('\n');
    return i < 0 ? s : s.substring(0, i);
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  /** Deep-merges {@code over} into a copy of {@code base}: objects key by key, else replace. */
  static JsonNode merge(JsonNode base, JsonNode over) {
    if (base == null || !base.isObject() || over == null || !over.isObject()) {
      return over == null ? base : over.deepCopy();
    }
    ObjectNode out = ((ObjectNode) base).deepCopy();
    over.fields()
        .forEachRemaining(e -> out.set(e.getKey(), merge(out.get(e.getKey()), e.getValue())));
    return out;
  }

  /** True when {@code path} (dotted, with [i]) names a key present in {@code node}. */
  static boolean has(JsonNode node, String path) {
    JsonNode n = node;
    for (String part : path.split("\\.")) {
      String name = part.replaceAll("\\[\\d+\\]", "");
      if (n == null || !n.has(name)) {
        return false;
      }
      n = n.get(name);
    }
    return true;
  }
}
