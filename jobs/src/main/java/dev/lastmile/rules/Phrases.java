package dev.lastmile.rules;

import dev.lastmile.text.WordForms;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Configured phrases, per language, found in a text by their word forms ({@link WordForms}): a
 * phrase matches where its words follow each other. The shared matcher of the go-live words, the
 * go-live statements and the registry statuses.
 */
final class Phrases implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A configured phrase and the forms of its words, in its own language. */
  record Phrase(String text, List<String> forms) implements Serializable {}

  /** A phrase found at words [start, end). */
  record Hit(Phrase phrase, int start, int end) implements Serializable {}

  private final Map<String, List<Phrase>> byFirstForm = new HashMap<>();

  /** The phrases of {@code perLanguage}; a phrase without a word is an error at {@code key}. */
  Phrases(Map<WordForms.Language, List<String>> perLanguage, String file, String key) {
    perLanguage.forEach(
        (lang, phrases) -> {
          for (String p : phrases) {
            List<String> f = WordForms.phraseForms(lang, p);
            if (f.isEmpty()) {
              throw new ConfigException(file, key + "." + lang.code(), "'" + p + "' holds no word");
            }
            byFirstForm
                .computeIfAbsent(f.get(0), k -> new ArrayList<>())
                .add(new Phrase(p, List.copyOf(f)));
          }
        });
  }

  /** The forms of each word of {@code words}, in every language of {@code forms}. */
  static List<Set<String>> at(WordForms forms, List<String> words) {
    List<Set<String>> at = new ArrayList<>(words.size());
    for (String w : words) {
      at.add(forms.forms(w));
    }
    return at;
  }

  /** The longest phrase that starts at word {@code i}, or null. */
  Hit at(List<Set<String>> at, int i) {
    Phrase best = null;
    for (String f : at.get(i)) {
      for (Phrase p : byFirstForm.getOrDefault(f, List.of())) {
        if (follows(at, i, p.forms()) && (best == null || p.forms().size() > best.forms().size())) {
          best = p;
        }
      }
    }
    return best == null ? null : new Hit(best, i, i + best.forms().size());
  }

  /** The first phrase found, the longest at its position; null when none. */
  Hit first(List<Set<String>> at) {
    return first(at, 0, at.size());
  }

  /** The first phrase that starts in words [from, to), the longest at its position. */
  Hit first(List<Set<String>> at, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, at.size()); i++) {
      Hit h = at(at, i);
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  /**
   * Whether the words from {@code i} on carry {@code forms} one after the other (the first is taken
   * as found: callers look phrases up by their first form).
   */
  static boolean follows(List<Set<String>> at, int i, List<String> forms) {
    if (i + forms.size() > at.size()) {
      return false;
    }
    for (int j = 1; j < forms.size(); j++) {
      if (!at.get(i + j).contains(forms.get(j))) {
        return false;
      }
    }
    return true;
  }
}
