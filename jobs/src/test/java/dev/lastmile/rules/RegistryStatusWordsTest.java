package dev.lastmile.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lastmile.rules.RegistryStatusWords.Concept;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped registry statuses in seven languages: the concept each names by its first words (on
 * hold, cancelled, production, or none), and the look-alikes that name no production.
 */
class RegistryStatusWordsTest {
  private static final RegistryStatusWords WORDS =
      LifecycleRules.loadDefault().registryStatusWords();

  private static String concept(String status) {
    for (Concept c : Concept.values()) {
      if (WORDS.is(c, status)) {
        return c.name();
      }
    }
    return null;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // on hold
        "on hold | ON_HOLD",
        "On-Hold | ON_HOLD",
        "on hold - DPO sign-off | ON_HOLD",
        "paused | ON_HOLD",
        "pausiert | ON_HOLD",
        "auf Eis gelegt | ON_HOLD",
        "en attente | ON_HOLD",
        "en pause | ON_HOLD",
        "en pausa | ON_HOLD",
        "En pausa desde julio | ON_HOLD",
        "suspendido | ON_HOLD",
        "gepauzeerd | ON_HOLD",
        "in de wacht | ON_HOLD",
        "in pausa | ON_HOLD",
        "sospeso | ON_HOLD",
        "em pausa | ON_HOLD",
        "suspenso | ON_HOLD",
        // cancelled
        "cancelled | CANCELLED",
        "Canceled (budget) | CANCELLED",
        "eingestellt | CANCELLED",
        "annulé | CANCELLED",
        "clôturé | CANCELLED",
        "cancelado | CANCELLED",
        "stopgezet | CANCELLED",
        "afgesloten | CANCELLED",
        "annullato | CANCELLED",
        "encerrado | CANCELLED",
        // production, retired included
        "in production | PRODUCTION",
        "Live | PRODUCTION",
        "live since 2025-03 | PRODUCTION",
        "BAU | PRODUCTION",
        "produktiv | PRODUCTION",
        "in Betrieb | PRODUCTION",
        "en production | PRODUCTION",
        "en producción | PRODUCTION",
        "in productie | PRODUCTION",
        "in produzione | PRODUCTION",
        "em produção | PRODUCTION",
        "retired | PRODUCTION",
        "außer Betrieb genommen | PRODUCTION",
        "dado de baja | PRODUCTION",
        "uitgefaseerd | PRODUCTION",
        // no concept
        "active | -",
        "actief | -",
        "activo | -",
        "in progress | -",
        "pilot | -",
        "production pending | -",
        "live pilot | -",
        "pre-production | -",
        "decommissioned before launch | CANCELLED",
        "not in production | -",
        "en cours | -"
      })
  void statuses(String status, String concept) {
    assertEquals(concept, concept(status));
  }
}
