package dev.lastmile.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.Cause;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The cause vocabulary: immutable, loaded from versioned JSON ({@code
 * dev/lastmile/rules/causes.json} on the classpath, or the {@code causes} section of a user
 * config with the same shape). Nothing here touches Spark; {@link CauseRuleCompiler} turns the
 * rules into built-in Column expressions.
 *
 * <p>Term lists named in {@code terms} can be referenced from a rule's {@code near} lists as
 * {@code "@name"}. A {@code near} block {@code {a, b, within}} matches a term of {@code a} and a
 * term of {@code b} in either order with at most {@code within} words between them.
 */
public final class CauseRules implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String DEFAULT_RESOURCE = "dev/lastmile/rules/causes.json";

  /** One regex replacement applied, in order, to lower-cased sentences. */
  public record Replace(String find, String replace) implements Serializable {}

  /** A text rule: the rule's patterns combined into one alternation. */
  public record Rule(
      String ruleId,
      String cause,
      double weight,
      List<String> channels,
      boolean supporting,
      String regex)
      implements Serializable {
    public boolean appliesTo(String channel) {
      return channels.contains(channel);
    }
  }

  /** A rule on structured registry fields (supporting evidence only). */
  public record StructuredRule(String ruleId, String cause, double weight, String check)
      implements Serializable {}

  /** Negation, hypothetical and resolution cues with their windows. */
  public record Negation(
      String negationCues,
      int windowWords,
      String hypotheticalCues,
      String issueNouns,
      String resolutionCues,
      String resolutionBlockers,
      int resolutionWindowChars,
      int resolutionBlockerChars,
      String clauseBreaks)
      implements Serializable {}

  /** Recency weighting: exponential decay towards {@code floor} with a half-life in days. */
  public record Recency(double halfLifeDays, double floor, double unknownFactor)
      implements Serializable {}

  /** Status-name evidence: time-in-status factor between min and max. */
  public record StatusWeighting(double fullDays, double minFactor, double maxFactor)
      implements Serializable {}

  /** Ranking parameters. */
  public record Ranking(double amountScale, double marginShare, double minScore)
      implements Serializable {}

  private final String version;
  private final List<Replace> normalise;
  private final Negation negation;
  private final Map<String, Double> sourceWeights;
  private final Recency recency;
  private final double positionStep;
  private final double positionFloor;
  private final StatusWeighting status;
  private final String labelGate;
  private final double flaggedFactor;
  private final List<Rule> rules;
  private final List<StructuredRule> structured;
  private final Ranking ranking;
  private transient volatile RuleTriggers triggers;

  private CauseRules(JsonNode n) {
    this.version = req(n, "version").asText();
    Map<String, List<String>> terms = new LinkedHashMap<>();
    n.path("terms").fields().forEachRemaining(e -> terms.put(e.getKey(), strings(e.getValue())));
    List<Replace> reps = new ArrayList<>();
    for (JsonNode r : n.path("normalise")) {
      reps.add(new Replace(checkRegex(req(r, "find").asText(), "normalise"), r.path("replace").asText("")));
    }
    this.normalise = Collections.unmodifiableList(reps);
    JsonNode g = req(n, "negation");
    this.negation =
        new Negation(
            alt(strings(req(g, "cues"))),
            g.path("window_words").asInt(3),
            alt(strings(g.path("hypothetical"))),
            alt(strings(g.path("issue_nouns"))),
            alt(strings(req(g, "resolution_cues"))),
            alt(strings(g.path("resolution_blockers"))),
            g.path("resolution_window_chars").asInt(60),
            g.path("resolution_blocker_chars").asInt(25),
            alt(strings(g.path("clause_breaks"))));
    Map<String, Double> sw = new LinkedHashMap<>();
    n.path("source_weights").fields().forEachRemaining(e -> sw.put(e.getKey(), e.getValue().asDouble()));
    this.sourceWeights = Collections.unmodifiableMap(sw);
    JsonNode rc = n.path("recency");
    this.recency =
        new Recency(
            rc.path("half_life_days").asDouble(365),
            rc.path("floor").asDouble(0.4),
            rc.path("unknown_factor").asDouble(1.0));
    JsonNode pos = n.path("position");
    this.positionStep = pos.path("step").asDouble(0.02);
    this.positionFloor = pos.path("floor").asDouble(0.9);
    JsonNode st = n.path("status");
    this.status =
        new StatusWeighting(
            st.path("full_days").asDouble(90),
            st.path("min_factor").asDouble(0.75),
            st.path("max_factor").asDouble(1.5));
    this.labelGate = checkRegex(alt(strings(n.path("label_gate"))), "label_gate");
    this.flaggedFactor = n.path("flagged_factor").asDouble(1.0);
    List<Rule> rs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode r : req(n, "rules")) {
      String id = req(r, "rule_id").asText();
      if (!ids.add(id)) {
        throw new IllegalArgumentException("Cannot load cause rules: duplicate rule_id " + id);
      }
      String cause = cause(req(r, "cause").asText(), id);
      List<String> parts = new ArrayList<>(expand(strings(r.path("patterns")), terms, id));
      for (JsonNode near : r.path("near")) {
        String a = alt(expand(strings(req(near, "a")), terms, id));
        String b = alt(expand(strings(req(near, "b")), terms, id));
        int w = near.path("within").asInt(4);
        String gap = "\\W+(?:\\w+\\W+){0," + w + "}";
        parts.add("\\b(?:" + a + ")\\b" + gap + "(?:" + b + ")\\b");
        parts.add("\\b(?:" + b + ")\\b" + gap + "(?:" + a + ")\\b");
      }
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("Cannot load cause rule " + id + ": no patterns");
      }
      List<String> wrapped = new ArrayList<>();
      for (String p : parts) {
        wrapped.add(p.startsWith("\\b") ? p : "\\b(?:" + p + ")\\b");
      }
      List<String> channels = strings(r.path("channels"));
      rs.add(
          new Rule(
              id,
              cause,
              r.path("weight").asDouble(1.0),
              channels.isEmpty() ? List.of("text") : channels,
              r.path("supporting").asBoolean(false),
              checkRegex(nonCapturing(String.join("|", wrapped)), id)));
    }
    this.rules = Collections.unmodifiableList(rs);
    List<StructuredRule> ss = new ArrayList<>();
    for (JsonNode r : n.path("structured")) {
      String id = req(r, "rule_id").asText();
      if (!ids.add(id)) {
        throw new IllegalArgumentException("Cannot load cause rules: duplicate rule_id " + id);
      }
      ss.add(
          new StructuredRule(
              id, cause(req(r, "cause").asText(), id), r.path("weight").asDouble(0.25),
              req(r, "check").asText()));
    }
    this.structured = Collections.unmodifiableList(ss);
    JsonNode rk = n.path("ranking");
    this.ranking =
        new Ranking(
            rk.path("amount_scale").asDouble(1.5),
            rk.path("margin_share").asDouble(0.6),
            rk.path("min_score").asDouble(0.0));
  }

  /** Loads the shipped vocabulary from the classpath. */
  public static CauseRules loadDefault() {
    try (InputStream in =
        CauseRules.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Cannot load cause rules: " + DEFAULT_RESOURCE + " missing");
      }
      return fromJson(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot load cause rules: " + e.getMessage(), e);
    }
  }

  /** Builds rules from a JSON tree of the shape of {@code causes.json}. */
  public static CauseRules fromJson(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("Cannot load cause rules: not a JSON object");
    }
    return new CauseRules(node);
  }

  public String version() {
    return version;
  }

  public List<Replace> normalise() {
    return normalise;
  }

  public Negation negation() {
    return negation;
  }

  public Map<String, Double> sourceWeights() {
    return sourceWeights;
  }

  public Recency recency() {
    return recency;
  }

  public double positionStep() {
    return positionStep;
  }

  public double positionFloor() {
    return positionFloor;
  }

  public StatusWeighting status() {
    return status;
  }

  public String labelGate() {
    return labelGate;
  }

  public double flaggedFactor() {
    return flaggedFactor;
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The trigger index over {@link #rules()}, in rule order; built once per instance. */
  public RuleTriggers triggers() {
    RuleTriggers t = triggers;
    if (t == null) {
      t = RuleTriggers.of(rules.stream().map(Rule::regex).toList());
      triggers = t;
    }
    return t;
  }

  public List<StructuredRule> structured() {
    return structured;
  }

  public Ranking ranking() {
    return ranking;
  }

  /** Ids of rules whose evidence only supports a cause that has other evidence. */
  public List<String> supportingRuleIds() {
    List<String> out = new ArrayList<>();
    rules.stream().filter(Rule::supporting).forEach(r -> out.add(r.ruleId()));
    structured.forEach(r -> out.add(r.ruleId()));
    return out;
  }

  private static JsonNode req(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("Cannot load cause rules: missing field '" + field + "'");
    }
    return v;
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n.isArray()) {
      n.forEach(x -> out.add(x.asText()));
    } else if (n.isTextual()) {
      out.add(n.asText());
    }
    return out;
  }

  private static List<String> expand(List<String> in, Map<String, List<String>> terms, String id) {
    List<String> out = new ArrayList<>();
    for (String s : in) {
      if (s.startsWith("@")) {
        List<String> t = terms.get(s.substring(1));
        if (t == null) {
          throw new IllegalArgumentException(
              "Cannot load cause rule " + id + ": unknown term list " + s);
        }
        out.addAll(t);
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static String cause(String code, String id) {
    try {
      Cause c = Cause.valueOf(code);
      if (c == Cause.UNKNOWN) {
        throw new IllegalArgumentException("Cannot load cause rule " + id + ": UNKNOWN is not a cause");
      }
      return c.code();
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("Cannot")) {
        throw e;
      }
      throw new IllegalArgumentException("Cannot load cause rule " + id + ": unknown cause " + code);
    }
  }

  /** Joins terms into one alternation ({@code "(?!)"} never matches when empty). */
  static String alt(List<String> terms) {
    if (terms.isEmpty()) {
      return "(?!)";
    }
    return "(?:" + String.join("|", terms) + ")";
  }

  /** Turns plain capturing groups into non-capturing ones so group numbers stay fixed. */
  static String nonCapturing(String regex) {
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        out.append(c);
        if (i + 1 < regex.length()) {
          out.append(regex.charAt(++i));
        }
        continue;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      }
      out.append(c);
      if (c == '(' && !inClass && (i + 1 >= regex.length() || regex.charAt(i + 1) != '?')) {
        out.append("?:");
      }
    }
    return out.toString();
  }

  private static String checkRegex(String regex, String where) {
    try {
      Pattern.compile(regex);
      return regex;
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "Cannot load cause rules: bad regex in " + where + ": " + e.getDescription(), e);
    }
  }
}
