package dev.lastmile.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lastmile.model.Cause;
import dev.lastmile.rules.CauseRulesFiles.CauseFile;
import dev.lastmile.rules.CauseRulesFiles.Channel;
import dev.lastmile.rules.CauseRulesFiles.Check;
import dev.lastmile.rules.CauseRulesFiles.Near;
import dev.lastmile.rules.CauseRulesFiles.Override;
import dev.lastmile.rules.CauseRulesFiles.RuleSpec;
import dev.lastmile.rules.CauseRulesFiles.Shared;
import dev.lastmile.rules.CauseRulesFiles.StructuredSpec;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The cause vocabulary: immutable and serializable, loaded from the hand-edited rules files ({@code
 * dev/lastmile/rules/causes/shared.json} and one {@code <CAUSE>.json} per cause, bound by {@link
 * CauseRulesFiles}), optionally merged with the {@code causes} section of a user config. Every
 * problem is a {@link ConfigException} naming the file and key, raised here, before Spark starts.
 * Nothing here touches Spark.
 *
 * <p>Term lists ({@code terms} in any file, one namespace) are used in patterns as {@code {@name}},
 * which stands for {@code (?:phrase1|phrase2|...)}; a list entry that is exactly {@code {@name}}
 * stands for all the list's phrases. A {@code near} block {@code {a, b, within}} matches a term of
 * {@code a} and a term of {@code b} in either order with at most {@code within} words between them.
 */
public final class CauseRules implements Serializable {
  private static final long serialVersionUID = 2L;
  private static final String SHARED_PATH = CauseRulesFiles.DIR + CauseRulesFiles.SHARED;
  private static final Pattern TERM_REF = Pattern.compile("\\{@([A-Za-z0-9_]+)\\}");

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
  public record StructuredRule(String ruleId, String cause, double weight, Check check)
      implements Serializable {}

  /** Negation, hypothetical and resolution cues with their windows, each list as alternation. */
  public record Negation(
      String negationCues,
      int windowWords,
      String hypotheticalCues,
      String issueNouns,
      String resolutionCues,
      String resolutionBlockers,
      int resolutionWindowChars,
      int resolutionBlockerChars,
      String clauseBreaks,
      String issueNegators,
      String issueModifiers,
      List<String> negativeStarts,
      String resolutionDeterminers,
      String resolvedBefore,
      String resolvedBeforeObjects,
      String noLonger)
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

  /** Excerpt of a long sentence: at most maxChars, starting charsBeforeMatch before the hit. */
  public record Excerpt(int maxChars, int charsBeforeMatch) implements Serializable {}

  private final String version;
  private final String fingerprint;
  private final List<Replace> normalise;
  private final Negation negation;
  private final Map<String, Double> sourceWeights;
  private final Recency recency;
  private final double positionStep;
  private final double positionFloor;
  private final StatusWeighting status;
  private final String labelGate;
  private final double flaggedFactor;
  private final List<String> abbreviations;
  private final Excerpt excerpt;
  private final List<String> auditNotCompletedValues;
  private final List<Rule> rules;
  private final List<StructuredRule> structured;
  private final Ranking ranking;
  private final CauseRulesFiles.ConceptPassSpec conceptPass;
  private final CauseRulesFiles.ModelPassSpec modelPass;
  private final CauseRulesFiles.InitiativeReadSpec initiativeRead;
  private final Map<String, Double> initiativeReadSourceWeights;
  private transient volatile RuleTriggers triggers;

  /** A rule with the file and key it came from, for error messages. */
  private record Located(RuleSpec spec, Cause cause, String file, String key) {}

  private CauseRules(
      Shared s,
      String version,
      List<Located> specs,
      Map<String, List<String>> terms,
      Map<String, Double> ruleWeights,
      Set<String> disabled,
      String sharedFile) {
    this.version = version;
    List<Replace> reps = new ArrayList<>();
    for (int i = 0; i < s.normalise().size(); i++) {
      CauseRulesFiles.Replace r = s.normalise().get(i);
      reps.add(new Replace(regex(r.find(), sharedFile, "normalise[" + i + "].find"), r.replace()));
    }
    this.normalise = List.copyOf(reps);
    CauseRulesFiles.NegationSpec g = s.negation();
    this.negation =
        new Negation(
            alt(g.cues()),
            g.windowWords(),
            alt(g.hypothetical()),
            alt(g.issueNouns()),
            alt(g.resolutionCues()),
            alt(g.resolutionBlockers()),
            g.resolutionWindowChars(),
            g.resolutionBlockerChars(),
            alt(g.clauseBreaks()),
            alt(g.issueNegators()),
            alt(g.issueModifiers()),
            List.copyOf(g.negativeStarts()),
            alt(g.resolutionDeterminers()),
            alt(g.resolvedBefore()),
            alt(g.resolvedBeforeObjects()),
            alt(g.noLonger()));
    this.sourceWeights = sourceWeights(s.sourceWeights(), sharedFile, "source_weights", true);
    this.recency =
        new Recency(s.recency().halfLifeDays(), s.recency().floor(), s.recency().unknownFactor());
    this.positionStep = s.position().step();
    this.positionFloor = s.position().floor();
    this.status =
        new StatusWeighting(s.status().fullDays(), s.status().minFactor(), s.status().maxFactor());
    this.labelGate = regex(alt(s.labelGate()), sharedFile, "label_gate");
    this.flaggedFactor = s.flaggedFactor();
    this.abbreviations = List.copyOf(s.text().abbreviations());
    this.excerpt = new Excerpt(s.excerpt().maxChars(), s.excerpt().charsBeforeMatch());
    this.auditNotCompletedValues = List.copyOf(s.registryChecks().auditNotCompletedValues());
    this.conceptPass = s.conceptPass();
    this.modelPass = s.modelPass();
    this.initiativeRead = s.initiativeRead();
    Map<String, Double> readWeights = new LinkedHashMap<>(s.sourceWeights());
    readWeights.putAll(
        sourceWeights(
            initiativeRead.sourceWeights(), sharedFile, "initiative_read.source_weights", false));
    this.initiativeReadSourceWeights = java.util.Collections.unmodifiableMap(readWeights);
    List<String> quiet = modelPass.noProblem() == null ? List.of() : modelPass.noProblem();
    for (int i = 0; i < quiet.size(); i++) {
      try {
        java.util.regex.Pattern.compile(quiet.get(i));
      } catch (PatternSyntaxException e) {
        throw new ConfigException(
            sharedFile,
            "model_pass.no_problem[" + i + "]",
            "not a valid regex: " + e.getDescription());
      }
    }
    this.ranking =
        new Ranking(s.ranking().amountScale(), s.ranking().marginShare(), s.ranking().minScore());

    Set<String> ids = new HashSet<>();
    List<Rule> rs = new ArrayList<>();
    for (Located l : specs) {
      RuleSpec r = l.spec();
      if (disabled.contains(r.ruleId())) {
        continue;
      }
      if (!ids.add(r.ruleId())) {
        throw new ConfigException(
            l.file(), l.key() + ".rule_id", "duplicate rule_id " + r.ruleId());
      }
      rs.add(compile(r, l, s.ruleDefaults(), terms, ruleWeights));
    }
    this.rules = List.copyOf(rs);
    List<StructuredRule> ss = new ArrayList<>();
    for (int i = 0; i < s.structured().size(); i++) {
      StructuredSpec r = s.structured().get(i);
      String key = "structured[" + i + "]";
      if (disabled.contains(r.ruleId())) {
        continue;
      }
      if (!ids.add(r.ruleId())) {
        throw new ConfigException(sharedFile, key + ".rule_id", "duplicate rule_id " + r.ruleId());
      }
      ss.add(
          new StructuredRule(
              r.ruleId(),
              causeCode(r.cause(), sharedFile, key + ".cause"),
              ruleWeights.getOrDefault(r.ruleId(), r.weight()),
              r.check()));
    }
    this.structured = List.copyOf(ss);
    this.fingerprint = fingerprint(this);
  }

  // ---- loading ----

  /** Loads the shipped vocabulary from the classpath. */
  public static CauseRules loadDefault() {
    return load(null, null);
  }

  /**
   * The shipped vocabulary merged with a config's {@code causes} section (see {@link Override}).
   */
  public static CauseRules fromJson(JsonNode causes) {
    return fromJson(causes, "config");
  }

  /** As {@link #fromJson(JsonNode)}, naming {@code file} (the config file) in errors. */
  public static CauseRules fromJson(JsonNode causes, String file) {
    if (causes == null || !causes.isObject()) {
      throw new ConfigException(file, "causes", "expected a JSON object");
    }
    return load(causes, file);
  }

  private static CauseRules load(JsonNode user, String userFile) {
    JsonNode sharedTree = CauseRulesFiles.resource(CauseRulesFiles.SHARED);
    Override over = null;
    ObjectNode rest = null;
    if (user != null) {
      ObjectNode named = CauseRulesFiles.STRICT.createObjectNode();
      rest = ((ObjectNode) user).deepCopy();
      for (String k : CauseRulesFiles.OVERRIDE_KEYS) {
        if (rest.has(k)) {
          named.set(k, rest.remove(k));
        }
      }
      over =
          CauseRulesFiles.bind(CauseRulesFiles.LENIENT, named, Override.class, userFile, "causes");
      sharedTree = CauseRulesFiles.merge(sharedTree, rest);
    }
    Shared shared = bindShared(sharedTree, rest, userFile);
    if (over != null && over.structured() != null) {
      List<StructuredSpec> ss = new ArrayList<>(shared.structured());
      for (int i = 0; i < over.structured().size(); i++) {
        StructuredSpec r =
            CauseRulesFiles.bind(
                CauseRulesFiles.STRICT,
                over.structured().get(i),
                StructuredSpec.class,
                userFile,
                "causes.structured[" + i + "]");
        int at = -1;
        for (int j = 0; j < ss.size(); j++) {
          if (ss.get(j).ruleId().equals(r.ruleId())) {
            at = j;
          }
        }
        if (at >= 0) {
          ss.set(at, r);
        } else {
          ss.add(r);
        }
      }
      shared = withStructured(shared, ss);
    }

    Map<String, List<String>> terms = new LinkedHashMap<>();
    Map<String, String> termFile = new LinkedHashMap<>();
    addTerms(terms, termFile, shared.terms(), SHARED_PATH);
    List<Located> specs = new ArrayList<>();
    for (Cause c : Cause.values()) {
      if (c == Cause.UNKNOWN) {
        continue;
      }
      String name = c.code() + ".json";
      String path = CauseRulesFiles.DIR + name;
      CauseFile cf =
          CauseRulesFiles.bind(
              CauseRulesFiles.STRICT, CauseRulesFiles.resource(name), CauseFile.class, path, "");
      if (cf.cause() != c) {
        throw new ConfigException(path, "cause", "must be " + c.code() + " (the file name)");
      }
      addTerms(terms, termFile, cf.terms(), path);
      for (int i = 0; i < cf.rules().size(); i++) {
        String key = "rules[" + i + "]";
        RuleSpec r =
            CauseRulesFiles.bind(
                CauseRulesFiles.LENIENT, cf.rules().get(i), RuleSpec.class, path, key);
        if (r.cause() != null && r.cause() != c) {
          throw new ConfigException(
              path,
              key + ".cause",
              r.cause().code() + " rules belong in " + r.cause().code() + ".json");
        }
        specs.add(new Located(r, c, path, key));
      }
    }

    String version = shared.version();
    Map<String, Double> ruleWeights = Map.of();
    Set<String> disabled = Set.of();
    if (over != null) {
      version = version + "+" + (over.version() != null ? over.version() : "config");
      if (over.terms() != null) {
        over.terms()
            .forEach(
                (k, v) -> {
                  terms.put(k, List.copyOf(v));
                  termFile.put(k, userFile);
                });
      }
      if (over.addTerms() != null) {
        for (Map.Entry<String, List<String>> e : over.addTerms().entrySet()) {
          List<String> t = terms.get(e.getKey());
          if (t == null) {
            throw new ConfigException(
                userFile,
                "causes.add_terms." + e.getKey(),
                "no term list of that name (define it under causes.terms)");
          }
          List<String> merged = new ArrayList<>(t);
          merged.addAll(e.getValue());
          terms.put(e.getKey(), List.copyOf(merged));
        }
      }
      if (over.rules() != null) {
        for (int i = 0; i < over.rules().size(); i++) {
          String key = "causes.rules[" + i + "]";
          RuleSpec r =
              CauseRulesFiles.bind(
                  CauseRulesFiles.LENIENT, over.rules().get(i), RuleSpec.class, userFile, key);
          if (r.cause() == null) {
            throw new ConfigException(userFile, key + ".cause", "missing");
          }
          Located l = new Located(r, r.cause(), userFile, key);
          int at = indexOf(specs, r.ruleId());
          if (at >= 0) {
            specs.set(at, l);
          } else {
            specs.add(l);
          }
        }
      }
      Set<String> all = new HashSet<>();
      specs.forEach(l -> all.add(l.spec().ruleId()));
      shared.structured().forEach(r -> all.add(r.ruleId()));
      if (over.ruleWeights() != null) {
        for (String id : over.ruleWeights().keySet()) {
          if (!all.contains(id)) {
            throw new ConfigException(userFile, "causes.rule_weights." + id, "no rule of that id");
          }
        }
        ruleWeights = over.ruleWeights();
      }
      if (over.disableRules() != null) {
        for (int i = 0; i < over.disableRules().size(); i++) {
          if (!all.contains(over.disableRules().get(i))) {
            throw new ConfigException(
                userFile,
                "causes.disable_rules[" + i + "]",
                "no rule of id " + over.disableRules().get(i));
          }
        }
        disabled = new HashSet<>(over.disableRules());
      }
    }
    return new CauseRules(shared, version, specs, terms, ruleWeights, disabled, SHARED_PATH);
  }

  private static Shared bindShared(JsonNode tree, JsonNode userRest, String userFile) {
    try {
      return CauseRulesFiles.bind(CauseRulesFiles.STRICT, tree, Shared.class, SHARED_PATH, "");
    } catch (ConfigException e) {
      if (userRest == null) {
        throw e;
      }
      // a key the user set is reported against the config, with its causes. prefix
      String msg = e.getMessage().substring(SHARED_PATH.length() + 2);
      int colon = msg.indexOf(": ");
      String key = colon < 0 ? "" : msg.substring(0, colon);
      if (!key.isEmpty() && CauseRulesFiles.has(userRest, key)) {
        throw new ConfigException(userFile, "causes." + key, msg.substring(colon + 2));
      }
      throw e;
    }
  }

  private static Shared withStructured(Shared s, List<StructuredSpec> ss) {
    return new Shared(
        s.version(),
        s.description(),
        s.normalise(),
        s.labelGate(),
        s.negation(),
        s.text(),
        s.excerpt(),
        s.ruleDefaults(),
        s.sourceWeights(),
        s.recency(),
        s.position(),
        s.status(),
        s.flaggedFactor(),
        s.registryChecks(),
        List.copyOf(ss),
        s.ranking(),
        s.conceptPass(),
        s.modelPass(),
        s.initiativeRead(),
        s.terms());
  }

  private static int indexOf(List<Located> specs, String id) {
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).spec().ruleId().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static void addTerms(
      Map<String, List<String>> terms,
      Map<String, String> termFile,
      Map<String, List<String>> add,
      String file) {
    for (Map.Entry<String, List<String>> e : add.entrySet()) {
      if (terms.containsKey(e.getKey())) {
        throw new ConfigException(
            file,
            "terms." + e.getKey(),
            "term list already defined in " + termFile.get(e.getKey()));
      }
      terms.put(e.getKey(), List.copyOf(e.getValue()));
      termFile.put(e.getKey(), file);
    }
  }

  // ---- compiling one rule ----

  private static Rule compile(
      RuleSpec r,
      Located l,
      CauseRulesFiles.RuleDefaults d,
      Map<String, List<String>> terms,
      Map<String, Double> ruleWeights) {
    String file = l.file();
    String key = l.key();
    if (r.ruleId() == null || r.ruleId().isBlank()) {
      throw new ConfigException(file, key + ".rule_id", "missing");
    }
    List<String> parts = new ArrayList<>();
    List<String> patterns = r.patterns() == null ? List.of() : r.patterns();
    parts.addAll(expandList(patterns, terms, file, key + ".patterns"));
    List<Near> near = r.near() == null ? List.of() : r.near();
    for (int i = 0; i < near.size(); i++) {
      Near n = near.get(i);
      String nk = key + ".near[" + i + "]";
      if (n.a() == null || n.b() == null) {
        throw new ConfigException(file, nk + (n.a() == null ? ".a" : ".b"), "missing");
      }
      String a = alt(expandList(n.a(), terms, file, nk + ".a"));
      String b = alt(expandList(n.b(), terms, file, nk + ".b"));
      int w = n.within() != null ? n.within() : d.within();
      String gap = "\\W+(?:\\w+\\W+){0," + w + "}";
      parts.add("\\b(?:" + a + ")\\b" + gap + "(?:" + b + ")\\b");
      parts.add("\\b(?:" + b + ")\\b" + gap + "(?:" + a + ")\\b");
    }
    if (parts.isEmpty()) {
      throw new ConfigException(file, key, "rule " + r.ruleId() + " has no patterns and no near");
    }
    List<String> wrapped = new ArrayList<>();
    for (String p : parts) {
      wrapped.add(p.startsWith("\\b") ? p : "\\b(?:" + p + ")\\b");
    }
    List<Channel> channels =
        r.channels() == null || r.channels().isEmpty() ? d.channels() : r.channels();
    double weight = r.weight() != null ? r.weight() : d.weight();
    return new Rule(
        r.ruleId(),
        causeCode(l.cause(), file, key + ".cause"),
        ruleWeights.getOrDefault(r.ruleId(), weight),
        channels.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList(),
        r.supporting() != null ? r.supporting() : d.supporting(),
        regex(nonCapturing(String.join("|", wrapped)), file, key));
  }

  /** Expands a list: an entry that is exactly {@code {@name}} becomes the list's phrases. */
  private static List<String> expandList(
      List<String> in, Map<String, List<String>> terms, String file, String key) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      String s = in.get(i);
      Matcher m = TERM_REF.matcher(s);
      if (m.matches()) {
        for (String t : term(m.group(1), terms, file, key + "[" + i + "]", new ArrayList<>())) {
          out.add(t);
        }
      } else {
        out.add(expand(s, terms, file, key + "[" + i + "]", new ArrayList<>()));
      }
    }
    return out;
  }

  private static List<String> term(
      String name, Map<String, List<String>> terms, String file, String key, List<String> seen) {
    List<String> t = terms.get(name);
    if (t == null) {
      throw new ConfigException(file, key, "unknown term list {@" + name + "}");
    }
    if (seen.contains(name)) {
      throw new ConfigException(
          file, key, "term list {@" + name + "} refers to itself via " + seen);
    }
    seen.add(name);
    List<String> out = new ArrayList<>();
    for (String phrase : t) {
      out.add(expand(phrase, terms, file, key, seen));
    }
    seen.remove(seen.size() - 1);
    return out;
  }

  /** Replaces every {@code {@name}} in a pattern by {@code (?:phrase1|phrase2|...)}. */
  private static String expand(
      String s, Map<String, List<String>> terms, String file, String key, List<String> seen) {
    Matcher m = TERM_REF.matcher(s);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(s, last, m.start());
      out.append("(?:")
          .append(String.join("|", term(m.group(1), terms, file, key, seen)))
          .append(")");
      last = m.end();
    }
    return out.append(s.substring(last)).toString();
  }

  private static Map<String, Double> sourceWeights(
      Map<String, Double> in, String file, String key, boolean needsDefault) {
    if (needsDefault && !in.containsKey("default")) {
      throw new ConfigException(file, key + ".default", "missing");
    }
    for (String k : in.keySet()) {
      String source = k.contains(":") ? k.substring(0, k.indexOf(':')) : k;
      if (!k.equals("default") && EvidenceSource.of(source) == null) {
        throw new ConfigException(
            file,
            key + "." + k,
            "unknown source '" + source + "'; sources: " + EvidenceSource.codes());
      }
    }
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(in));
  }

  private static String causeCode(Cause c, String file, String key) {
    if (c == null) {
      throw new ConfigException(file, key, "missing");
    }
    if (c == Cause.UNKNOWN) {
      throw new ConfigException(file, key, "UNKNOWN is not a cause");
    }
    return c.code();
  }

  private static String fingerprint(CauseRules r) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(bytes)) {
        o.writeObject(
            List.of(
                r.version,
                r.normalise,
                r.negation,
                new java.util.TreeMap<>(r.sourceWeights),
                r.recency,
                r.positionStep,
                r.positionFloor,
                r.status,
                r.labelGate,
                r.flaggedFactor,
                r.abbreviations,
                r.excerpt,
                r.auditNotCompletedValues,
                r.rules,
                r.structured,
                r.ranking,
                r.conceptPass,
                r.modelPass,
                r.initiativeRead));
      }
      return HexFormat.of().formatHex(md.digest(bytes.toByteArray()));
    } catch (NoSuchAlgorithmException | java.io.IOException e) {
      throw new IllegalStateException("Cannot fingerprint cause rules", e);
    }
  }

  // ---- accessors ----

  public String version() {
    return version;
  }

  /** Whether and with which weight the concept pass runs after the regex rules. */
  public CauseRulesFiles.ConceptPassSpec conceptPass() {
    return conceptPass;
  }

  /** Whether, with which weight and from which probability the learned pass names a cause. */
  public CauseRulesFiles.ModelPassSpec modelPass() {
    return modelPass;
  }

  /**
   * Whether and with which thresholds a failed initiative without cause evidence gets a cause from
   * the learned model's reading of all its sentences ({@code InitiativeRead}).
   */
  public CauseRulesFiles.InitiativeReadSpec initiativeRead() {
    return initiativeRead;
  }

  /**
   * The source weights of the initiative read: {@link #sourceWeights()} with {@code
   * initiative_read.source_weights} over them.
   */
  public Map<String, Double> initiativeReadSourceWeights() {
    return initiativeReadSourceWeights;
  }

  /** A digest of everything matching depends on: one compiled matcher per distinct value. */
  public String fingerprint() {
    return fingerprint;
  }

  public List<Replace> normalise() {
    return normalise;
  }

  public Negation negation() {
    return negation;
  }

  /** Keys are {@code source:source_ref}, {@code source} or {@code default} (always present). */
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

  /** Abbreviations whose full stop does not end a sentence ("etc.", "vs."). */
  public List<String> abbreviations() {
    return abbreviations;
  }

  public Excerpt excerpt() {
    return excerpt;
  }

  /** data_audit_completed values (trimmed, lower case) that count as "not completed". */
  public List<String> auditNotCompletedValues() {
    return auditNotCompletedValues;
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

  /** Checks that {@code regex} compiles; the error names the file and key. */
  public static String regex(String regex, String file, String key) {
    try {
      Pattern.compile(regex);
      return regex;
    } catch (PatternSyntaxException e) {
      throw new ConfigException(
          file, key, "bad regex: " + e.getDescription() + " near index " + e.getIndex());
    }
  }

  /** For the matcher: the shared file's path, named in errors found while compiling cues. */
  public static String sharedFile() {
    return SHARED_PATH;
  }
}
