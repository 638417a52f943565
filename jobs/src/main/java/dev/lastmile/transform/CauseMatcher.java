package dev.lastmile.transform;

import dev.lastmile.concepts.CauseModel;
import dev.lastmile.concepts.ConceptHit;
import dev.lastmile.concepts.ConceptMatcher;
import dev.lastmile.concepts.FeatureFamilies;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.rules.CauseRulesFiles;
import dev.lastmile.rules.RequiredLiterals;
import dev.lastmile.rules.RuleTriggers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cause rules compiled once per JVM: text preparation (markup stripping, sentence split,
 * normalisation), the trigger walk ({@link RuleTriggers}), the candidate rules' regexes, the
 * negation / hypothetical / resolution scope and the excerpt, in plain Java. {@link CauseEvidence}
 * runs it in one typed {@code mapPartitions} over text units, so the Spark plan and the generated
 * code no longer grow with the number of rules.
 *
 * <p>Matching is a list of {@link SentencePass}es over each normalised sentence; the regex rules
 * are the first. A second pass (stemmed tokens, concept lists) is another implementation added to
 * {@link #passes}, with no change to the Spark plan.
 */
public final class CauseMatcher {
  private static final Map<String, CauseMatcher> CACHE = new ConcurrentHashMap<>();

  /** One sentence of one unit, as the passes see it. */
  public record Sentence(int index, String text, String norm, boolean label, boolean gated) {}

  /** A kept hit of one rule on one sentence. */
  public record Hit(
      int sentenceIdx,
      String sentence,
      String ruleId,
      String cause,
      double ruleWeight,
      int matchPos,
      String excerpt) {}

  /**
   * The learned model's reading of one sentence for the initiative read: a cause it gives at least
   * {@code initiative_read.min_probability}, with that probability, and the quoted sentence.
   */
  public record Read(
      int sentenceIdx, String sentence, String cause, double probability, String excerpt) {}

  /** One way of finding rule hits in a sentence. */
  public interface SentencePass {
    void scan(Sentence s, List<Hit> out);
  }

  private final List<Replace> markup;
  private final Pattern split;
  private final List<Replace> normalise;
  private final Pattern labelGate;
  private final int excerptMax;
  private final int excerptBefore;
  private final List<SentencePass> passes;
  private final Scope scope;
  private final ConceptMatcher concepts;
  private final CauseModel model;
  private final CauseRulesFiles.InitiativeReadSpec read;

  /**
   * One replacement of the text preparation; skipped when the text lacks the literals every match
   * of {@code find} contains (then {@code replaceAll} would return the text unchanged).
   */
  private record Replace(Pattern find, String replace, Needs needs) {
    Replace(Pattern find, String replace) {
      this(find, replace, new Needs(find.pattern()));
    }

    String apply(String s) {
      return needs.mayMatch(s) ? find.matcher(s).replaceAll(replace) : s;
    }
  }

  /** The matcher for {@code rules}, compiled once per JVM and rules fingerprint. */
  public static CauseMatcher of(CauseRules rules) {
    return of(rules.fingerprint(), () -> rules);
  }

  /**
   * The matcher for the rules with {@code fingerprint}, compiled once per JVM; {@code rules} is
   * asked for only when this JVM has not compiled them yet (on an executor: a broadcast read).
   */
  public static CauseMatcher of(String fingerprint, Supplier<CauseRules> rules) {
    return CACHE.computeIfAbsent(fingerprint, k -> new CauseMatcher(rules.get()));
  }

  private CauseMatcher(CauseRules rules) {
    this(rules, null);
  }

  /**
   * The matcher for {@code rules} with {@code model} as its learned pass (when the rules enable
   * it), compiled anew and not cached: the trainer scores a model it has just fitted the way the
   * product would run it. {@code model} null: the shipped model.
   */
  public static CauseMatcher withModel(CauseRules rules, CauseModel model) {
    return new CauseMatcher(rules, model);
  }

  private CauseMatcher(CauseRules rules, CauseModel model) {
    this.markup = new ArrayList<>();
    for (String[] r : TextPrep.markupReplacements(rules)) {
      markup.add(new Replace(Pattern.compile(r[0]), r[1]));
    }
    this.split = Pattern.compile(TextPrep.SENTENCE_SPLIT);
    this.normalise = new ArrayList<>();
    for (String[] r : TextPrep.normaliseReplacements(rules)) {
      normalise.add(new Replace(Pattern.compile(r[0]), r[1]));
    }
    this.labelGate = Pattern.compile(rules.labelGate());
    this.excerptMax = rules.excerpt().maxChars();
    this.excerptBefore = rules.excerpt().charsBeforeMatch();
    // one scope for every pass: the regex rules' negation, hypothetical and resolution reading
    this.scope = new Scope(rules.negation(), rules.modelPass().noProblem());
    List<SentencePass> ps = new ArrayList<>();
    ps.add(new RegexRules(rules, scope));
    this.read = rules.initiativeRead();
    boolean learned = rules.modelPass().enabled() || read.enabled();
    this.concepts = rules.conceptPass().enabled() || learned ? ConceptMatcher.loadDefault() : null;
    this.model = !learned ? null : model == null ? CauseModel.loadDefault() : model;
    if (rules.conceptPass().enabled()) {
      ps.add(
          new ConceptPass(concepts, rules.conceptPass().weight(), rules.conceptPass().runnerUp()));
    }
    CauseRulesFiles.CrossCheckSpec check = rules.modelPass().crossCheck();
    if (rules.modelPass().enabled() && check != null && check.enabled()) {
      ps.add(new CrossCheck(this.model, check, rules.modelPass().weight()));
    }
    if (rules.modelPass().enabled()) {
      ps.add(
          new ModelPass(
              this.model,
              rules.modelPass().weight(),
              rules.modelPass().minProbability(),
              rules.modelPass().requireConcept(),
              rules.modelPass().requireProblem()));
    }
    this.passes = List.copyOf(ps);
  }

  /**
   * The features the learned pass reads in {@code text} ({@link ConceptMatcher#features(String,
   * ConceptMatcher.WordScope)}), with the words that stand in a negation, hypothetical or
   * resolution scope of the regex rules ({@code n:} features) marked as the product marks them:
   * markup stripped and the text normalised as one sentence. The trainer reads its examples through
   * this.
   */
  public Set<String> modelFeatures(String text) {
    return model == null
        ? modelFeatures(text, FeatureFamilies.NONE, f -> false)
        : modelFeatures(text, model.families(), model.weights()::containsKey);
  }

  /**
   * As {@link #modelFeatures(String)}, with the feature families {@code fam} and the vocabulary
   * {@code known} (for {@link FeatureFamilies#charUnknownOnly()}; the trainer's).
   */
  public Set<String> modelFeatures(String text, FeatureFamilies fam, Predicate<String> known) {
    String clean = text == null ? "" : text;
    for (Replace r : markup) {
      clean = r.apply(clean);
    }
    clean = trimSpaces(clean);
    return features(clean, normalised(clean), fam, known);
  }

  private String normalised(String sentence) {
    String norm = sentence.toLowerCase(Locale.ROOT);
    for (Replace r : normalise) {
      norm = r.apply(norm);
    }
    return trimSpaces(norm);
  }

  private Set<String> features(String sentence, String norm) {
    return model == null
        ? features(sentence, norm, FeatureFamilies.NONE, f -> false)
        : features(sentence, norm, model.families(), model.weights()::containsKey);
  }

  private Set<String> features(
      String sentence, String norm, FeatureFamilies fam, Predicate<String> known) {
    ConceptMatcher cm = concepts == null ? ConceptMatcher.loadDefault() : concepts;
    return cm.features(sentence, scope.words(norm), fam, known);
  }

  /** The normalised sentences of {@code text}, as {@link #match} reads them (for tests). */
  List<String> normalisedSentences(String text) {
    List<String> out = new ArrayList<>();
    String clean = text;
    for (Replace r : markup) {
      clean = r.apply(clean);
    }
    for (String part : split.split(clean, -1)) {
      String sentence = trimSpaces(part);
      if (!sentence.isEmpty()) {
        out.add(normalised(sentence));
      }
    }
    return out;
  }

  /**
   * For each word of a normalised sentence, whether the scope drops it as a one-word match: what
   * the learned pass marks {@code n:} (for tests; the same as {@link #keptMatch} word by word).
   */
  boolean[] droppedWords(String norm) {
    return scope.dropped(norm);
  }

  /**
   * Whether the scope keeps a match {@code m} with {@code pre} before and {@code post} after it.
   */
  boolean keptMatch(String pre, String m, String post) {
    return scope.kept(pre, m, post);
  }

  /** {@link #keptMatch} with every scope regex run (the specification, for tests). */
  boolean keptMatchPlain(String pre, String m, String post) {
    return scope.keptPlain(pre, m, post);
  }

  /** Whether the scope reads a normalised sentence as no live problem, fast and plain (tests). */
  boolean[] reportsNoProblem(String norm) {
    return new boolean[] {scope.reportsNoProblem(norm), scope.reportsNoProblemPlain(norm)};
  }

  /** Hits of every pass on every sentence of {@code text}. */
  public List<Hit> match(String text, boolean label) {
    List<Hit> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String clean = text;
    for (Replace r : markup) {
      clean = r.apply(clean);
    }
    String[] parts = split.split(clean, -1);
    for (int i = 0; i < parts.length; i++) {
      String sentence = trimSpaces(parts[i]);
      if (sentence.isEmpty()) {
        continue;
      }
      String norm = normalised(sentence);
      Sentence s = new Sentence(i, sentence, norm, label, label && labelGate.matcher(norm).find());
      for (SentencePass p : passes) {
        p.scan(s, out);
      }
    }
    return out;
  }

  /**
   * The learned model's reading of every text sentence of {@code text} for the initiative read
   * ({@code initiative_read} in the rules): per sentence, each cause the model gives at least
   * {@code min_probability}. A sentence the regex rules' scope reads as no live problem (negated
   * issue, hypothetical, resolved, a nothing-found report), one with a hypothetical or wish cue,
   * and with {@code require_problem} one with no word that says something is wrong, gives nothing.
   * Empty when the read is disabled.
   */
  public List<Read> reads(String text) {
    List<Read> out = new ArrayList<>();
    if (text == null || !read.enabled()) {
      return out;
    }
    String clean = text;
    for (Replace r : markup) {
      clean = r.apply(clean);
    }
    String[] parts = split.split(clean, -1);
    List<String> classes = model.classes();
    for (int i = 0; i < parts.length; i++) {
      String sentence = trimSpaces(parts[i]);
      if (sentence.isEmpty()) {
        continue;
      }
      String norm = normalised(sentence);
      if (scope.reportsNoProblem(norm)) {
        continue;
      }
      Set<String> f = features(sentence, norm);
      if (CauseModel.hypothetical(f) || (read.requireProblem() && !CauseModel.reportsProblem(f))) {
        continue;
      }
      double[] p = model.probabilities(f);
      for (int c = 0; c < p.length; c++) {
        if (!classes.get(c).equals(CauseModel.NONE) && p[c] >= read.minProbability()) {
          out.add(new Read(i, sentence, classes.get(c), p[c], excerpt(sentence, 0)));
        }
      }
    }
    return out;
  }

  /**
   * The cause with the largest sum of rule weights over the hits in {@code text} (ties: taxonomy
   * order), as {@link CauseRanking} decides for one comment; null when nothing fired.
   */
  public String primaryCause(String text) {
    Map<String, Double> score = new java.util.HashMap<>();
    for (Hit h : match(text, false)) {
      score.merge(h.cause(), h.ruleWeight(), Double::sum);
    }
    String best = null;
    double top = 0;
    for (dev.lastmile.model.Cause c : dev.lastmile.model.Cause.values()) {
      Double v = score.get(c.code());
      if (v != null && v > top + 1e-9) {
        top = v;
        best = c.code();
      }
    }
    return best;
  }

  /** The excerpt of a sentence around a match starting at code point {@code matchPos}. */
  String excerpt(String sentence, int matchPos) {
    int len = sentence.codePointCount(0, sentence.length());
    if (len <= excerptMax) {
      return sentence;
    }
    int start = Math.max(1, matchPos - excerptBefore) - 1;
    if (start >= len) {
      return "";
    }
    int end = Math.min(len, start + excerptMax);
    return sentence.substring(
        sentence.offsetByCodePoints(0, start), sentence.offsetByCodePoints(0, end));
  }

  /** Spark's {@code trim}: removes leading and trailing ASCII spaces only. */
  static String trimSpaces(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && s.charAt(b) == ' ') {
      b++;
    }
    while (e > b && s.charAt(e - 1) == ' ') {
      e--;
    }
    return s.substring(b, e);
  }

  /** The regex rules: trigger walk, candidate regexes, then the negation scope. */
  private final class RegexRules implements SentencePass {
    private final RuleTriggers triggers;
    private final List<CauseRules.Rule> rules;
    private final Pattern[] find;
    private final Pattern[] wrap;
    private final Scope scope;

    RegexRules(CauseRules cr, Scope scope) {
      this.triggers = cr.triggers();
      this.rules = cr.rules();
      this.find = new Pattern[rules.size()];
      this.wrap = new Pattern[rules.size()];
      for (int i = 0; i < rules.size(); i++) {
        find[i] = Pattern.compile(rules.get(i).regex());
        wrap[i] = Pattern.compile("^(.*?)(" + rules.get(i).regex() + ")(.*)$");
      }
      this.scope = scope;
    }

    @Override
    public void scan(Sentence s, List<Hit> out) {
      for (int i : triggers.candidates(s.norm())) {
        CauseRules.Rule r = rules.get(i);
        boolean applies =
            r.appliesTo(CauseEvidence.CH_LABEL) && !r.appliesTo(CauseEvidence.CH_TEXT)
                ? s.gated()
                : true;
        if (!applies || !find[i].matcher(s.norm()).find()) {
          continue;
        }
        Matcher m = wrap[i].matcher(s.norm());
        String pre = "";
        String match = "";
        String post = "";
        if (m.find()) {
          pre = m.group(1);
          match = m.group(2);
          post = m.group(3);
        }
        if (!scope.kept(pre, match, post)) {
          continue;
        }
        int pos = pre.codePointCount(0, pre.length());
        out.add(
            new Hit(
                s.index(),
                s.text(),
                r.ruleId(),
                r.cause(),
                r.weight(),
                pos,
                excerpt(s.text(), pos)));
      }
    }
  }

  /**
   * The concept pass ({@link ConceptMatcher}): on text sentences (not labels), a cause concept and
   * a problem signal in one clause, by word stem, in English, German or French. It reads only
   * sentences on which no regex rule fired: the more specific regex hit keeps the sentence, and the
   * concept pass adds no second cause to it ("GDPR concerns blocked the use of call recordings" is
   * security, not also data).
   */
  private final class ConceptPass implements SentencePass {
    private final ConceptMatcher concepts;
    private final double weight;
    private final double runnerUp;

    ConceptPass(ConceptMatcher concepts, double weight, double runnerUp) {
      this.concepts = concepts;
      this.weight = weight;
      this.runnerUp = runnerUp;
    }

    @Override
    public void scan(Sentence s, List<Hit> out) {
      if (s.label()) {
        return;
      }
      List<ConceptMatcher.Ranked> hits = concepts.ranked(s.text());
      if (hits.isEmpty()) {
        return;
      }
      Set<String> named = new HashSet<>();
      for (int i = out.size() - 1; i >= 0 && out.get(i).sentenceIdx() == s.index(); i--) {
        named.add(out.get(i).cause());
      }
      if (!named.isEmpty()) {
        return; // a strict fallback: a sentence a regex rule explains gets no second reading
      }
      ConceptMatcher.Ranked best = hits.get(0);
      for (ConceptMatcher.Ranked r : hits) {
        if (r.strongerThan(best)) {
          best = r;
        }
      }
      String lower = s.text().toLowerCase(Locale.ROOT);
      for (ConceptMatcher.Ranked r : hits) {
        ConceptHit h = r.hit();
        // two causes in one sentence: both stay candidates, the stronger reading ranks first
        double w = r == best || !best.strongerThan(r) ? weight : weight * runnerUp;
        String cause = h.cause().code();
        if (!named.add(cause)) {
          continue;
        }
        int at = Math.max(0, lower.indexOf(h.concept().toLowerCase(Locale.ROOT)));
        int pos = s.text().codePointCount(0, at);
        out.add(new Hit(s.index(), s.text(), h.ruleId(), cause, w, pos, excerpt(s.text(), pos)));
      }
    }
  }

  /**
   * The learned pass's cross-check of the rules ({@code model_pass.cross_check}): on a text
   * sentence (not a label) where a regex rule or a concept fired, the model reads the sentence; a
   * hit whose cause it reads at most {@code regex_max_probability} (regex rules) or {@code
   * concept_max_probability} (concept rules) likely, while it reads another cause at least {@code
   * min_other_probability} likely, is replaced by a learned hit for that cause, rule id {@code
   * model.crosscheck.<cause>}, with the learned pass's weight (so it ranks as a guess, below any
   * rule). A concept hit whose cause the model reads at most {@code none_max_probability} likely
   * while it reads no trouble at all ({@code NONE}) at least {@code none_min_probability} likely is
   * dropped: "Der Datenschutz hat die DSFA ohne Auflagen freigegeben." (approved without
   * conditions) is not a blocked approval. A concept list's look-alike ("Die DSB will schriftlich,
   * dass keine Patientendaten in die USA gehen" read as missing data, where the sentence is a
   * data-protection demand) is where the rules and the model part most. Measured on phrases the
   * model never saw (the blind sets 2026-12l and 12m and the 3,300 rows of eval/train-2026-12m): of
   * 517 concept hits it replaces 27, of which 2 were right and 25 become right; of 493 regex hits
   * it replaces 21, of which 1 was right and 20 become right (eval/TUNING.md, round q13).
   */
  private final class CrossCheck implements SentencePass {
    private final CauseModel model;
    private final CauseRulesFiles.CrossCheckSpec spec;
    private final double weight;
    private final int none;

    CrossCheck(CauseModel model, CauseRulesFiles.CrossCheckSpec spec, double weight) {
      this.model = model;
      this.spec = spec;
      this.weight = weight;
      this.none = model.classes().indexOf(CauseModel.NONE);
    }

    @Override
    public void scan(Sentence s, List<Hit> out) {
      int first = out.size();
      while (first > 0 && out.get(first - 1).sentenceIdx() == s.index()) {
        first--;
      }
      if (s.label() || first == out.size()) {
        return;
      }
      double[] p = model.probabilities(features(s.text(), s.norm()));
      List<String> classes = model.classes();
      List<Hit> kept = new ArrayList<>();
      List<Hit> replaced = new ArrayList<>();
      for (int i = first; i < out.size(); i++) {
        Hit h = out.get(i);
        boolean concept = h.ruleId().startsWith(ConceptMatcher.RULE_PREFIX);
        double own = p[classes.indexOf(h.cause())];
        double max = concept ? spec.conceptMaxProbability() : spec.regexMaxProbability();
        int other = -1;
        for (int c = 0; c < p.length; c++) {
          if (c != none && !classes.get(c).equals(h.cause()) && (other < 0 || p[c] > p[other])) {
            other = c;
          }
        }
        if (own <= max && other >= 0 && p[other] >= spec.minOtherProbability()) {
          String cause = classes.get(other);
          replaced.add(
              new Hit(
                  s.index(),
                  s.text(),
                  RULE_PREFIX + cause.toLowerCase(Locale.ROOT),
                  cause,
                  weight,
                  0,
                  excerpt(s.text(), 0)));
        } else if (spec.noneMinProbability() != null
            && spec.noneMaxProbability() != null
            && concept
            && p[none] >= spec.noneMinProbability()
            && own <= spec.noneMaxProbability()) {
          continue; // the model reads no trouble here: a concept list's look-alike, dropped
        } else {
          kept.add(h);
        }
      }
      if (kept.size() == out.size() - first) {
        return;
      }
      // a replacement adds no second hit for a cause the sentence's kept hits already name
      Set<String> named = new HashSet<>();
      kept.forEach(h -> named.add(h.cause()));
      for (Hit h : replaced) {
        if (named.add(h.cause())) {
          kept.add(h);
        }
      }
      out.subList(first, out.size()).clear();
      out.addAll(kept);
    }
  }

  /** Rule id prefix of the cross-check's replacements: {@code model.crosscheck.<cause>}. */
  public static final String RULE_PREFIX = CauseModel.RULE_PREFIX + "crosscheck.";

  /**
   * The learned pass ({@link CauseModel}): on text sentences (not labels) that no earlier pass
   * named a cause in, the model's most probable cause when it is at least {@code minProbability}
   * likely, quoted whole, with rule id {@code model.<cause>}, unless the sentence reports no live
   * problem (the regex rules' negation, hypothetical and resolution scope over the whole sentence,
   * {@code model_pass.no_problem}, and {@link ConceptMatcher#reportsNoProblem}: every problem word
   * of the concept files negated, hypothetical or resolved, in all seven languages). Its evidence
   * ranks below any rule's ({@link CauseRanking}).
   */
  private final class ModelPass implements SentencePass {
    private final CauseModel model;
    private final double weight;
    private final double minProbability;
    private final boolean requireConcept;
    private final boolean requireProblem;

    ModelPass(
        CauseModel model,
        double weight,
        double minProbability,
        boolean requireConcept,
        boolean requireProblem) {
      this.model = model;
      this.weight = weight;
      this.minProbability = minProbability;
      this.requireConcept = requireConcept;
      this.requireProblem = requireProblem;
    }

    @Override
    public void scan(Sentence s, List<Hit> out) {
      if (s.label() || (!out.isEmpty() && out.get(out.size() - 1).sentenceIdx() == s.index())) {
        return;
      }
      if (scope.reportsNoProblem(s.norm())) {
        return; // the regex rules' scope applies to a guess too
      }
      if (concepts != null && concepts.reportsNoProblem(s.text())) {
        return; // and the concept files' scope, in every language they know
      }
      CauseModel.Prediction p =
          model.predict(
              features(s.text(), s.norm()), minProbability, requireConcept, requireProblem);
      if (p != null) {
        out.add(
            new Hit(
                s.index(),
                s.text(),
                CauseModel.ruleId(p.cause()),
                p.cause().code(),
                weight,
                0,
                excerpt(s.text(), 0)));
      }
    }
  }

  /** A hit is dropped when negated, hypothetical, an issue noun is negated, or resolved. */
  private static final class Scope {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private final Pattern preCut;
    private final Pattern postCut;
    private final Pattern negated;
    private final Pattern hypothetical;
    private final Pattern issueNegated;
    private final Pattern firstWord = Pattern.compile("^\\S+\\s*");
    private final Pattern window;
    private final Pattern resolvedAfter;
    private final Pattern startsNegative;
    private final Pattern resolvedBefore;
    private final Pattern nothingFound;
    private final Needs preCutNeeds;
    private final Needs postCutNeeds;
    private final Needs negatedNeeds;
    private final Needs hypotheticalNeeds;
    private final Needs resolvedBeforeNeeds;
    private final Needs issueNegatedNeeds;
    private final Needs resolvedAfterNeeds;
    private final Needs nothingFoundNeeds;

    Scope(CauseRules.Negation g, List<String> nothingFoundPatterns) {
      nothingFound =
          Pattern.compile(
              nothingFoundPatterns == null || nothingFoundPatterns.isEmpty()
                  ? "(?!)"
                  : String.join("|", nothingFoundPatterns));
      String breaks = g.clauseBreaks();
      preCut = Pattern.compile("^.*(?:" + breaks + ")");
      postCut = Pattern.compile("(?:" + breaks + ").*$");
      negated =
          Pattern.compile(
              "\\b" + g.negationCues() + "\\b(?:\\W+\\w+){0," + g.windowWords() + "}\\W*$");
      hypothetical = Pattern.compile("\\b" + g.hypotheticalCues() + "\\b");
      issueNegated =
          Pattern.compile(
              "\\b"
                  + g.issueNegators()
                  + "\\b(?:\\W+"
                  + g.issueModifiers()
                  + ")*\\W+"
                  + g.issueNouns()
                  + "\\b");
      window = Pattern.compile("^(.{0," + g.resolutionWindowChars() + "})");
      String blocked =
          "(?<!\\b"
              + g.resolutionBlockers()
              + "\\b[^.;]{0,"
              + g.resolutionBlockerChars()
              + "})"
              + "(?<!\\b"
              + g.resolutionDeterminers()
              + " )";
      resolvedAfter = Pattern.compile(blocked + "\\b" + g.resolutionCues() + "\\b");
      startsNegative =
          Pattern.compile(
              "^(?:" + g.negationCues() + "|" + String.join("|", g.negativeStarts()) + ")\\b");
      resolvedBefore =
          Pattern.compile(
              "\\b"
                  + g.noLonger()
                  + "\\b|\\b"
                  + g.resolvedBefore()
                  + "\\b\\W+(?:\\w+\\W+){0,1}"
                  + g.resolvedBeforeObjects()
                  + "\\b");
      preCutNeeds = new Needs(preCut.pattern());
      postCutNeeds = new Needs(postCut.pattern());
      negatedNeeds = new Needs(negated.pattern());
      hypotheticalNeeds = new Needs(hypothetical.pattern());
      resolvedBeforeNeeds = new Needs(resolvedBefore.pattern());
      issueNegatedNeeds = new Needs(issueNegated.pattern());
      resolvedAfterNeeds = new Needs(resolvedAfter.pattern());
      nothingFoundNeeds = new Needs(nothingFound.pattern());
    }

    /**
     * Whether a whole sentence reports no live problem: a hypothetical ("if funding is cut"), a
     * denied issue noun ("no security concerns"), a resolution ("was resolved in March"), or a
     * nothing-found report ("no hallucinations were found").
     */
    boolean reportsNoProblem(String norm) {
      return find(hypothetical, hypotheticalNeeds, norm)
          || find(issueNegated, issueNegatedNeeds, norm)
          || find(resolvedAfter, resolvedAfterNeeds, norm)
          || find(resolvedBefore, resolvedBeforeNeeds, norm)
          || find(nothingFound, nothingFoundNeeds, norm);
    }

    /**
     * {@code p.matcher(text).find()}, skipped (false) when {@code text} lacks the literals every
     * match of {@code p} contains: the resolution pattern's look-behinds alone cost more than the
     * rest of the scope when it ran on every word.
     */
    private static boolean find(Pattern p, Needs needs, String text) {
      return needs.mayMatch(text) && p.matcher(text).find();
    }

    /**
     * The words of a normalised sentence that this scope would drop as a match: each word is read
     * as a one-word match with the text before and after it (negated, hypothetical, followed by a
     * negated issue noun, or resolved). The learned pass sees such a word as {@code n:stem}, so
     * "the goalposts have not moved" does not read like "the goalposts moved".
     */
    ConceptMatcher.WordScope words(String norm) {
      Map<String, List<Boolean>> byWord = new java.util.HashMap<>();
      Matcher w = WORD.matcher(norm);
      boolean[] dropped = dropped(norm);
      int i = 0;
      while (w.find()) {
        byWord
            .computeIfAbsent(ConceptMatcher.fold(w.group()), k -> new ArrayList<>())
            .add(dropped[i++]);
      }
      return (word, occurrence) -> {
        List<Boolean> v = byWord.get(word);
        return v != null && occurrence < v.size() && v.get(occurrence);
      };
    }

    /**
     * For each word of {@code norm} ({@code [\p{L}\p{N}]+}, in order): {@code !kept(text before it,
     * the word, text after it)}, exactly, without running every scope regex on the text before and
     * after every word (that was quadratic in the sentence length, and the executors' largest cost
     * on the demo). A regex can only match a text that contains its required literals ({@link
     * RequiredLiterals}), so a pattern read on the text before a word (clause cut, negation,
     * hypothetical, resolved-before) is skipped while that text holds none of them, and the clause
     * cut on the text after a word while that text holds none of the clause breaks' literals: the
     * regex could not have matched there. The other checks run as in {@link #kept}.
     */
    boolean[] dropped(String norm) {
      int ePreCut = preCutNeeds.firstEnd(norm);
      int eNegated = negatedNeeds.firstEnd(norm);
      int eHypothetical = hypotheticalNeeds.firstEnd(norm);
      int eResolvedBefore = resolvedBeforeNeeds.firstEnd(norm);
      int sPostCut = postCutNeeds.lastStart(norm);
      List<Boolean> out = new ArrayList<>();
      Matcher w = WORD.matcher(norm);
      while (w.find()) {
        int ws = w.start();
        int we = w.end();
        String m = w.group();
        boolean negated = ws >= eNegated;
        boolean hypothetical = ws >= eHypothetical;
        boolean resolvedBefore = ws >= eResolvedBefore;
        String pre = null;
        if (negated || hypothetical || resolvedBefore) {
          String matchPre = norm.substring(0, ws);
          pre = ws >= ePreCut ? preCut.matcher(matchPre).replaceAll("") : matchPre;
        }
        String matchPost = norm.substring(we);
        String post = we <= sPostCut ? postCut.matcher(matchPost).replaceAll("") : matchPost;
        out.add(!kept(pre, negated, hypothetical, resolvedBefore, m, post));
      }
      boolean[] d = new boolean[out.size()];
      for (int i = 0; i < d.length; i++) {
        d[i] = out.get(i);
      }
      return d;
    }

    boolean kept(String matchPre, String m, String matchPost) {
      String pre = preCut.matcher(matchPre).replaceAll("");
      String post = postCut.matcher(matchPost).replaceAll("");
      return kept(pre, true, true, true, m, post);
    }

    /**
     * The plain reading that {@link #kept}, {@link #dropped} and {@link #reportsNoProblem} skip
     * patterns of: every regex run on every text (tests compare the two on the repository's texts).
     */
    boolean keptPlain(String matchPre, String m, String matchPost) {
      String pre = preCut.matcher(matchPre).replaceAll("");
      String post = postCut.matcher(matchPost).replaceAll("");
      if (negated.matcher(pre).find() || hypothetical.matcher(pre).find()) {
        return false;
      }
      if (issueNegated.matcher(m + " " + post).find()) {
        return false;
      }
      Matcher w = window.matcher(post);
      String tail = firstWord.matcher(m).replaceAll("") + " " + (w.find() ? w.group(1) : "");
      boolean resolved =
          !startsNegative.matcher(m).find()
              && (resolvedAfter.matcher(tail).find() || resolvedBefore.matcher(pre).find());
      return !resolved;
    }

    /** {@link #reportsNoProblem}, every regex run (see {@link #keptPlain}). */
    boolean reportsNoProblemPlain(String norm) {
      return hypothetical.matcher(norm).find()
          || issueNegated.matcher(norm).find()
          || resolvedAfter.matcher(norm).find()
          || resolvedBefore.matcher(norm).find()
          || nothingFound.matcher(norm).find();
    }

    /**
     * {@link #kept} on the clause-cut text before and after the match; a {@code false} flag skips a
     * pattern on {@code pre} that cannot match there (then {@code pre} may be null when all three
     * are false).
     */
    private boolean kept(
        String pre,
        boolean negatedMayMatch,
        boolean hypotheticalMayMatch,
        boolean resolvedBeforeMayMatch,
        String m,
        String post) {
      if ((negatedMayMatch && find(negated, negatedNeeds, pre))
          || (hypotheticalMayMatch && find(hypothetical, hypotheticalNeeds, pre))) {
        return false;
      }
      if (find(issueNegated, issueNegatedNeeds, m + " " + post)) {
        return false;
      }
      Matcher w = window.matcher(post);
      String tail = firstWord.matcher(m).replaceAll("") + " " + (w.find() ? w.group(1) : "");
      boolean resolved =
          !startsNegative.matcher(m).find()
              && (find(resolvedAfter, resolvedAfterNeeds, tail)
                  || (resolvedBeforeMayMatch && find(resolvedBefore, resolvedBeforeNeeds, pre)));
      return !resolved;
    }
  }

  /**
   * The literals any match of one regex must contain ({@link RequiredLiterals#branches}): per
   * top-level alternative, clauses of which each needs one of its literals in the matched text.
   */
  private static final class Needs {
    private final String[][][] branches;

    Needs(String regex) {
      List<List<Set<String>>> b = RequiredLiterals.branches(regex);
      branches = new String[b.size()][][];
      for (int i = 0; i < b.size(); i++) {
        branches[i] = new String[b.get(i).size()][];
        for (int c = 0; c < b.get(i).size(); c++) {
          branches[i][c] = b.get(i).get(c).toArray(new String[0]);
        }
      }
    }

    /** Whether {@code text} holds the literals of some alternative (so the regex may match it). */
    boolean mayMatch(String text) {
      for (String[][] branch : branches) {
        boolean all = true;
        for (String[] clause : branch) {
          boolean any = false;
          for (String lit : clause) {
            if (text.contains(lit)) {
              any = true;
              break;
            }
          }
          if (!any) {
            all = false;
            break;
          }
        }
        if (all) {
          return true;
        }
      }
      return false;
    }

    /**
     * The least {@code e} such that {@code text.substring(0, e)} holds the literals of some
     * alternative (0 when an alternative needs none; {@link Integer#MAX_VALUE} when the text never
     * does): the regex cannot match inside {@code text.substring(a, b)} for any {@code b < e}.
     */
    int firstEnd(String text) {
      int best = Integer.MAX_VALUE;
      for (String[][] branch : branches) {
        int end = 0;
        for (String[] clause : branch) {
          int first = Integer.MAX_VALUE;
          for (String lit : clause) {
            int at = text.indexOf(lit);
            if (at >= 0) {
              first = Math.min(first, at + lit.length());
            }
          }
          end = Math.max(end, first);
        }
        best = Math.min(best, end);
      }
      return best;
    }

    /**
     * The greatest {@code s} such that {@code text.substring(s)} holds the literals of some
     * alternative ({@link Integer#MAX_VALUE} when an alternative needs none; -1 when the text never
     * does): the regex cannot match inside {@code text.substring(a)} for any {@code a > s}.
     */
    int lastStart(String text) {
      int best = -1;
      for (String[][] branch : branches) {
        int start = Integer.MAX_VALUE;
        for (String[] clause : branch) {
          int last = -1;
          for (String lit : clause) {
            last = Math.max(last, text.lastIndexOf(lit));
          }
          start = Math.min(start, last);
        }
        best = Math.max(best, start);
      }
      return best;
    }
  }
}
