package dev.lastmile.rules;

import dev.lastmile.model.Stage;
import dev.lastmile.text.WordForms;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stage words of {@code stage_vocabulary.words}, found anywhere in a name by their word forms
 * ({@link WordForms}): "In Development", "Entwicklung abgeschlossen" and "à tester" each name a
 * stage. A phrase matches where its words follow each other. When several words match, the furthest
 * stage wins; among words of that stage, the first in the name. In free text (issue summaries,
 * labels) the ambiguous words ("feature engineering", "IT operations") do not count.
 */
public final class StageWords implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A stage word or phrase, the forms of its words, and whether free text can use it. */
  record Term(Stage stage, String text, List<String> forms, boolean ambiguous)
      implements Serializable {}

  /** What matched: the stage and the word as configured. */
  public record Match(Stage stage, String word) implements Serializable {}

  private final WordForms forms;
  private final Map<String, List<Term>> byFirstForm = new HashMap<>();

  StageWords(LifecycleRules.StageVocabulary vocabulary, String file) {
    this.forms = new WordForms(vocabulary.languages());
    Set<List<String>> ambiguous = new HashSet<>();
    vocabulary
        .ambiguousWords()
        .forEach(
            (lang, words) -> words.forEach(w -> ambiguous.add(WordForms.phraseForms(lang, w))));
    vocabulary
        .words()
        .forEach(
            (stage, perLanguage) ->
                perLanguage.forEach(
                    (lang, words) -> {
                      for (String w : words) {
                        List<String> f = WordForms.phraseForms(lang, w);
                        if (f.isEmpty()) {
                          throw new ConfigException(
                              file,
                              "stage_vocabulary.words." + stage + "." + lang.code(),
                              "'" + w + "' holds no word");
                        }
                        byFirstForm
                            .computeIfAbsent(f.get(0), k -> new ArrayList<>())
                            .add(new Term(stage, w, List.copyOf(f), ambiguous.contains(f)));
                      }
                    }));
  }

  /** The furthest stage a stage word in {@code text} names, or null. */
  public Match match(String text) {
    return match(text, false);
  }

  /**
   * The furthest stage a stage word in {@code text} names, or null; in free text (issue summaries,
   * labels) without the words of {@code stage_vocabulary.ambiguous_words}.
   */
  public Match match(String text, boolean freeText) {
    List<String> words = WordForms.words(text);
    if (words.isEmpty()) {
      return null;
    }
    List<Set<String>> at = Phrases.at(forms, words);
    // Every term that matches, then the longest wins where they overlap: "prueba de concepto"
    // names PROTOTYPE although its "prueba" alone is a testing word, and "messa in produzione"
    // names DEPLOYMENT although it holds "in produzione".
    List<int[]> spans = new ArrayList<>();
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < at.size(); i++) {
      for (String f : at.get(i)) {
        for (Term t : byFirstForm.getOrDefault(f, List.of())) {
          if (!(freeText && t.ambiguous()) && Phrases.follows(at, i, t.forms())) {
            spans.add(new int[] {i, i + t.forms().size()});
            terms.add(t);
          }
        }
      }
    }
    Match best = null;
    for (int k = 0; k < terms.size(); k++) {
      Term t = terms.get(k);
      if ((best == null || t.stage().rank() > best.stage().rank()) && !insideLonger(spans, k)) {
        best = new Match(t.stage(), t.text());
      }
    }
    return best;
  }

  /** Whether span {@code k} lies within a longer span (a part of a longer stage phrase). */
  private static boolean insideLonger(List<int[]> spans, int k) {
    int[] s = spans.get(k);
    for (int[] o : spans) {
      if (o[1] - o[0] > s[1] - s[0] && o[0] <= s[0] && s[1] <= o[1]) {
        return true;
      }
    }
    return false;
  }
}
