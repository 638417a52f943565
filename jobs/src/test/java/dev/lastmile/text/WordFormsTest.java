package dev.lastmile.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lastmile.model.Stage;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.rules.StageWords;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Word forms by the Snowball stemmers, and the shipped stage words found by them. */
class WordFormsTest {
  private static final StageWords WORDS = LifecycleRules.loadDefault().stageWords();

  @Test
  void wordsAndForms() {
    assertEquals(
        List.of("à", "tester", "uat", "2", "已完成"), WordForms.words("À tester / UAT-2: 已完成"));
    assertEquals(
        WordForms.form(WordForms.Language.EN, "deployment"),
        WordForms.form(WordForms.Language.EN, "deploying"));
    assertEquals("develop", WordForms.form(WordForms.Language.EN, "developments"));
    assertEquals(
        WordForms.form(WordForms.Language.FR, "développement"),
        WordForms.form(WordForms.Language.FR, "developpements"));
    assertEquals(
        WordForms.form(WordForms.Language.DE, "Entwicklung".toLowerCase()),
        WordForms.form(WordForms.Language.DE, "entwicklungen"));
    assertEquals("test", WordForms.form(WordForms.Language.FR, "tester"));
    assertEquals("strasse", WordForms.fold("straße"));
  }

  /** Each language's stage words anywhere in a name; the furthest stage wins. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // English
        "In Development | ENGINEERING | in development",
        "Ready for Dev | ENGINEERING | ready for dev",
        "Churn model: deploying to staging | DEPLOYMENT | deployment",
        "Prototyping the recommender | PROTOTYPE | prototype",
        "Proof of concept for invoice OCR | PROTOTYPE | proof of concept",
        "POC deployment | DEPLOYMENT | deployment",
        "User Acceptance Testing | DEPLOYMENT | user acceptance",
        "Feasibility study | STRATEGY | feasibility",
        "Hypercare after go-live | OPERATION | hypercare",
        // French
        "à tester | ENGINEERING | à tester",
        "En développement | ENGINEERING | en développement",
        "Déploiement en recette | DEPLOYMENT | déploiement",
        "Preuve de concept du classifieur | PROTOTYPE | preuve de concept",
        "Étude de faisabilité | STRATEGY | étude de faisabilité",
        // German
        "In Entwicklung | ENGINEERING | in Entwicklung",
        "Prototypen bauen | PROTOTYPE | prototype",
        "Abnahmetest beim Fachbereich | DEPLOYMENT | Abnahmetest",
        "Anforderungen klären | STRATEGY | Anforderungen",
        // Spanish
        "En desarrollo | ENGINEERING | en desarrollo",
        "Prueba de concepto del asistente de reclamaciones | PROTOTYPE | prueba de concepto",
        "Despliegue en tiendas del norte | DEPLOYMENT | despliegue",
        "Estudio de viabilidad | STRATEGY | estudio de viabilidad",
        // Dutch
        "In ontwikkeling | ENGINEERING | in ontwikkeling",
        "Uitrol naar alle depots | DEPLOYMENT | uitrol",
        "Verkenning routeplanner | DISCOVERY | verkenning",
        "Proefproject chatbot | PROTOTYPE | proefproject",
        // Italian
        "In sviluppo | ENGINEERING | in sviluppo",
        "Messa in produzione del modello | DEPLOYMENT | messa in produzione",
        "Studio di fattibilità | STRATEGY | studio di fattibilità",
        // Portuguese
        "Em desenvolvimento | ENGINEERING | em desenvolvimento",
        "Homologação com a área de negócio | DEPLOYMENT | homologação",
        "Protótipos de triagem | PROTOTYPE | prototipo",
        // no stage
        "Review | - | -",
        "Ready | - | -",
        "已完成 | - | -",
        "Done | - | -",
        "En curso | - | -",
        "In uitvoering | - | -"
      })
  void stageWords(String name, String stage, String word) {
    StageWords.Match m = WORDS.match(name);
    if (stage == null) {
      assertNull(m, name);
    } else {
      assertEquals(Stage.valueOf(stage) + " " + word, m.stage() + " " + m.word(), name);
    }
  }

  /** In free text (summaries, labels) the ambiguous words do not count; in names they do. */
  @Test
  void ambiguousWordsOnlyInNames() {
    assertEquals(Stage.ENGINEERING, WORDS.match("Feature engineering v1").stage());
    assertNull(WORDS.match("Feature engineering v1", true));
    assertNull(WORDS.match("Discovery workshop with IT Operations", true));
    assertNull(WORDS.match("q3-plan", true));
    // epic names are free text too: the domain word "maintenance" does not outrank the stage
    // the title starts with, and a "spike" label is agile jargon, not a prototype
    assertEquals(
        Stage.STRATEGY + " strategy",
        WORDS.match("Strategy - GenAI assistant for fleet maintenance", true).stage()
            + " "
            + WORDS.match("Strategy - GenAI assistant for fleet maintenance", true).word());
    assertNull(WORDS.match("spike", true));
    // real French QA text: "lance" is "runs", not the launch of the product
    assertNull(WORDS.match("trouver comment openmv ide lance le script", true));
    assertEquals(
        "PROTOTYPE proof of concept",
        WORDS.match("Proof of concept: feature engineering", true).stage()
            + " "
            + WORDS.match("Proof of concept: feature engineering", true).word());
  }

  /** A remembered form is the stemmer's form, for every language, first call and later ones. */
  @Test
  void rememberedFormsAreTheStemmersForms() {
    List<String> words =
        WordForms.words(
            "Deployments were blocked; les développements tardent, die Entwicklungen stocken,"
                + " los despliegues se retrasan, de implementaties lopen vertraging op, gli"
                + " sviluppi rallentano e as implantações atrasaram straße");
    for (WordForms.Language l : WordForms.Language.values()) {
      for (int round = 0; round < 2; round++) {
        for (String w : words) {
          assertEquals(WordForms.stem(l, w), WordForms.form(l, w), l + " " + w);
        }
      }
    }
  }
}
