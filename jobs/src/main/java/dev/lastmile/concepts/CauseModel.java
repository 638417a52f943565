package dev.lastmile.concepts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.Cause;
import dev.lastmile.rules.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The learned pass: a multinomial logistic regression over the features of {@link
 * ConceptMatcher#features} (word stems and concept-list roles), one class per cause plus {@code
 * NONE}, trained by {@code lastmile train-causes} (tools jar, Spark MLlib) on labelled sentences
 * and shipped as data in {@code rules/model/cause-model.json}: classes, intercepts and one weight
 * per class for each feature, with the files it was trained on and their checksums.
 *
 * <p>It names a cause only where the rules and the concept pass named none in a sentence (see
 * {@code CauseMatcher}), and its rule id {@code model.<cause>} keeps such evidence apart: a cause
 * only the model saw never outranks one a rule saw ({@code CauseRanking}). {@link
 * Prediction#features()} lists the features that carried the prediction, most weight first.
 */
public final class CauseModel implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Classpath location of the shipped model. */
  public static final String DEFAULT_PATH = "dev/lastmile/rules/model/cause-model.json";

  /** Rule ids of the learned pass start with this, then the cause code in lower case. */
  public static final String RULE_PREFIX = "model.";

  /** The feature of a hypothetical or wish cue of the concept files ("if", "would", "I want"). */
  static final String HYPOTHETICAL = "q:hypothetical";

  /** The label of sentences that name no cause. */
  public static final String NONE = "NONE";

  private final String version;
  private final String[] classes;
  private final double[] intercepts;
  private final Map<String, double[]> weights;

  /**
   * With {@code require_problem}, the probability at which a guess needs no problem word: indirect
   * wording ("Adjusters open the suggestion panel in 6% of claims") names no trouble in any word,
   * and a model that is this sure of a cause has learned the situation, not a word. Above 1: never
   * (every guess needs a problem word). Chosen on the leave-one-file-out table and written by the
   * trainer into {@code parameters.problem_free_min_probability}.
   */
  private final double problemFreeMinProbability;

  /** The feature families besides words and concept roles ({@code parameters.feature_families}). */
  private final FeatureFamilies families;

  /** A prediction: the cause, its probability, and the features that carried it. */
  public record Prediction(Cause cause, double probability, List<String> features) {}

  /** Builds a model from its parts (the trainer's output before it is written). */
  public CauseModel(
      String version, String[] classes, double[] intercepts, Map<String, double[]> weights) {
    this(version, classes, intercepts, weights, NEVER);
  }

  /** As {@link #CauseModel(String, String[], double[], Map)} with a problem-free threshold. */
  public CauseModel(
      String version,
      String[] classes,
      double[] intercepts,
      Map<String, double[]> weights,
      double problemFreeMinProbability) {
    this(version, classes, intercepts, weights, problemFreeMinProbability, FeatureFamilies.NONE);
  }

  /** As {@link #CauseModel(String, String[], double[], Map, double)}, reading {@code families}. */
  public CauseModel(
      String version,
      String[] classes,
      double[] intercepts,
      Map<String, double[]> weights,
      double problemFreeMinProbability,
      FeatureFamilies families) {
    this.families = families;
    this.version = version;
    this.classes = classes.clone();
    this.intercepts = intercepts.clone();
    this.weights = Map.copyOf(weights);
    this.problemFreeMinProbability = problemFreeMinProbability;
  }

  /** No problem-free guess at all. */
  public static final double NEVER = 2.0;

  /** This model with another problem-free threshold ({@link #problemFreeMinProbability()}). */
  public CauseModel withProblemFreeMinProbability(double p) {
    return new CauseModel(version, classes, intercepts, weights, p, families);
  }

  /** The feature families this model reads besides words and concept roles. */
  public FeatureFamilies families() {
    return families;
  }

  /**
   * The probability at which a guess needs no problem word under {@code require_problem} (above 1:
   * never).
   */
  public double problemFreeMinProbability() {
    return problemFreeMinProbability;
  }

  /** The model shipped in the jar. */
  public static CauseModel loadDefault() {
    InputStream in = CauseModel.class.getClassLoader().getResourceAsStream(DEFAULT_PATH);
    if (in == null) {
      throw new ConfigException(DEFAULT_PATH, "", "not found on the classpath");
    }
    try (in) {
      return read(DEFAULT_PATH, new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new ConfigException(DEFAULT_PATH, "", "cannot read: " + e.getMessage());
    }
  }

  /** Reads a model file's JSON; {@code file} names it in errors. */
  public static CauseModel read(String file, JsonNode root) {
    String version = text(file, root, "version");
    JsonNode cl = root.path("classes");
    JsonNode ic = root.path("intercepts");
    if (!cl.isArray() || cl.size() < 2 || !ic.isArray() || ic.size() != cl.size()) {
      throw new ConfigException(file, "classes", "classes and intercepts of equal length needed");
    }
    String[] classes = new String[cl.size()];
    double[] intercepts = new double[cl.size()];
    for (int i = 0; i < classes.length; i++) {
      classes[i] = cl.get(i).asText();
      intercepts[i] = ic.get(i).asDouble();
      if (!classes[i].equals(NONE) && !isCause(classes[i])) {
        throw new ConfigException(file, "classes[" + i + "]", "not a cause: " + classes[i]);
      }
    }
    Map<String, double[]> weights = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.path("weights").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode w = e.getValue();
      if (!w.isArray() || w.size() != classes.length) {
        throw new ConfigException(
            file, "weights." + e.getKey(), "needs one weight per class (" + classes.length + ")");
      }
      double[] v = new double[classes.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = w.get(i).asDouble();
      }
      weights.put(e.getKey(), v);
    }
    JsonNode pf = root.path("parameters").path("problem_free_min_probability");
    if (!pf.isMissingNode() && !pf.isNumber()) {
      throw new ConfigException(file, "parameters.problem_free_min_probability", "not a number");
    }
    JsonNode ff = root.path("parameters").path("feature_families");
    List<String> names = new ArrayList<>();
    if (!ff.isMissingNode()) {
      if (!ff.isArray()) {
        throw new ConfigException(file, "parameters.feature_families", "not a list");
      }
      ff.forEach(n -> names.add(n.asText()));
    }
    FeatureFamilies fam;
    try {
      fam = FeatureFamilies.parse(names);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file, "parameters.feature_families", e.getMessage());
    }
    return new CauseModel(version, classes, intercepts, weights, pf.asDouble(NEVER), fam);
  }

  private static boolean isCause(String code) {
    for (Cause c : Cause.values()) {
      if (c != Cause.UNKNOWN && c.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  private static String text(String file, JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new ConfigException(file, key, "required text missing");
    }
    return v.asText();
  }

  /** The model's version (recorded with the rules versions of a run). */
  public String version() {
    return version;
  }

  /** The class labels in weight order: cause codes and {@link #NONE}. */
  public List<String> classes() {
    return List.of(classes);
  }

  /** The intercepts, in {@link #classes()} order. */
  public double[] intercepts() {
    return intercepts.clone();
  }

  /** Feature to its weights in {@link #classes()} order (shared arrays: do not modify). */
  public Map<String, double[]> weights() {
    return weights;
  }

  /** The rule id of the learned pass for {@code cause}. */
  public static String ruleId(Cause cause) {
    return RULE_PREFIX + cause.code().toLowerCase(Locale.ROOT);
  }

  /** Class probabilities for a feature set, in {@link #classes()} order (softmax of the scores). */
  public double[] probabilities(Set<String> features) {
    double[] z = intercepts.clone();
    for (String f : features) {
      double[] w = weights.get(f);
      if (w != null) {
        for (int i = 0; i < z.length; i++) {
          z[i] += w[i];
        }
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      z[i] = Math.exp(z[i] - max);
      sum += z[i];
    }
    for (int i = 0; i < z.length; i++) {
      z[i] /= sum;
    }
    return z;
  }

  /**
   * The most probable class when it is a cause with probability at least {@code minProbability};
   * null when it is {@code NONE} or less sure.
   */
  public Prediction predict(Set<String> features, double minProbability) {
    return predict(features, minProbability, false, false);
  }

  /**
   * Features that say something is wrong: a term that is a problem on its own (a standalone term of
   * a concept file), a negation, a problem noun or a denial. Signal terms are not enough: "add",
   * "select", "want" are signals only next to their concept.
   */
  private static boolean problemCue(String f) {
    return f.startsWith("k:") && f.endsWith(":standalone")
        || f.equals("q:negation")
        || f.equals("q:denial");
  }

  /**
   * Whether a sentence's features say something is wrong ({@code require_problem}): some word is a
   * problem on its own (a standalone term of a concept file, a negation or a denial) and no
   * hypothetical or wish cue ("if", "would", "I want") is present.
   */
  public static boolean reportsProblem(Set<String> features) {
    return features.stream().anyMatch(CauseModel::problemCue) && !hypothetical(features);
  }

  /** Whether a sentence's features hold a hypothetical or wish cue of the concept files. */
  public static boolean hypothetical(Set<String> features) {
    return features.contains(HYPOTHETICAL);
  }

  /**
   * As {@link #predict(Set, double)}; with {@code requireConcept} also null unless the sentence has
   * a word the cause's concept file lists ({@code k:CAUSE:...}): the model then judges how a
   * sentence about the cause's subject reads, and does not name a cause from style alone. With
   * {@code requireProblem} also null unless some word says something is wrong (a standalone term of
   * any cause's concept file, a negation or a denial): "You can add your own Quick Filters" names
   * an owner and no trouble.
   */
  public Prediction predict(
      Set<String> features, double minProbability, boolean requireConcept, boolean requireProblem) {
    double[] p = probabilities(features);
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    if (classes[best].equals(NONE) || p[best] < minProbability) {
      return null;
    }
    if (requireProblem
        && !reportsProblem(features)
        && (hypothetical(features) || p[best] < problemFreeMinProbability)) {
      return null;
    }
    if (requireConcept) {
      String prefix = "k:" + classes[best] + ":";
      boolean about = false;
      for (String f : features) {
        about |= f.startsWith(prefix) || f.startsWith("n:" + prefix);
      }
      if (!about) {
        return null;
      }
    }
    int k = best;
    List<String> carried = new ArrayList<>();
    for (String f : features) {
      double[] w = weights.get(f);
      if (w != null && w[k] > 0) {
        carried.add(f);
      }
    }
    carried.sort(
        Comparator.comparingDouble((String f) -> -weights.get(f)[k])
            .thenComparing(Comparator.naturalOrder()));
    return new Prediction(
        Cause.valueOf(classes[best]),
        p[best],
        List.copyOf(carried.subList(0, Math.min(5, carried.size()))));
  }
}
