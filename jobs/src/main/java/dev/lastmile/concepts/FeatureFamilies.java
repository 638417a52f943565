package dev.lastmile.concepts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which feature families the learned pass reads besides word stems and concept roles (see {@link
 * ConceptMatcher#features(String, ConceptMatcher.WordScope, FeatureFamilies)}): word bigrams of
 * stems ({@code b:stem_stem}, "not moved" reads differently from "moved") and character n-grams of
 * long words ({@code c:gram}, so a German or Dutch compound or an inflection nobody listed shares
 * features with the words it is made of). A model file names its families in {@code
 * parameters.feature_families} (e.g. {@code ["bigrams", "chars:5"]}); the product computes exactly
 * those, so training and product read the same features. No families: the features of
 * cause-model-3.x.
 *
 * @param bigrams stem bigrams of neighbouring content words in a clause
 * @param charN the n of character n-grams (0: none)
 * @param charMinLength words shorter than this give no character n-grams
 * @param charUnknownOnly character n-grams only of words whose stem the model has no weight for (a
 *     back-off for words nobody wrote in training: "stories" is a known word and does not borrow
 *     the "stor" of "history")
 */
public record FeatureFamilies(
    boolean bigrams, int charN, int charMinLength, boolean charUnknownOnly)
    implements Serializable {

  /** The words and concept roles only (cause-model-3.x). */
  public static final FeatureFamilies NONE = new FeatureFamilies(false, 0, 0, false);

  /** Words shorter than this give no character n-grams unless a family says otherwise. */
  static final int DEFAULT_CHAR_MIN_LENGTH = 7;

  /**
   * Parses names as written in a model file or on the trainer's command line: {@code bigrams},
   * {@code chars:N} (n-grams of words of at least {@value #DEFAULT_CHAR_MIN_LENGTH} letters),
   * {@code chars:N:MIN}, or {@code chars:N:MIN:unknown} (only of words the model has no stem for).
   *
   * @throws IllegalArgumentException on an unknown name
   */
  public static FeatureFamilies parse(List<String> names) {
    boolean bigrams = false;
    int n = 0;
    int min = 0;
    boolean unknown = false;
    for (String raw : names) {
      String name = raw.trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (name.equals("bigrams")) {
        bigrams = true;
      } else if (name.startsWith("chars:")) {
        String[] p = name.split(":");
        n = Integer.parseInt(p[1]);
        min = p.length > 2 ? Integer.parseInt(p[2]) : DEFAULT_CHAR_MIN_LENGTH;
        unknown = p.length > 3 && p[3].equals("unknown");
        if (p.length > 4 || p.length > 3 && !unknown) {
          throw new IllegalArgumentException("unknown feature family: " + raw);
        }
        if (n < 3 || min < n) {
          throw new IllegalArgumentException("chars:N:MIN needs 3 <= N <= MIN: " + raw);
        }
      } else {
        throw new IllegalArgumentException("unknown feature family: " + raw);
      }
    }
    return new FeatureFamilies(bigrams, n, min, unknown);
  }

  /** The names {@link #parse} reads back. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    if (bigrams) {
      out.add("bigrams");
    }
    if (charN > 0) {
      out.add("chars:" + charN + ":" + charMinLength + (charUnknownOnly ? ":unknown" : ""));
    }
    return out;
  }
}
