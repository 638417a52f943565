package dev.lastmile.rules;

import dev.lastmile.text.WordForms;
import java.io.Serializable;
import java.util.List;
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

  private final WordForms forms;
  private final Phrases goLive;
  private final Phrases notGoLive;

  GoLiveWords(List<WordForms.Language> languages, LifecycleRules.GoLive config, String file) {
    this.forms = new WordForms(languages);
    this.goLive = new Phrases(config.words(), file, "jira_go_live_summaries.words");
    this.notGoLive = new Phrases(config.notGoLive(), file, "jira_go_live_summaries.not_go_live");
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
    List<Set<String>> at = Phrases.at(forms, words);
    Phrases.Hit found = goLive.first(at);
    return found == null || notGoLive.first(at) != null ? null : found.phrase().text();
  }

  /**
   * Whether {@code text} names work around the go-live or a pilot (a {@code not_go_live} phrase:
   * readiness, plan, test, staging, pilot, rollback…).
   */
  public boolean aroundGoLive(String text) {
    List<String> words = WordForms.words(text);
    return !words.isEmpty() && notGoLive.first(Phrases.at(forms, words)) != null;
  }

  /** The {@code not_go_live} phrases, for the go-live statements' guard. */
  Phrases notGoLive() {
    return notGoLive;
  }
}
