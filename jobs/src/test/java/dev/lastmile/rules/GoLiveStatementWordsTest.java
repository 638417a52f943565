package dev.lastmile.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped go-live statements in seven languages: which comment sentences state production, by
 * which phrase, and which negated, future, planned, pilot or test variants do not.
 */
class GoLiveStatementWordsTest {
  private static final GoLiveStatementWords WORDS =
      LifecycleRules.loadDefault().goLiveStatementWords();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // English
        "Live at all four depots since 3 March; the planners use it daily. | live at",
        "We went live on Monday in the Hamburg warehouse. | went live",
        "Running in production for every store since the spring release. | in production",
        "Not live yet, the interface still drops messages. | -",
        "The scorer is not yet running in production. | -",
        "Go-live planned for November, once IT has signed off. | -",
        "We will be live in all depots by March. | -",
        "Live in staging since Friday. | -",
        "Pilot live at one depot since May. | -",
        // German
        "Seit 12.05. produktiv in beiden Werken, keine Störungen. | produktiv in",
        "Die Prognose läuft produktiv seit Anfang Juni. | läuft produktiv",
        "Noch nicht produktiv, die Schnittstelle fehlt. | -",
        "Soll ab Oktober produktiv im Einsatz sein. | -",
        // French
        "En production depuis le 4 mars dans les trois entrepôts. | en production",
        "Modèle mis en production le 12 mai, aucun incident depuis. | en production",
        "Pas encore en production, la recette continue. | -",
        "La mise en production est prévue pour janvier. | -",
        // Spanish
        "En producción en las cuatro plantas desde el 3 de marzo. | en producción",
        "Aún no está en producción: falta la integración. | -",
        "Estará en producción cuando firme seguridad. | -",
        // Dutch
        "Live sinds 1 april in alle vestigingen. | live sinds",
        "In productie sinds mei, de planners werken ermee. | in production",
        "Nog niet live, we wachten op de koppeling. | -",
        "Gaat in november live in alle regio's. | -",
        // Italian
        "In produzione da giugno in tutti i magazzini. | in produzione",
        "Non ancora in produzione, manca il collaudo. | -",
        "Andrà in produzione il mese prossimo. | -",
        // Portuguese
        "Em produção desde 2 de junho nas três fábricas. | em produção",
        "Ainda não está em produção. | -",
        "Vai entrar em produção em breve. | -",
        // the verb "to live", and no statement at all
        "Weekly sync moved to Thursdays. | -"
      })
  void statements(String text, String phrase) {
    GoLiveStatementWords.Match m = WORDS.match(text);
    assertEquals(phrase, m == null ? null : m.phrase());
  }
}
