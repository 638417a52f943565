package dev.lastmile.rules;

import dev.lastmile.text.WordForms;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The registry statuses of {@code registry_status}, per concept and language, matched by word forms
 * ({@link WordForms}): "en pausa desde julio", "Paused", "on-hold" and "in pausa" are on hold;
 * "stopgezet", "Annulé" and "cancelled (budget)" cancelled; "live since 2025", "en producción" and
 * "außer Betrieb genommen" in production (a retired initiative reached production). A status names
 * a concept when it <b>starts</b> with one of its phrases. A status that starts with an
 * in-production or retired phrase but also holds a {@code not_production} phrase ("production
 * pending", "live pilot", "decommissioned before launch", "pre-production") names no production.
 */
public final class RegistryStatusWords implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The concepts a registry status can name. */
  public enum Concept {
    ON_HOLD,
    CANCELLED,
    /** In production or retired: it reached production. */
    PRODUCTION
  }

  private final WordForms forms;
  private final Phrases onHold;
  private final Phrases cancelled;
  private final Phrases inProduction;
  private final Phrases retired;
  private final Phrases notProduction;

  RegistryStatusWords(
      List<WordForms.Language> languages, LifecycleRules.RegistryStatus config, String file) {
    this.forms = new WordForms(languages);
    this.onHold = new Phrases(config.onHold(), file, "registry_status.on_hold");
    this.cancelled = new Phrases(config.cancelled(), file, "registry_status.cancelled");
    this.inProduction = new Phrases(config.inProduction(), file, "registry_status.in_production");
    this.retired = new Phrases(config.retired(), file, "registry_status.retired");
    this.notProduction =
        new Phrases(config.notProduction(), file, "registry_status.not_production");
  }

  /** Whether the registry status {@code status} names {@code concept}. */
  public boolean is(Concept concept, String status) {
    return phrase(concept, status) != null;
  }

  /** The configured phrase by which {@code status} names {@code concept}, or null. */
  public String phrase(Concept concept, String status) {
    List<String> words = WordForms.words(status);
    if (words.isEmpty()) {
      return null;
    }
    List<Set<String>> at = Phrases.at(forms, words);
    Phrases.Hit h =
        switch (concept) {
          case ON_HOLD -> onHold.at(at, 0);
          case CANCELLED -> cancelled.at(at, 0);
          case PRODUCTION -> {
            Phrases.Hit p = inProduction.at(at, 0);
            Phrases.Hit r = retired.at(at, 0);
            Phrases.Hit best = p == null || (r != null && r.end() > p.end()) ? r : p;
            yield best == null || notProduction.first(at) != null ? null : best;
          }
        };
    return h == null ? null : h.phrase().text();
  }
}
