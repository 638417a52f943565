package dev.lastmile.rules;

import dev.lastmile.text.WordForms;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The go-live words of {@code jira_go_live_summaries}: whether an issue summary names the go-live
 * itself ("Go-live crane scheduling", "Mise en production v2", "Produktivsetzung Sortiermodell").
 * Phrases are found anywhere in the summary by their word forms ({@link WordForms}, as the stage
 * words of {@link StageWords}: a phrase matches where its words follow each other). A summary that
 * also holds one of the {@code not_go_live} phrases names work around the go-live, not the go-live
 * ("Go-live readiness checklist", "Prepare go-live", "Pilot go-live", "Rollback of go-live").
 */
public final class GoLiveWords implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A configured phrase and the forms of its words, in its own language. */
  record Phrase(String text, List<String> forms) implements Serializable {}

  private final WordForms forms;
  private final Map<String, List<Phrase>> goLive = new HashMap<>();
  private final Map<String, List<Phrase>> notGoLive = new HashMap<>();

  GoLiveWords(List<WordForms.Language> languages, LifecycleRules.GoLive config, String file) {
    this.forms = new WordForms(languages);
    index(config.words(), goLive, file, "jira_go_live_summaries.words.");
    index(config.notGoLive(), notGoLive, file, "jira_go_live_summaries.not_go_live.");
  }

  private static void index(
      Map<WordForms.Language, List<String>> perLanguage,
      Map<String, List<Phrase>> into,
      String file,
      String key) {
    perLanguage.forEach(
        (lang, phrases) -> {
          for (String p : phrases) {
            List<String> f = WordForms.phraseForms(lang, p);
            if (f.isEmpty()) {
              throw new ConfigException(file, key + lang.code(), "'" + p + "' holds no word");
            }
            into.computeIfAbsent(f.get(0), k -> new ArrayList<>())
                .add(new Phrase(p, List.copyOf(f)));
          }
        });
  }

  /**
   * The go-live phrase (as configured) that {@code summary} names, or null when it names none or
   * also names work around the go-live (a {@code not_go_live} phrase).
   */
  public String match(String summary) {
    List<String> words = WordForms.words(summary);
    if (words.isEmpty()) {
      return null;
    }
    List<Set<String>> at = new ArrayList<>(words.size());
    for (String w : words) {
      at.add(forms.forms(w));
    }
    Phrase found = first(at, goLive);
    return found == null || first(at, notGoLive) != null ? null : found.text();
  }

  /** The first phrase of {@code phrases} found in the word forms, the longest at a position. */
  private static Phrase first(List<Set<String>> at, Map<String, List<Phrase>> phrases) {
    for (int i = 0; i < at.size(); i++) {
      Phrase best = null;
      for (String f : at.get(i)) {
        for (Phrase p : phrases.getOrDefault(f, List.of())) {
          if (follows(at, i, p) && (best == null || p.forms().size() > best.forms().size())) {
            best = p;
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  private static boolean follows(List<Set<String>> at, int i, Phrase p) {
    if (i + p.forms().size() > at.size()) {
      return false;
    }
    for (int j = 1; j < p.forms().size(); j++) {
      if (!at.get(i + j).contains(p.forms().get(j))) {
        return false;
      }
    }
    return true;
  }
}
