package dev.lastmile.concepts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.Cause;
import dev.lastmile.rules.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The second pass of cause matching: finds a cause by concept rather than by sentence. A rule names
 * a cause concept (synonym lists such as data / dataset / extract / labels) and problem signals
 * (missing / never arrived / not granted); it fires when a concept term and a signal term stand in
 * the same clause within a few words, in any order, unless the signal is negated ("no data
 * issues"), the clause is hypothetical ("if the data were late", a question) or the cause is
 * reported resolved ("data access was granted", "resolved"; a resolution later in the sentence also
 * covers what came before a "but"). Where one term lies inside a longer one ("data" in "data
 * engineers"), only the longer one takes a role. Terms match by Snowball stem (English, German,
 * French, Spanish, Italian, Portuguese, Dutch), may span several words (filler words such as "has
 * been" in between are stepped over), and a German or Dutch term also matches as a part of a
 * compound ("Trainingsdaten", "klantgegevens").
 *
 * <p>Reads hand-written JSON under {@code dev/lastmile/rules/concepts/}: {@code shared.json} (cue
 * lists and shared signal lists) and one file per cause code ({@code data_readiness.json}, ...);
 * docs/causes.md describes the format. Every hit carries its rule id ({@code
 * concept.data_readiness.access}) and the matched words, and quotes the whole sentence.
 *
 * <p>Pure Java and serializable (it holds only strings and arrays; the stemmers live per thread),
 * so a Spark job builds it once on the driver and calls {@link #match} per sentence inside {@code
 * mapPartitions}. It is thread-safe. Dangers: a bare term that is common in engineering chatter
 * ("environment", "approval") makes false hits; concept lists should name the thing, not its
 * setting.
 */
public final class ConceptMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Rule id prefix of every concept rule: {@code concept.<cause>.<rule>}. */
  public static final String RULE_PREFIX = "concept.";

  /** Classpath folder of the default concept files. */
  public static final String DEFAULT_DIR = "dev/lastmile/rules/concepts/";

  /** Name of the shared cue file. */
  public static final String SHARED_FILE = "shared.json";

  private static final Set<String> SHARED_KEYS =
      Set.of(
          "version",
          "description",
          "window",
          "negation_window",
          "skip",
          "contrast",
          "language_hints",
          "false_friends",
          "compound_endings",
          "negation",
          "hypothetical",
          "resolution",
          "problem_nouns",
          "post_negation",
          "verb_final_negation",
          "negation_tail",
          "denial",
          "question_words",
          "unrelated",
          "superseded",
          "positive_comparison",
          "lists");
  private static final Set<String> CAUSE_KEYS = Set.of("cause", "description", "lists", "rules");
  private static final Set<String> RULE_KEYS =
      Set.of(
          "id",
          "note",
          "concepts",
          "signals",
          "context",
          "standalone",
          "window",
          "priority",
          "negator_after_concept");

  private final String version;
  private final List<Term> terms;
  private final Map<String, int[]> index;
  private final int[] compoundTerms;
  private final Set<String> skip;
  private final Set<String> contrast;
  private final Map<Lang, Set<String>> hints;
  private final Map<Lang, Set<String>> falseFriends;
  private final Map<Lang, Set<String>> compoundEndings;
  private final BitSet negation;
  private final BitSet hypothetical;
  private final BitSet resolution;
  private final BitSet problemNouns;
  private final BitSet postNegation;
  private final BitSet verbFinalNegation;
  private final BitSet negationTail;
  private final BitSet denial;
  private final BitSet questionWords;
  private final BitSet cessation;
  private final BitSet oldPractice;
  private final BitSet benefit;
  private final BitSet exceed;
  private final int negationWindow;
  private final List<Rule> rules;

  /** Per term id: the learned pass's features its presence gives (see {@link #features}). */
  private final String[][] termFeatures;

  /** Terms that are a signal or standalone term of some rule (see {@link #reportsNoProblem}). */
  private final BitSet problemWords;

  /** A compiled term: its tokens' stems in its language, or folded words when exact. */
  static final class Term implements Serializable {
    private static final long serialVersionUID = 1L;
    final int id;
    final Lang lang;
    final boolean exact;
    final String[] toks;
    final String text;

    /** A "~term": a good state that is a problem signal only when denied ("not approved"). */
    final boolean denied;

    Term(int id, Lang lang, boolean exact, String[] toks, String text, boolean denied) {
      this.id = id;
      this.lang = lang;
      this.exact = exact;
      this.toks = toks;
      this.text = text;
      this.denied = denied;
    }
  }

  /** A compiled rule: term-id sets for each role. */
  static final class Rule implements Serializable {
    private static final long serialVersionUID = 1L;
    final String id;
    final Cause cause;
    final BitSet concepts;
    final BitSet signals;
    final BitSet context;
    final BitSet standalone;
    final int window;
    final int priority;
    final boolean negatorAfterConcept;

    Rule(
        String id,
        Cause cause,
        BitSet concepts,
        BitSet signals,
        BitSet context,
        BitSet standalone,
        int window,
        int priority,
        boolean negatorAfterConcept) {
      this.id = id;
      this.cause = cause;
      this.concepts = concepts;
      this.signals = signals;
      this.context = context;
      this.standalone = standalone;
      this.window = window;
      this.priority = priority;
      this.negatorAfterConcept = negatorAfterConcept;
    }
  }

  /** A term found in a sentence: token range (inclusive); part 0 whole, 1 prefix, 2 suffix. */
  record Occ(int term, int start, int end, int part) {}

  /** Words between a cessation cue and the old practice it ends ({@link #supersededOld}). */
  private static final int SUPERSEDED_WORDS = 6;

  /** Words from a benefit to the word of exceeding ({@link #positiveComparison}). */
  private static final int COMPARISON_WORDS = 4;

  private ConceptMatcher(Builder b) {
    this.version = b.version;
    this.terms = List.copyOf(b.terms);
    Map<String, List<Integer>> idx = new HashMap<>();
    List<Integer> compounds = new ArrayList<>();
    for (Term t : terms) {
      String key = (t.exact ? "=" : t.lang.name()) + "|" + t.toks[0];
      idx.computeIfAbsent(key, k -> new ArrayList<>()).add(t.id);
      if (t.lang.compounds()
          && !t.exact
          && !t.denied
          && t.toks.length == 1
          && t.text.length() >= 4) {
        compounds.add(t.id);
      }
    }
    Map<String, int[]> frozen = new HashMap<>();
    idx.forEach((k, v) -> frozen.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.index = frozen;
    this.compoundTerms = compounds.stream().mapToInt(Integer::intValue).toArray();
    this.skip = Set.copyOf(b.skip);
    this.contrast = Set.copyOf(b.contrast);
    this.hints = new EnumMap<>(b.hints);
    this.falseFriends = new EnumMap<>(b.falseFriends);
    this.compoundEndings = new EnumMap<>(b.compoundEndings);
    this.negation = b.negation;
    this.hypothetical = b.hypothetical;
    this.resolution = b.resolution;
    this.problemNouns = b.problemNouns;
    this.postNegation = b.postNegation;
    this.verbFinalNegation = b.verbFinalNegation;
    this.negationTail = b.negationTail;
    this.denial = b.denial;
    this.questionWords = b.questionWords;
    this.cessation = b.cessation;
    this.oldPractice = b.oldPractice;
    this.benefit = b.benefit;
    this.exceed = b.exceed;
    this.negationWindow = b.negationWindow;
    this.rules = List.copyOf(b.rules);
    this.termFeatures = termFeatures();
    BitSet pw = new BitSet();
    for (Rule r : rules) {
      pw.or(r.signals);
      pw.or(r.standalone);
    }
    this.problemWords = pw;
  }

  private String[][] termFeatures() {
    List<java.util.SortedSet<String>> f = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      f.add(new java.util.TreeSet<>());
    }
    for (Rule r : rules) {
      String c = "k:" + r.cause.code() + ":";
      r.concepts.stream().forEach(i -> f.get(i).add(c + "concept"));
      r.signals.stream().forEach(i -> f.get(i).add(c + "signal"));
      r.context.stream().forEach(i -> f.get(i).add(c + "context"));
      r.standalone.stream().forEach(i -> f.get(i).add(c + "standalone"));
    }
    Map<String, BitSet> cues = new LinkedHashMap<>();
    cues.put("negation", negation);
    cues.put("hypothetical", hypothetical);
    cues.put("resolution", resolution);
    cues.put("problem", problemNouns);
    cues.put("post_negation", postNegation);
    cues.put("denial", denial);
    cues.forEach((name, bits) -> bits.stream().forEach(i -> f.get(i).add("q:" + name)));
    String[][] out = new String[terms.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.get(i).toArray(new String[0]);
    }
    return out;
  }

  /**
   * The sentence as the features of the learned pass ({@link CauseModel}), each once: {@code w:}
   * and the Snowball stem of every word that is not a filler, in each language the sentence may be
   * in (numbers as {@code w:#}; one-letter words and the {@code language_hints} function words left
   * out: negation is a cue feature); for every concept-file term found (German compounds included),
   * {@code k:CAUSE:role} for each role it has in a rule of that cause (concept, signal, context,
   * standalone) and {@code q:cue} for the shared cues (negation, hypothetical, resolution, problem,
   * post_negation, denial). The concept lists are what lets the model see a synonym it was never
   * trained on; the stems are what it learned from the labelled sentences.
   */
  private boolean functionWord(String w) {
    for (Set<String> h : hints.values()) {
      if (h.contains(w)) {
        return true;
      }
    }
    return false;
  }

  public Set<String> features(String sentence) {
    return features(sentence, (word, occurrence) -> false);
  }

  /**
   * Which words of a sentence stand in a scope that says no live problem (a negation, a
   * hypothetical, a resolution), by folded word ({@link #fold}) and its occurrence in the sentence
   * (0 = first). {@code CauseMatcher} computes it with the regex rules' scope.
   */
  @FunctionalInterface
  public interface WordScope {
    boolean scoped(String foldedWord, int occurrence);
  }

  /** A word lower-cased and with its accents folded, as the tokens of a sentence are. */
  public static String fold(String word) {
    return Stems.fold(word);
  }

  /**
   * As {@link #features(String)}, with the words {@code scope} marks read as {@code n:stem} instead
   * of {@code w:stem}, and the concept-file roles of a term that starts on such a word as {@code
   * n:k:CAUSE:role} (a denied good state, {@code ~term}, keeps {@code k:}: its denial is the
   * problem). "The goalposts have not moved" then differs from "the goalposts moved".
   */
  public Set<String> features(String sentence, WordScope scope) {
    return features(sentence, scope, FeatureFamilies.NONE);
  }

  /**
   * As {@link #features(String, WordScope)}, with the families of {@code fam} added: {@code
   * b:stem_stem} for two neighbouring content words of a clause in each language (numbers as {@code
   * #}; {@code n:b:...} when either word is in scope), and {@code c:gram} for the character n-grams
   * of each long content word, padded with {@code <} and {@code >} ({@code n:c:...} in scope). Both
   * are linear in the sentence's length.
   */
  public Set<String> features(String sentence, WordScope scope, FeatureFamilies fam) {
    return features(sentence, scope, fam, f -> false);
  }

  /**
   * As {@link #features(String, WordScope, FeatureFamilies)}; with {@link
   * FeatureFamilies#charUnknownOnly()} a word gives character n-grams only when {@code known} holds
   * for none of its stem features ({@code w:stem} or {@code n:stem}, in any language of the
   * sentence): the model's vocabulary, or in training the stems seen often enough.
   */
  public Set<String> features(
      String sentence,
      WordScope scope,
      FeatureFamilies fam,
      java.util.function.Predicate<String> known) {
    Set<String> out = new java.util.TreeSet<>();
    if (sentence == null || sentence.isBlank()) {
      return out;
    }
    Tokens t = Tokens.of(sentence, skip, contrast);
    EnumSet<Lang> langs = languages(t);
    List<Occ> occs = find(t, langs);
    boolean[] scoped = ownScope(t, occs);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < t.size(); i++) {
      int k = seen.merge(t.fold.get(i), 1, Integer::sum) - 1;
      scoped[i] |= scope.scoped(t.fold.get(i), k);
    }
    int prev = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.skip.get(i)) {
        continue;
      }
      String w = t.fold.get(i);
      String prefix = scoped[i] ? "n:" : "w:";
      boolean number = w.chars().allMatch(Character::isDigit);
      if (number) {
        out.add(prefix + "#");
      } else if (w.length() < 2 || functionWord(w)) {
        continue;
      } else {
        for (Lang l : langs) {
          out.add(prefix + t.stems.get(i)[l.ordinal()]);
        }
      }
      if (fam.bigrams()) {
        if (prev >= 0 && t.clause.get(prev).equals(t.clause.get(i))) {
          String bp = scoped[prev] || scoped[i] ? "n:b:" : "b:";
          for (Lang l : langs) {
            out.add(bp + bigramPart(t, prev, l) + "_" + bigramPart(t, i, l));
          }
        }
        prev = i;
      }
      if (fam.charN() > 0
          && !number
          && w.length() >= fam.charMinLength()
          && !(fam.charUnknownOnly() && knownWord(t, i, langs, known))) {
        String cp = scoped[i] ? "n:c:" : "c:";
        String padded = "<" + w + ">";
        for (int k = 0; k + fam.charN() <= padded.length(); k++) {
          out.add(cp + padded.substring(k, k + fam.charN()));
        }
      }
    }
    for (Occ o : occs) {
      boolean inScope = scoped[o.start()] && !terms.get(o.term()).denied;
      for (String f : termFeatures[o.term()]) {
        out.add(inScope && f.startsWith("k:") ? "n:" + f : f);
      }
    }
    return out;
  }

  private static boolean knownWord(
      Tokens t, int i, EnumSet<Lang> langs, java.util.function.Predicate<String> known) {
    for (Lang l : langs) {
      String stem = t.stems.get(i)[l.ordinal()];
      if (known.test("w:" + stem) || known.test("n:" + stem)) {
        return true;
      }
    }
    return false;
  }

  private static String bigramPart(Tokens t, int i, Lang l) {
    String w = t.fold.get(i);
    return w.chars().allMatch(Character::isDigit) ? "#" : t.stems.get(i)[l.ordinal()];
  }

  /**
   * The words this matcher's own cues put out of reach, in every language of the sentence (the
   * regex rules' scope knows English cues only): at most {@code negation_window} words after a
   * {@code negation} cue in its clause ("i dati non sono arrivati"), the word right before a {@code
   * post_negation} cue that ends its clause ("we gebruiken de tool niet"), the words after a {@code
   * hypothetical} cue in its segment (as {@link #valid} reads them: "could not" and embedded
   * questions are no supposition), and the words before a resolution cue that is not itself denied
   * in their segment ("el acceso a los datos ya está resuelto").
   */
  private boolean[] ownScope(Tokens t, List<Occ> occs) {
    boolean[] out = new boolean[t.size()];
    for (Occ o : occs) {
      int id = o.term();
      for (int k = 0; k < t.size(); k++) {
        boolean sameClause = t.clause.get(k).equals(t.clause.get(o.start()));
        boolean sameSegment = t.segment.get(k).equals(t.segment.get(o.start()));
        if (negation.get(id)
            && sameClause
            && k > o.end()
            && t.pos[k] - t.pos[o.end()] <= negationWindow) {
          out[k] = true;
        }
        if (postNegation.get(id)
            && sameClause
            && k < o.start()
            && t.pos[o.start()] - t.pos[k] <= 1
            && endsClause(t, o)) {
          out[k] = true;
        }
        if (hypothetical.get(id)
            && sameSegment
            && k > o.end()
            && !followedByNegation(t, occs, o)
            && !embeddedQuestion(t, occs, o)) {
          out[k] = true;
        }
        if (resolution.get(id) && sameSegment && k < o.start() && !negated(t, occs, o)) {
          out[k] = true;
        }
      }
    }
    return out;
  }

  /**
   * A cue with no word after it in its clause: "we gebruiken de tool niet", not "die Daten wurden
   * nie geliefert" (there "nie" negates what follows).
   */
  private static boolean endsClause(Tokens t, Occ o) {
    for (int k = o.end() + 1; k < t.size(); k++) {
      if (!t.clause.get(k).equals(t.clause.get(o.end()))) {
        return true;
      }
      if (!t.skip.get(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the sentence has problem words of the concept files (a signal or standalone term of
   * any rule, not counting the negation words themselves) and every one of them is out of reach:
   * negated, hypothetical or resolved as {@link #match} reads them, or a denied good state ({@code
   * ~term}) that denies a problem noun right after it ("não há dúvida"); a good state nothing
   * denies counts neither way. "El delegado no ha rechazado el uso", "lo sponsor non ha lasciato",
   * "sem monitoramento, mas isso já foi resolvido" report no live problem in any language; a
   * sentence with no such word says nothing either way (false). The learned pass uses it as the
   * regex rules' scope is used: a guess on such a sentence is dropped.
   */
  public boolean reportsNoProblem(String sentence) {
    if (sentence == null || sentence.isBlank()) {
      return false;
    }
    Tokens t = Tokens.of(sentence, skip, contrast);
    List<Occ> occs = find(t, languages(t));
    if (goodNewsOnly(t, occs)) {
      return true;
    }
    boolean any = false;
    for (Occ o : outermost(occs)) {
      int id = o.term();
      if (!problemWords.get(id) || negation.get(id) || denial.get(id)) {
        continue;
      }
      Occ q = withDenier(t, occs, o);
      if (q == null) {
        continue; // a good state nothing denies ("users kept using Excel") says neither
      }
      any = true;
      if (valid(t, occs, o, o) && !(q != o && problemNounAfter(t, occs, q))) {
        return false;
      }
    }
    return any;
  }

  /**
   * Every problem word of the sentence stands in a clause that tells good news with problem words
   * (an old practice stopped, a benefit that exceeds): "De medewerkers gebruiken de oude
   * spreadsheet niet meer" reports no problem, also to the learned pass.
   */
  private boolean goodNewsOnly(Tokens t, List<Occ> occs) {
    boolean any = false;
    for (Occ o : outermost(occs)) {
      int id = o.term();
      if (!problemWords.get(id) || negation.get(id) || denial.get(id)) {
        continue;
      }
      if (!supersededOld(t, occs, o) && !positiveComparison(t, occs, o)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * A problem noun at most two words after a denied state: "não há dúvida", "no hay problemas", "we
   * don't have issues" deny the problem, not a good state.
   */
  private boolean problemNounAfter(Tokens t, List<Occ> occs, Occ q) {
    for (Occ o : occs) {
      if (problemNouns.get(o.term())
          && o.start() > q.end()
          && t.clause.get(o.start()).equals(t.clause.get(q.end()))
          && t.pos[o.start()] - t.pos[q.end()] <= 2) {
        return true;
      }
    }
    return false;
  }

  /** The matcher built from the files shipped in the jar. */
  public static ConceptMatcher loadDefault() {
    return load(
        name -> {
          InputStream in =
              ConceptMatcher.class.getClassLoader().getResourceAsStream(DEFAULT_DIR + name);
          if (in == null) {
            throw new ConfigException(DEFAULT_DIR + name, "", "not found on the classpath");
          }
          try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new ConfigException(DEFAULT_DIR + name, "", "cannot read: " + e.getMessage());
          }
        });
  }

  /** The matcher built from {@code shared.json} and one file per cause in {@code dir}. */
  public static ConceptMatcher load(Path dir) {
    return load(
        name -> {
          Path p = dir.resolve(name);
          try {
            return Files.readString(p, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new ConfigException(p.toString(), "", "cannot read: " + e.getMessage());
          }
        });
  }

  /** Reads the named files through {@code files} (file name to its text). */
  static ConceptMatcher load(java.util.function.Function<String, String> files) {
    Builder b = new Builder();
    b.shared(SHARED_FILE, files.apply(SHARED_FILE));
    for (Cause c : Cause.values()) {
      if (c != Cause.UNKNOWN) {
        String name = fileName(c);
        b.causeFile(name, c, files.apply(name));
      }
    }
    return new ConceptMatcher(b);
  }

  /** The concept file of a cause: its code in lower case, ".json". */
  public static String fileName(Cause c) {
    return c.code().toLowerCase(Locale.ROOT) + ".json";
  }

  /** Version string of the shared file (goes with rules_version in outputs). */
  public String version() {
    return version;
  }

  /** Rule ids in load order. */
  public List<String> ruleIds() {
    List<String> out = new ArrayList<>();
    for (Rule r : rules) {
      out.add(r.id);
    }
    return out;
  }

  /**
   * Concept hits on one sentence: at most one per cause (the first rule of the cause's file that
   * fires), in {@link Cause} order. Empty for null or blank input. The caller splits text into
   * sentences; clauses are split here.
   */
  public List<ConceptHit> match(String sentence) {
    List<ConceptHit> out = new ArrayList<>();
    for (Ranked r : ranked(sentence)) {
      out.add(r.hit());
    }
    return out;
  }

  /**
   * A concept hit with the strength of its evidence within its sentence: the rule's {@code
   * priority} (a rule file marks a reading that explains the words another cause's concept would
   * take, such as a ratio of records that lack a field: "52 % des postes n'ont pas de date" is
   * about the records, not the staff), and {@code gap}, the words between the problem signal and
   * the concept (0 for a standalone phrase), reported for inspection. Only the priority ranks:
   * nearness was measured as a tie-break and did not generalise (eval/TUNING.md, round q9).
   */
  public record Ranked(ConceptHit hit, int priority, int gap) {
    /** Whether this hit is stronger evidence than {@code o}: a higher rule priority. */
    public boolean strongerThan(Ranked o) {
      return priority > o.priority;
    }
  }

  /** {@link #match} with each hit's {@link Ranked} strength, in {@link Cause} order. */
  public List<Ranked> ranked(String sentence) {
    if (sentence == null || sentence.isBlank()) {
      return List.of();
    }
    Tokens t = Tokens.of(sentence, skip, contrast);
    if (t.size() == 0) {
      return List.of();
    }
    List<Occ> occs = find(t, languages(t));
    if (occs.isEmpty()) {
      return List.of();
    }
    List<Occ> outer = outermost(occs);
    Lang lead = leadLanguage(t);
    BitSet present = new BitSet();
    for (Occ o : outer) {
      present.set(o.term());
    }
    EnumMap<Cause, Ranked> hits = new EnumMap<>(Cause.class);
    String excerpt = sentence.strip();
    for (Rule r : rules) {
      boolean candidate =
          r.standalone.intersects(present)
              || (r.signals.intersects(present) && r.concepts.intersects(present));
      if (candidate && !hits.containsKey(r.cause)) {
        Ranked h = tryRule(r, t, outer, occs, sentence, excerpt, lead);
        if (h != null) {
          hits.put(r.cause, h);
        }
      }
    }
    return List.copyOf(hits.values());
  }

  /**
   * Occurrences not strictly inside a longer one: "data engineers" is people, not data; "model
   * risk" is governance, not a model. Cues and context still see every occurrence. A denied-only
   * term stays when the longer one is just its own denial ("not granted" around "~granted"), so
   * rules that list only the good state still see it.
   */
  private List<Occ> outermost(List<Occ> occs) {
    List<Occ> out = new ArrayList<>(occs.size());
    for (Occ o : occs) {
      boolean inner = false;
      for (Occ p : occs) {
        if (p != o
            && p.start() <= o.start()
            && o.end() <= p.end()
            && (p.end() - p.start() > o.end() - o.start()
                // a part of a compound yields to a term that is the whole word: "Betrieb" in
                // "Betriebsvereinbarung" (works agreement) is not the operations concept
                || p.start() == o.start() && p.end() == o.end() && p.part() == 0 && o.part() != 0)
            && !(terms.get(o.term()).denied && p.end() == o.end() && opensWithDenier(occs, p))) {
          inner = true;
          break;
        }
      }
      if (!inner) {
        out.add(o);
      }
    }
    return out;
  }

  private boolean opensWithDenier(List<Occ> occs, Occ p) {
    for (Occ o : occs) {
      if (o.start() == p.start()
          && o.end() < p.end()
          && (negation.get(o.term()) || denial.get(o.term()))) {
        return true;
      }
    }
    return false;
  }

  private Ranked tryRule(
      Rule r,
      Tokens t,
      List<Occ> roles,
      List<Occ> occs,
      String sentence,
      String excerpt,
      Lang lead) {
    for (Occ o : roles) {
      Occ q = withDenier(t, occs, o);
      if (r.standalone.get(o.term())
          && q != null
          && !deniedPhrase(t, occs, o)
          && valid(t, occs, o, o)) {
        String w = quote(t, sentence, q);
        return new Ranked(new ConceptHit(r.cause, r.id, w, w, excerpt), r.priority, 0);
      }
    }
    for (Occ s : roles) {
      if (!r.signals.get(s.term())) {
        continue;
      }
      for (Occ c : roles) {
        if (!r.concepts.get(c.term()) || !sameClause(t, s, c) || overlap(s, c)) {
          continue;
        }
        if (gap(t, s, c) > r.window || destination(s, c)) {
          continue;
        }
        if (negation.get(s.term())
            && r.negatorAfterConcept
            && c.end() < s.start()
            && !problemRightAfter(t, occs, s)) {
          // "40% of stays have no room type": the negator follows the ratio it qualifies
        } else if (negation.get(s.term())
            && (!determinerApplies(t, occs, s, c) || notADeterminerIn(lead, s))) {
          continue;
        }
        if (opensWithNegation(occs, s) && problemFollows(t, occs, s, c)) {
          continue; // "no hay problemas con los datos": the problems are denied, not the data
        }
        Occ q = withDenier(t, occs, s);
        if (q == null || (q != s && deniesProblem(t, occs, s, c))) {
          continue;
        }
        if (!r.context.isEmpty() && !hasContext(t, occs, r.context, s)) {
          continue;
        }
        if (valid(t, occs, s, c)) {
          return new Ranked(
              new ConceptHit(r.cause, r.id, quote(t, sentence, c), quote(t, sentence, q), excerpt),
              r.priority,
              gap(t, s, c));
        }
      }
    }
    return null;
  }

  /**
   * A signal ending in a preposition of direction ("moved to", "handed over to", "transféré à")
   * names a destination after it (also "pasó a", "passato a", "foi para", "overgestapt naar"):
   * "moved to the CRM team" says where work went, not who left, so it pairs only with a concept
   * before it ("the sponsorship moved to the digital office").
   */
  private boolean destination(Occ s, Occ c) {
    String text = terms.get(s.term()).text;
    String last = text.substring(text.lastIndexOf(' ') + 1);
    return c.start() > s.end() && DIRECTIONS.contains(last);
  }

  private static final Set<String> DIRECTIONS =
      Set.of("to", "into", "zu", "nach", "a", "vers", "al", "para", "alla", "ao", "verso", "naar");

  /**
   * A signal that is itself a negator ("no", "kein", "sans", "without") names an absence only right
   * before its concept ("no labelled data"), and not when a problem noun follows the concept: "no
   * data issues" denies the issues, not the data.
   */
  private boolean determinerApplies(Tokens t, List<Occ> occs, Occ s, Occ c) {
    if (s.end() >= c.start() || gap(t, s, c) > 2) {
      return false;
    }
    for (Occ o : occs) {
      if (!problemNouns.get(o.term()) || !t.clause.get(o.start()).equals(t.clause.get(c.end()))) {
        continue;
      }
      boolean between = o.start() > s.end() && o.end() < c.start();
      boolean after = o.start() > c.end() && t.pos[o.start()] - t.pos[c.end()] <= 3;
      if (between || after || compoundHead(o, c)) {
        return false;
      }
    }
    for (Occ o : occs) {
      if (c.part() == 1 && o.part() == 2 && o.start() == c.start()) {
        return false; // "geen kennistekort", "keine Datenlücken": the negator denies the compound
      }
    }
    return true;
  }

  /**
   * English "no" is a determiner ("no labelled data"); in a sentence written in Spanish it negates
   * the verb ("no ha rechazado el uso") and in Portuguese it means "in the": an English negator
   * that is a function word of the sentence's leading language names no absence.
   */
  private boolean notADeterminerIn(Lang lead, Occ s) {
    Term term = terms.get(s.term());
    return term.lang == Lang.EN
        && lead != Lang.EN
        && hints.getOrDefault(lead, Set.of()).contains(term.text);
  }

  /**
   * The language with the most function words in the sentence ({@code language_hints}), English on
   * a tie with it.
   */
  private Lang leadLanguage(Tokens t) {
    Lang lead = Lang.EN;
    int best = 0;
    for (Lang l : Lang.values()) {
      int n = 0;
      for (String w : t.fold) {
        if (hints.getOrDefault(l, Set.of()).contains(w)) {
          n++;
        }
      }
      if (n > best) {
        best = n;
        lead = l;
      }
    }
    return lead;
  }

  /** "keine Datenprobleme", "geen dataproblemen": the problem noun is the head of the concept. */
  private static boolean compoundHead(Occ problem, Occ c) {
    return problem.part() == 2 && c.part() == 1 && problem.start() == c.start();
  }

  /** A signal phrase that opens with a negation word: "no hay", "non c'è", "not available". */
  private boolean opensWithNegation(List<Occ> occs, Occ s) {
    for (Occ o : occs) {
      if (negation.get(o.term()) && o.start() == s.start() && o.end() < s.end()) {
        return true;
      }
    }
    return false;
  }

  /** A problem noun at most two words after {@code s}, in its clause. */
  private boolean problemRightAfter(Tokens t, List<Occ> occs, Occ s) {
    for (Occ o : occs) {
      if (problemNouns.get(o.term())
          && o.start() > s.end()
          && t.clause.get(o.start()).equals(t.clause.get(s.end()))
          && t.pos[o.start()] - t.pos[s.end()] <= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * A problem noun between a negated signal and its concept, or at most three words after a concept
   * the signal precedes ("no hay problemas con los datos", "not had any data issues"), or as the
   * head of the concept's compound: the negation denies the problem.
   */
  private boolean problemFollows(Tokens t, List<Occ> occs, Occ s, Occ c) {
    for (Occ o : occs) {
      if (!problemNouns.get(o.term()) || !t.clause.get(o.start()).equals(t.clause.get(c.end()))) {
        continue;
      }
      boolean between = o.start() > s.end() && o.end() < c.start();
      boolean after =
          s.end() < c.start() && o.start() > c.end() && t.pos[o.start()] - t.pos[c.end()] <= 3;
      if (between || after || compoundHead(o, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A "~term" (a good state: approved, available, trusted, used) counts only when denied: a
   * negation or a {@code denial} word ("lack of", "failed to") at most {@code negation_window}
   * words before it in its clause ("was never approved", "nobody trusts", "no agreement"), or a
   * {@code post_negation} word after it, as German and French put it ("nutzen das Tool nicht", "ne
   * supporte pas"). Returns the span to quote (the term with its negation), the occurrence itself
   * for other terms, or null when not denied.
   */
  private Occ withDenier(Tokens t, List<Occ> occs, Occ s) {
    if (!terms.get(s.term()).denied) {
      return s;
    }
    for (Occ o : occs) {
      if (o == s || overlap(o, s) || !t.clause.get(o.start()).equals(t.clause.get(s.start()))) {
        continue;
      }
      if ((negation.get(o.term()) || denial.get(o.term()))
          && o.end() < s.start()
          && t.pos[s.start()] - t.pos[o.end()] <= negationWindow) {
        return new Occ(s.term(), o.start(), s.end(), 0);
      }
      if (postNegation.get(o.term())
          && o.start() > s.end()
          && t.pos[o.start()] - t.pos[s.end()] <= negationWindow) {
        return new Occ(s.term(), s.start(), o.end(), 0);
      }
    }
    return null;
  }

  /**
   * "We don't have any data issues": a denied good state whose concept is followed by a problem
   * noun denies the problem, not the concept.
   */
  private boolean deniesProblem(Tokens t, List<Occ> occs, Occ s, Occ c) {
    for (Occ o : occs) {
      if (!problemNouns.get(o.term()) || !t.clause.get(o.start()).equals(t.clause.get(c.end()))) {
        continue;
      }
      boolean after = o.start() > c.end() && t.pos[o.start()] - t.pos[c.end()] <= 3;
      boolean between =
          o.start() > Math.min(s.end(), c.end()) && o.end() < Math.max(s.start(), c.start());
      if (after || between || compoundHead(o, c)) {
        return true;
      }
    }
    return false;
  }

  /** "No integration blockers": a phrase that opens with a negator and is followed by a problem. */
  private boolean deniedPhrase(Tokens t, List<Occ> occs, Occ p) {
    boolean opensNegated = false;
    for (Occ o : occs) {
      if (negation.get(o.term()) && o.start() == p.start() && o.end() < p.end()) {
        opensNegated = true;
      }
    }
    if (!opensNegated) {
      return false;
    }
    for (Occ o : occs) {
      if (problemNouns.get(o.term())
          && o.start() > p.end()
          && t.clause.get(o.start()).equals(t.clause.get(p.end()))
          && t.pos[o.start()] - t.pos[p.end()] <= 2) {
        return true;
      }
    }
    return false;
  }

  private boolean hasContext(Tokens t, List<Occ> occs, BitSet context, Occ s) {
    for (Occ o : occs) {
      if (context.get(o.term()) && t.clause.get(o.start()).equals(t.clause.get(s.start()))) {
        return true;
      }
    }
    return false;
  }

  /** Not negated, not hypothetical, not resolved. */
  private boolean valid(Tokens t, List<Occ> occs, Occ s, Occ c) {
    int seg = t.segment.get(s.start());
    if (t.questionSegment.get(s.start())) {
      return false;
    }
    for (Occ o : occs) {
      if (o == s || o == c || overlap(o, s) || overlap(o, c)) {
        continue;
      }
      boolean denied = terms.get(s.term()).denied;
      if (!denied
          && negation.get(o.term())
          && t.clause.get(o.start()).equals(t.clause.get(s.start()))
          && o.end() < s.start()
          && t.pos[s.start()] - t.pos[o.end()] <= negationWindow) {
        return false;
      }
      // German and French deny after the verb: "die Daten fehlen nicht", "ne manque pas"
      if (!denied
          && postNegation.get(o.term())
          && t.clause.get(o.start()).equals(t.clause.get(s.end()))
          && o.start() > s.end()
          && t.pos[o.start()] - t.pos[s.end()] <= 1
          && !beforeFinalVerb(t, occs, o, s)) {
        return false;
      }
      int oseg = t.segment.get(o.start());
      if (oseg == seg
          && hypothetical.get(o.term())
          && !followedByNegation(t, occs, o)
          && !embeddedQuestion(t, occs, o)) {
        return false;
      }
      // "we lacked a baseline, but that was fixed": a resolution reaches back over a contrast
      if (oseg >= seg && resolution.get(o.term()) && !negated(t, occs, o)) {
        return false;
      }
    }
    return !supersededOld(t, occs, s) && !positiveComparison(t, occs, s);
  }

  /**
   * "El personal dejó de usar la hoja de cálculo antigua", "nutzen die alte Excel-Liste nicht
   * mehr", "stopped retraining by hand": a cessation cue ({@code superseded.stop}) and a marker of
   * the old or manual practice ({@code superseded.old}) within {@code SUPERSEDED_WORDS} words of
   * each other in the signal's clause report that an old practice ended, which is good news, in any
   * order (German and Dutch say "nicht mehr" after the object).
   */
  private boolean supersededOld(Tokens t, List<Occ> occs, Occ s) {
    Integer clause = t.clause.get(s.start());
    for (Occ a : occs) {
      if (!cessation.get(a.term()) || !t.clause.get(a.start()).equals(clause)) {
        continue;
      }
      for (Occ b : occs) {
        if (oldPractice.get(b.term())
            && t.clause.get(b.start()).equals(clause)
            && Math.abs(t.pos[b.start()] - t.pos[a.start()]) <= SUPERSEDED_WORDS) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "Los ahorros reales superan los del caso de negocio", "savings exceed the business case": a
   * benefit ({@code positive_comparison.benefit}) at most {@code COMPARISON_WORDS} words before a
   * word of exceeding ({@code positive_comparison.exceed}) in the signal's clause is a positive
   * comparison. The other order ("running costs exceed the savings") stays a problem.
   */
  private boolean positiveComparison(Tokens t, List<Occ> occs, Occ s) {
    Integer clause = t.clause.get(s.start());
    for (Occ e : occs) {
      if (!exceed.get(e.term()) || !t.clause.get(e.start()).equals(clause)) {
        continue;
      }
      for (Occ b : occs) {
        if (benefit.get(b.term())
            && b.end() < e.start()
            && t.clause.get(b.start()).equals(clause)
            && t.pos[e.start()] - t.pos[b.end()] <= COMPARISON_WORDS) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "nobody designed how it would run", "no one said what the business would do": a cue inside an
   * embedded question (a question word at most two words before it) reports what is missing; it is
   * not a supposition. A question word that opens its clause ("what would we do if ...") asks a
   * real question and does not count.
   */
  private boolean embeddedQuestion(Tokens t, List<Occ> occs, Occ h) {
    for (Occ o : occs) {
      boolean opensClause =
          o.start() == 0 || !t.clause.get(o.start() - 1).equals(t.clause.get(o.start()));
      if (questionWords.get(o.term())
          && !opensClause
          && o.end() < h.start()
          && t.clause.get(o.start()).equals(t.clause.get(h.start()))
          && t.pos[h.start()] - t.pos[o.end()] <= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * A German negation ({@code verb_final_negation}: "nicht") right after a noun (written with a
   * capital, as German nouns are) and followed by one word that ends its clause, the verb-final
   * participle or infinitive it negates: "MLE-Stelle wegen Einstellungsstopp nicht nachbesetzt"
   * denies the refilling, not the hiring freeze before it. Not when that word is a {@code
   * negation_tail} ("nicht mehr", "niet meer"). French "pas" is not listed: "ne manque pas de
   * données" still denies the verb before it.
   */
  private boolean beforeFinalVerb(Tokens t, List<Occ> occs, Occ neg, Occ signal) {
    if (!verbFinalNegation.get(neg.term())) {
      return false;
    }
    int at = t.span.get(signal.end())[0];
    if (at >= t.text.length() || !Character.isUpperCase(t.text.charAt(at))) {
      return false; // after a verb or an adverb the negation is the verb's: "fehlen nicht"
    }
    int k = neg.end() + 1;
    if (k >= signal.start() && k <= signal.end()) {
      return false; // the final verb is the signal itself: "hat sich nicht geändert"
    }
    if (k >= t.size()
        || !t.clause.get(k).equals(t.clause.get(neg.end()))
        || (k + 1 < t.size() && t.clause.get(k + 1).equals(t.clause.get(k)))) {
      return false;
    }
    for (Occ o : occs) {
      if (o.start() <= k && k <= o.end() && (negationTail.get(o.term()) || o != neg)) {
        return false; // a word of the vocabulary: "nicht geändert" is the signal denied
      }
    }
    return true;
  }

  /** "could not", "would not": a report, not a supposition. */
  private boolean followedByNegation(Tokens t, List<Occ> occs, Occ h) {
    for (Occ o : occs) {
      if (negation.get(o.term()) && o.start() > h.end() && t.pos[o.start()] - t.pos[h.end()] <= 1) {
        return true;
      }
    }
    return false;
  }

  /** "not resolved", "never approved": the resolution cue is itself denied. */
  private boolean negated(Tokens t, List<Occ> occs, Occ r) {
    for (Occ o : occs) {
      if (negation.get(o.term())
          && o.end() < r.start()
          && t.clause.get(o.start()).equals(t.clause.get(r.start()))
          && t.pos[r.start()] - t.pos[o.end()] <= negationWindow) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameClause(Tokens t, Occ a, Occ b) {
    return t.clause.get(a.start()).equals(t.clause.get(b.start()));
  }

  /** Overlapping spans, except two different parts of one compound word. */
  private static boolean overlap(Occ a, Occ b) {
    boolean over = a.start() <= b.end() && b.start() <= a.end();
    if (over
        && a.start() == a.end()
        && a.start() == b.start()
        && b.start() == b.end()
        && a.part() != 0
        && b.part() != 0
        && a.part() != b.part()) {
      return false;
    }
    return over;
  }

  /** Words (not counting fillers) strictly between two spans. */
  private static int gap(Tokens t, Occ a, Occ b) {
    Occ first = a.start() <= b.start() ? a : b;
    Occ second = first == a ? b : a;
    if (second.start() <= first.end()) {
      return 0;
    }
    int n = 0;
    for (int k = first.end() + 1; k < second.start(); k++) {
      if (!t.skip.get(k)) {
        n++;
      }
    }
    return n;
  }

  private static String quote(Tokens t, String sentence, Occ o) {
    return sentence.substring(t.span.get(o.start())[0], t.span.get(o.end())[1]);
  }

  /**
   * English terms always apply; German and French terms apply when the sentence has at least as
   * many of that language's function words as English ones, or none of any language (a bare
   * "Datenzugriff fehlt"). This keeps a French stem from firing on an English word. Spanish,
   * Italian, Portuguese and Dutch share many short words with each other and with French ("de",
   * "la", "se", "que"), so each of those applies only when no other language but English has more
   * function words in the sentence (ties: each of them), again with at least as many as English, or
   * when the sentence has none: Italian "se" (if) is then no cue in a Spanish "se retrasó" (was
   * delayed), and a Spanish stem does not read a French sentence.
   */
  private EnumSet<Lang> languages(Tokens t) {
    EnumMap<Lang, Integer> score = new EnumMap<>(Lang.class);
    for (Lang l : Lang.values()) {
      score.put(l, 0);
    }
    for (String w : t.fold) {
      for (Lang l : Lang.values()) {
        if (hints.getOrDefault(l, Set.of()).contains(w)) {
          score.merge(l, 1, Integer::sum);
        }
      }
    }
    EnumSet<Lang> out = EnumSet.of(Lang.EN);
    int en = score.get(Lang.EN);
    boolean none = score.values().stream().allMatch(v -> v == 0);
    int lead = 0;
    int leadOfNew = 0;
    for (Lang l : Lang.values()) {
      if (l != Lang.EN) {
        lead = Math.max(lead, score.get(l));
      }
      if (l.romanceOrDutch()) {
        leadOfNew = Math.max(leadOfNew, score.get(l));
      }
    }
    for (Lang l : Lang.values()) {
      if (l == Lang.EN) {
        continue;
      }
      int v = score.get(l);
      // German and French as before, unless one of the four later languages has more
      boolean leads = l.romanceOrDutch() ? v == lead : v >= leadOfNew;
      if (none || (v > 0 && v >= en && leads)) {
        out.add(l);
      }
    }
    return out;
  }

  private List<Occ> find(Tokens t, EnumSet<Lang> langs) {
    List<Occ> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < t.size(); i++) {
      // Italian and Portuguese "data" is a date: no one-word term (English "data", Italian
      // "dato" by its stem) reads it there
      boolean friend = falseFriend(t.fold.get(i), langs);
      for (Lang l : langs) {
        addMatches(
            t, i, index.get(l.name() + "|" + t.stems.get(i)[l.ordinal()]), out, seen, friend);
      }
      addMatches(t, i, index.get("=|" + t.fold.get(i)), out, seen);
      if ((langs.contains(Lang.DE) || langs.contains(Lang.NL))
          && !t.skip.get(i)
          && t.fold.get(i).length() >= 7) {
        compounds(t, i, langs, out, seen);
      }
    }
    return out;
  }

  /** Whether a language the sentence is read in lists {@code word} in {@code false_friends}. */
  private boolean falseFriend(String word, EnumSet<Lang> langs) {
    for (Lang l : langs) {
      if (falseFriends.getOrDefault(l, Set.of()).contains(word)) {
        return true;
      }
    }
    return false;
  }

  private void addMatches(Tokens t, int i, int[] ids, List<Occ> out, Set<Long> seen) {
    addMatches(t, i, ids, out, seen, false);
  }

  /** With {@code multiWordOnly}, a one-word term at i is not matched (a false friend). */
  private void addMatches(
      Tokens t, int i, int[] ids, List<Occ> out, Set<Long> seen, boolean multiWordOnly) {
    if (ids == null) {
      return;
    }
    for (int id : ids) {
      Term term = terms.get(id);
      if (multiWordOnly && term.toks.length == 1) {
        continue;
      }
      int end = matchAt(t, i, term);
      if (end >= 0 && seen.add(((long) id << 20) | i)) {
        out.add(new Occ(id, i, end, 0));
      }
    }
  }

  /** End token of {@code term} starting at token i, stepping over filler words; -1 if none. */
  private static int matchAt(Tokens t, int i, Term term) {
    int j = i + 1;
    int k = 1;
    int clause = t.clause.get(i);
    while (k < term.toks.length) {
      if (j >= t.size() || t.clause.get(j) != clause) {
        return -1;
      }
      if (tokenIs(t, j, term, k)) {
        k++;
        j++;
      } else if (t.skip.get(j)) {
        j++;
      } else {
        return -1;
      }
    }
    return j - 1;
  }

  private static boolean tokenIs(Tokens t, int j, Term term, int k) {
    return term.exact
        ? t.fold.get(j).equals(term.toks[k])
        : t.stems.get(j)[term.lang.ordinal()].equals(term.toks[k]);
  }

  /**
   * German and Dutch compounds: a term as the first part of a token ("Datenzugriff" starts with
   * "daten") or as its head, allowing an inflection ending of up to four letters ("Budgetkürzungen"
   * ends with "kürzung" + "en"; "klantgegevens" ends with "gegeven" + "s"). Snowball stems a
   * compound differently from its head, so the head is found by the term's stem (or its word when
   * the stem is shorter than four letters) near the end.
   */
  private void compounds(Tokens t, int i, EnumSet<Lang> langs, List<Occ> out, Set<Long> seen) {
    for (Occ o : out) {
      if (o.start() == i && o.end() == i) {
        return; // the whole word is a term ("Datenschutz"): do not also read its parts
      }
    }
    String word = t.fold.get(i);
    int prefix = -1;
    int suffix = -1;
    for (int id : compoundTerms) {
      Term term = terms.get(id);
      if (!langs.contains(term.lang)) {
        continue;
      }
      String surface = term.text;
      if (word.length() - surface.length() >= 3 && word.startsWith(surface)) {
        if (prefix < 0 || surface.length() > terms.get(prefix).text.length()) {
          prefix = id;
        }
        continue;
      }
      String head = term.toks[0].length() >= 4 ? term.toks[0] : surface;
      // Dutch participles start with "ge": "gepland" ends with "land", so Dutch heads need five
      int at = head.length() >= (term.lang == Lang.NL ? 5 : 4) ? word.lastIndexOf(head) : -1;
      // after the head only an inflection ending ("Budgetkürzung" + "en"): "Empfehlung"
      // (recommendation) is not "fehl" (missing) + "ung"
      if (at >= 3
          && inflected(term, head, word.substring(at + head.length()))
          && (suffix < 0 || head.length() > headOf(terms.get(suffix)).length())) {
        suffix = id;
      }
    }
    // the longest first part and the longest head win: "Datenschutzprüfung" is Datenschutz, not
    // Daten
    if (prefix >= 0 && seen.add(((long) prefix << 20) | i)) {
      out.add(new Occ(prefix, i, i, 1));
    }
    if (suffix >= 0 && seen.add(((long) suffix << 20) | i)) {
      out.add(new Occ(suffix, i, i, 2));
    }
  }

  /**
   * Whether {@code rest}, what follows a compound's head in the word, is an inflection of the term:
   * one of the language's {@code compound_endings}, after the part of the term's own word that its
   * stem left off ("Versionierung" stems to "versionier": "Modellversionierung" + "en" is fine).
   */
  private boolean inflected(Term term, String head, String rest) {
    Set<String> endings = compoundEndings.getOrDefault(term.lang, Set.of());
    if (endings.contains(rest)) {
      return true;
    }
    String surface = term.text;
    if (surface.startsWith(head) && surface.length() > head.length()) {
      String own = surface.substring(head.length());
      return rest.startsWith(own) && endings.contains(rest.substring(own.length()));
    }
    return false;
  }

  private static String headOf(Term term) {
    return term.toks[0].length() >= 4 ? term.toks[0] : term.text;
  }

  /** Collects and compiles the files. */
  private static final class Builder {
    private static final ObjectMapper JSON = new ObjectMapper();
    String version = "";
    final List<Term> terms = new ArrayList<>();
    final Map<String, Integer> termIds = new HashMap<>();
    final Set<String> skip = new HashSet<>();
    final Set<String> contrast = new HashSet<>();
    final Map<Lang, Set<String>> hints = new EnumMap<>(Lang.class);
    final Map<Lang, Set<String>> falseFriends = new EnumMap<>(Lang.class);
    final Map<Lang, Set<String>> compoundEndings = new EnumMap<>(Lang.class);
    final Map<String, JsonNode> sharedLists = new LinkedHashMap<>();
    BitSet negation;
    BitSet hypothetical;
    BitSet resolution;
    BitSet problemNouns;
    BitSet postNegation;
    BitSet verbFinalNegation;
    BitSet negationTail;
    BitSet denial;
    BitSet questionWords;
    BitSet cessation = new BitSet();
    BitSet oldPractice = new BitSet();
    BitSet benefit = new BitSet();
    BitSet exceed = new BitSet();
    int window = 5;
    int negationWindow = 3;
    final List<Rule> rules = new ArrayList<>();
    final Set<String> ruleIds = new HashSet<>();

    private JsonNode parse(String file, String text) {
      try {
        JsonNode n = JSON.readTree(text);
        if (n == null || !n.isObject()) {
          throw new ConfigException(file, "", "expected a JSON object");
        }
        return n;
      } catch (IOException e) {
        throw new ConfigException(file, "", "not valid JSON: " + oneLine(e.getMessage()));
      }
    }

    void shared(String file, String text) {
      JsonNode n = parse(file, text);
      closedKeys(file, "", n, SHARED_KEYS);
      version = requiredText(file, n, "version");
      window = optInt(file, n, "window", 5);
      negationWindow = optInt(file, n, "negation_window", 3);
      // filler and contrast words first: term compilation needs them
      for (String w : words(file, n, "skip")) {
        skip.add(Stems.fold(w));
      }
      for (String w : words(file, n, "contrast")) {
        contrast.add(w); // as written ("però", "néanmoins") ...
        contrast.add(Stems.fold(w)); // ... and as typed without accents ("pero", "neanmoins")
      }
      perLanguage(file, n, "language_hints", l -> true, "en, de, fr, es, it, pt, nl", hints);
      perLanguage(
          file, n, "false_friends", l -> l != Lang.EN, "de, fr, es, it, pt, nl", falseFriends);
      perLanguage(
          file,
          n,
          "compound_endings",
          Lang::compounds,
          "a language that compounds: de, nl",
          compoundEndings);
      JsonNode lists = n.path("lists");
      for (Iterator<String> it = lists.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        sharedLists.put(k, lists.get(k));
      }
      Map<String, JsonNode> none = Map.of();
      negation = termList(file, "negation", n.get("negation"), none);
      hypothetical = termList(file, "hypothetical", n.get("hypothetical"), none);
      resolution = termList(file, "resolution", n.get("resolution"), none);
      problemNouns = termList(file, "problem_nouns", n.get("problem_nouns"), none);
      postNegation = termList(file, "post_negation", n.get("post_negation"), none);
      verbFinalNegation =
          n.has("verb_final_negation")
              ? termList(file, "verb_final_negation", n.get("verb_final_negation"), none)
              : new BitSet();
      negationTail =
          n.has("negation_tail")
              ? termList(file, "negation_tail", n.get("negation_tail"), none)
              : new BitSet();
      denial = termList(file, "denial", n.get("denial"), none);
      questionWords = termList(file, "question_words", n.get("question_words"), none);
      // Unrelated senses belong to no rule: a concept or signal inside one is not outermost.
      if (n.has("unrelated")) {
        termList(file, "unrelated", n.get("unrelated"), none);
      }
      // Good news told with problem words: an old practice stopped, a benefit that exceeds.
      if (n.has("superseded")) {
        closedKeys(file, "superseded.", n.get("superseded"), Set.of("stop", "old"));
        cessation = termList(file, "superseded.stop", n.get("superseded").get("stop"), none);
        oldPractice = termList(file, "superseded.old", n.get("superseded").get("old"), none);
      }
      if (n.has("positive_comparison")) {
        JsonNode pc = n.get("positive_comparison");
        closedKeys(file, "positive_comparison.", pc, Set.of("benefit", "exceed"));
        benefit = termList(file, "positive_comparison.benefit", pc.get("benefit"), none);
        exceed = termList(file, "positive_comparison.exceed", pc.get("exceed"), none);
      }
      for (String k : sharedLists.keySet()) {
        termList(file, "lists." + k, sharedLists.get(k), none); // validate every shared list
      }
    }

    void causeFile(String file, Cause expected, String text) {
      JsonNode n = parse(file, text);
      closedKeys(file, "", n, CAUSE_KEYS);
      String code = requiredText(file, n, "cause");
      if (!code.equals(expected.code())) {
        throw new ConfigException(
            file,
            "cause",
            "is "
                + code
                + ", expected "
                + expected.code()
                + " (one file per cause, named after its code)");
      }
      Map<String, JsonNode> local = new LinkedHashMap<>();
      JsonNode lists = n.path("lists");
      for (Iterator<String> it = lists.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        local.put(k, lists.get(k));
      }
      JsonNode rs = n.get("rules");
      if (rs == null || !rs.isArray() || rs.isEmpty()) {
        throw new ConfigException(file, "rules", "expected a non-empty array of rules");
      }
      String prefix = RULE_PREFIX + expected.code().toLowerCase(Locale.ROOT) + ".";
      for (int i = 0; i < rs.size(); i++) {
        JsonNode r = rs.get(i);
        String key = "rules[" + i + "]";
        if (!r.isObject()) {
          throw new ConfigException(file, key, "expected an object");
        }
        closedKeys(file, key + ".", r, RULE_KEYS);
        String id = requiredText(file, r, "id");
        if (!id.matches("[a-z0-9_]+")) {
          throw new ConfigException(file, key + ".id", "use lower case, digits and _ only");
        }
        String ruleId = prefix + id;
        if (!ruleIds.add(ruleId)) {
          throw new ConfigException(file, key + ".id", "duplicate rule id " + ruleId);
        }
        BitSet concepts = termList(file, key + ".concepts", r.get("concepts"), local);
        BitSet signals = termList(file, key + ".signals", r.get("signals"), local);
        BitSet context = termList(file, key + ".context", r.get("context"), local);
        BitSet standalone = termList(file, key + ".standalone", r.get("standalone"), local);
        if (concepts.isEmpty() != signals.isEmpty()) {
          throw new ConfigException(file, key, "concepts and signals go together");
        }
        if (concepts.isEmpty() && standalone.isEmpty()) {
          throw new ConfigException(file, key, "needs concepts and signals, or standalone");
        }
        rules.add(
            new Rule(
                ruleId,
                expected,
                concepts,
                signals,
                context,
                standalone,
                optInt(file, r, "window", window),
                optInt(file, r, "priority", 0),
                r.path("negator_after_concept").asBoolean(false)));
      }
    }

    /** A term list: {"en": [...], "de": [...], "fr": [...]} or [...] (English); "@name" refs. */
    BitSet termList(String file, String key, JsonNode node, Map<String, JsonNode> local) {
      BitSet out = new BitSet();
      addList(file, key, node, local, out, new ArrayList<>());
      return out;
    }

    private void addList(
        String file,
        String key,
        JsonNode node,
        Map<String, JsonNode> local,
        BitSet out,
        List<String> stack) {
      if (node == null || node.isNull()) {
        return;
      }
      if (node.isArray()) {
        addWords(file, key, Lang.EN, node, local, out, stack);
        return;
      }
      if (!node.isObject()) {
        throw new ConfigException(file, key, "expected {\"en\": [...], ...} or an array");
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        Lang l = Lang.of(k);
        if (l == null) {
          throw new ConfigException(
              file, key + "." + k, "unknown language (en, de, fr, es, it, pt, nl)");
        }
        if (!node.get(k).isArray()) {
          throw new ConfigException(file, key + "." + k, "expected an array of terms");
        }
        addWords(file, key + "." + k, l, node.get(k), local, out, stack);
      }
    }

    private void addWords(
        String file,
        String key,
        Lang lang,
        JsonNode arr,
        Map<String, JsonNode> local,
        BitSet out,
        List<String> stack) {
      for (int i = 0; i < arr.size(); i++) {
        JsonNode v = arr.get(i);
        String k = key + "[" + i + "]";
        if (!v.isTextual() || v.asText().isBlank()) {
          throw new ConfigException(file, k, "expected a non-empty string");
        }
        String s = v.asText().strip();
        if (s.startsWith("@")) {
          String name = s.substring(1);
          JsonNode ref = local.containsKey(name) ? local.get(name) : sharedLists.get(name);
          if (ref == null) {
            throw new ConfigException(file, k, "unknown list " + s);
          }
          if (stack.contains(name) || stack.size() > 8) {
            throw new ConfigException(file, k, "list " + s + " refers to itself");
          }
          stack.add(name);
          addList(file, k + "->" + s, ref, local, out, stack);
          stack.remove(stack.size() - 1);
        } else {
          out.set(term(file, k, lang, s));
        }
      }
    }

    /**
     * Compiles (or reuses) a term: "=word" matches the word exactly, others by stem; a leading "~"
     * makes it a denied-only term ("~approved": "not approved", "nie genehmigt").
     */
    int term(String file, String key, Lang lang, String raw) {
      boolean denied = raw.startsWith("~");
      String rest = denied ? raw.substring(1).strip() : raw;
      boolean exact = rest.startsWith("=");
      String body = exact ? rest.substring(1) : rest;
      Tokens tk = Tokens.of(body, Set.of(), Set.of());
      if (tk.size() == 0) {
        throw new ConfigException(file, key, "term \"" + raw + "\" has no words");
      }
      if (!tk.clause.get(0).equals(tk.clause.get(tk.size() - 1))) {
        throw new ConfigException(file, key, "term \"" + raw + "\" spans punctuation");
      }
      String[] toks = new String[tk.size()];
      for (int i = 0; i < toks.length; i++) {
        toks[i] = exact ? tk.fold.get(i) : tk.stems.get(i)[lang.ordinal()];
      }
      String id = (denied ? "~" : "") + (exact ? "=" : lang.name()) + "|" + String.join(" ", toks);
      Integer known = termIds.get(id);
      if (known != null) {
        return known;
      }
      int n = terms.size();
      String text = String.join("", tk.fold);
      terms.add(
          new Term(
              n, lang, exact, toks, toks.length == 1 ? text : String.join(" ", tk.fold), denied));
      termIds.put(id, n);
      return n;
    }

    /**
     * A {@code {"lang": [words]}} section into {@code into}: each language must satisfy {@code
     * allowed} ({@code expected} names them in the error), each word is folded.
     */
    private static void perLanguage(
        String file,
        JsonNode n,
        String section,
        java.util.function.Predicate<Lang> allowed,
        String expected,
        Map<Lang, Set<String>> into) {
      JsonNode m = n.path(section);
      for (Iterator<String> it = m.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        Lang l = Lang.of(k);
        if (l == null || !allowed.test(l)) {
          throw new ConfigException(file, section + "." + k, "unknown language (" + expected + ")");
        }
        Set<String> set = new HashSet<>();
        for (String w : words(file, m, k)) {
          set.add(Stems.fold(w));
        }
        into.put(l, set);
      }
    }

    private static List<String> words(String file, JsonNode n, String key) {
      JsonNode a = n.get(key);
      if (a == null) {
        return List.of();
      }
      if (!a.isArray()) {
        throw new ConfigException(file, key, "expected an array of words");
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).isTextual()) {
          throw new ConfigException(file, key + "[" + i + "]", "expected a string");
        }
        out.add(a.get(i).asText().strip().toLowerCase(Locale.ROOT));
      }
      return out;
    }

    private static void closedKeys(String file, String prefix, JsonNode n, Set<String> allowed) {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!allowed.contains(k)) {
          List<String> sorted = new ArrayList<>(allowed);
          Collections.sort(sorted);
          throw new ConfigException(
              file, prefix + k, "unknown key (allowed: " + String.join(", ", sorted) + ")");
        }
      }
    }

    private static String requiredText(String file, JsonNode n, String key) {
      JsonNode v = n.get(key);
      if (v == null || !v.isTextual() || v.asText().isBlank()) {
        throw new ConfigException(file, key, "expected a non-empty string");
      }
      return v.asText().strip();
    }

    private static int optInt(String file, JsonNode n, String key, int dflt) {
      JsonNode v = n.get(key);
      if (v == null) {
        return dflt;
      }
      if (!v.isInt() || v.asInt() < 0 || v.asInt() > 20) {
        throw new ConfigException(file, key, "expected a whole number from 0 to 20");
      }
      return v.asInt();
    }

    private static String oneLine(String s) {
      return s == null ? "" : s.replaceAll("\\s+", " ");
    }
  }
}
