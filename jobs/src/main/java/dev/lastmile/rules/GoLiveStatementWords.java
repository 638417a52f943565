package dev.lastmile.rules;

import dev.lastmile.text.WordForms;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The go-live statements of {@code jira_go_live_statements}: whether a Jira comment states that the
 * work is in production ("Live in all three yards since 14 July", "En producción en las 9 fincas
 * desde el 2 de junio", "Seit 03.08. produktiv in allen drei Lagern", "In productie sinds mei").
 * The text is cut into sentences (at {@code ; ! ?}, a line break, or a full stop before a capital
 * letter, so "14.07." stays whole). A sentence states production when it holds a phrase of {@code
 * statements} (by word forms, as the stage words), no phrase of {@code negations} in the {@code
 * negation_window} words before it ("not live yet", "aún no está en producción", "nog niet live"),
 * and nowhere a phrase of {@code not_yet} (future, plan, condition: "will be live", "go-live
 * planned for", "sera en production") or of {@code jira_go_live_summaries.not_go_live} (work around
 * the go-live, a pilot, staging, test: "live in staging", "pilot live at Terminal East").
 */
public final class GoLiveStatementWords implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern SENTENCE =
      Pattern.compile("[;!?\\n\\r]+|\\.\\s+(?=\\p{Lu})|\\.\\s*$");

  /** A statement found: the phrase as configured and the sentence it stands in. */
  public record Match(String phrase, String sentence) implements Serializable {}

  private final WordForms forms;
  private final Phrases statements;
  private final Phrases negations;
  private final Phrases notYet;
  private final Phrases notGoLive;
  private final int negationWindow;

  GoLiveStatementWords(
      List<WordForms.Language> languages,
      LifecycleRules.GoLiveStatements config,
      GoLiveWords goLive,
      String file) {
    this.forms = new WordForms(languages);
    this.statements = new Phrases(config.statements(), file, "jira_go_live_statements.statements");
    this.negations = new Phrases(config.negations(), file, "jira_go_live_statements.negations");
    this.notYet = new Phrases(config.notYet(), file, "jira_go_live_statements.not_yet");
    this.notGoLive = goLive.notGoLive();
    this.negationWindow = config.negationWindow();
  }

  /** The first sentence of {@code text} that states production, or null. */
  public Match match(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (String sentence : SENTENCE.split(text)) {
      List<String> words = WordForms.words(sentence);
      if (words.isEmpty()) {
        continue;
      }
      List<Set<String>> at = Phrases.at(forms, words);
      if (notYet.first(at) != null || notGoLive.first(at) != null) {
        continue;
      }
      for (int i = 0; i < at.size(); i++) {
        Phrases.Hit h = statements.at(at, i);
        if (h != null && negations.first(at, i - negationWindow, i) == null) {
          return new Match(h.phrase().text(), sentence.strip());
        }
      }
    }
    return null;
  }
}
