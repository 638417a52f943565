package dev.lastmile.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped go-live words: which summaries name the go-live itself, and by which phrase. */
class GoLiveWordsTest {
  private static final GoLiveWords WORDS = LifecycleRules.loadDefault().goLiveWords();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // the go-live itself
        "Go-live crane scheduling, Terminal East | go-live",
        "Go-live - crane scheduling | go-live",
        "Advisory mode go-live SAG mill 1 | go-live",
        "Production release v1.0 | production release",
        "Cut-over to production | cut-over to production",
        "Cutover weekend | cutover",
        "Deploy to production | deploy to production",
        "Going live in Rotterdam | go-live",
        "Mise en production du modèle de tri | mise en production",
        "MEP v2.1 | MEP",
        "Produktivsetzung Sortiermodell Band 3 | Produktivsetzung",
        "Livegang Prognose | Livegang",
        "Inbetriebnahme Linie 2 | Inbetriebnahme",
        "Puesta en producción previsión de cosecha | puesta en producción",
        "Ingebruikname roosteroptimalisatie | ingebruikname",
        "Messa in produzione del modello | messa in produzione",
        "Entrada em produção do modelo | entrada em produção",
        "Go-live credit risk scoring | go-live",
        "Hypercare after go-live | go-live",
        // work around the go-live, a pilot, or no go-live at all
        "Go-live readiness checklist | -",
        "Prepare go-live | -",
        "Go-live plan | -",
        "Cut-over plan | -",
        "Go-live decision with ad sales | -",
        "Pilot go-live Terminal East | -",
        "Rollback of go-live | -",
        "Go/no-go for production release | -",
        "Pre-production release | -",
        "UAT | -",
        "UAT and go-live | -",
        "Production readiness checklist | -",
        "Deploy scoring service to staging | -",
        "Vorbereitung Produktivsetzung | -",
        "Préparation de la mise en production | -",
        "Plan de puesta en producción | -",
        "Draaiboek livegang | -",
        "Collaudo e messa in produzione | -",
        "Piloto entrada em produção | -",
        "Live on all three berths | -"
      })
  void goLiveSummaries(String summary, String phrase) {
    assertEquals(phrase, WORDS.match(summary));
  }
}
