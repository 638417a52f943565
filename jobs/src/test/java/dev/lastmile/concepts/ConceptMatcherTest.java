package dev.lastmile.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.lastmile.model.Cause;
import dev.lastmile.rules.ConfigException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The concept matcher on sentences: each cause, word forms, German and French, compounds, negation,
 * hypothetical and resolution scope, and false-positive traps from real QA text (table in
 * ConceptMatcherTest/cases.csv); the hit's quoted words; config errors; a user's added synonym;
 * serialization.
 */
class ConceptMatcherTest {
  private static ConceptMatcher matcher;

  @BeforeAll
  static void load() {
    matcher = ConceptMatcher.loadDefault();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvFileSource(resources = "/ConceptMatcherTest/cases.csv", numLinesToSkip = 1)
  void sentenceGivesExpectedCauseAndRule(String expected, String ruleId, String sentence) {
    List<ConceptHit> hits = matcher.match(sentence);
    if (expected.equals("NONE")) {
      assertEquals(List.of(), hits, "no cause expected in: " + sentence);
      return;
    }
    Cause cause = Cause.valueOf(expected);
    ConceptHit hit =
        hits.stream()
            .filter(h -> h.cause() == cause)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + cause + " in " + hits + ": " + sentence));
    assertEquals(ruleId, hit.ruleId(), "rule for: " + sentence);
    assertEquals(sentence.strip(), hit.excerpt(), "excerpt is the whole sentence");
    assertTrue(sentence.contains(hit.concept()), "concept words quoted from the sentence: " + hit);
    assertTrue(sentence.contains(hit.signal()), "signal words quoted from the sentence: " + hit);
  }

  /**
   * Spanish, Italian, Portuguese and Dutch (concepts-1.3.0): each sentence names its cause with the
   * concept and signal quoted as written; the same sentence negated and resolved names nothing
   * (ConceptMatcherTest/languages.csv).
   */
  @ParameterizedTest(name = "{0} {1}: {5}")
  @CsvFileSource(resources = "/ConceptMatcherTest/languages.csv", numLinesToSkip = 1)
  void newLanguagesNameTheCauseAndStaySilentWhenNegatedOrResolved(
      String lang,
      String cause,
      String ruleId,
      String concept,
      String signal,
      String sentence,
      String negated,
      String resolved) {
    ConceptHit hit =
        matcher.match(sentence).stream()
            .filter(h -> h.cause() == Cause.valueOf(cause))
            .findFirst()
            .orElseThrow(() -> new AssertionError(lang + ": no " + cause + " in: " + sentence));
    assertEquals(new ConceptHit(Cause.valueOf(cause), ruleId, concept, signal, sentence), hit);
    assertEquals(List.of(), matcher.match(negated), lang + " negated: " + negated);
    assertEquals(List.of(), matcher.match(resolved), lang + " resolved: " + resolved);
  }

  /**
   * A part of a compound yields to a term that is the whole word (concepts-1.4.0): "Betrieb"
   * (operations, production architecture) is the first part of "Betriebsvereinbarung" (works
   * agreement, a security gatekeeper), which names the sentence alone.
   */
  @Test
  void aCompoundPartYieldsToAWholeWordTerm() {
    List<ConceptHit> hits = matcher.match("Die Betriebsvereinbarung fehlt noch.");
    assertEquals(
        List.of(Cause.SECURITY_COMPLIANCE),
        hits.stream().map(ConceptHit::cause).toList(),
        "" + hits);
  }

  /**
   * Words that look like a term in another language or by their stem: Italian and Portuguese "data"
   * is a date ({@code false_friends}); Spanish "Desarrollo" and Italian "sviluppo" (development)
   * are not "desarrollador"/"sviluppatore" (developer); French "une partie de" (a part of) and
   * Spanish "Parte de" are no departure; German "stellen" (to put) is no position ("Stelle"). The
   * same cues in their own sense still read.
   */
  @Test
  void falseFriendsAndLookAlikeStemsNameNothing() {
    for (String s :
        List.of(
            "La data del rilascio slitta a ogni nuova richiesta del marketing.",
            "Ainda sem data para a entrega.",
            "Parte de Desarrollo e ingeniería – Optimización de patio de contenedores.",
            "Lo sviluppo del modello manca ancora.",
            "Une partie de l'équipe travaille sur la migration.",
            "Aktuariat sagt, mit der Streuung kann man keine Reserve stellen.",
            // "Empfehlung" (recommendation) is no compound of "fehl" (missing) + "ung"
            "Prototyp Nachbackempfehlung aus Kassendaten.")) {
      assertEquals(List.of(), matcher.match(s), s);
    }
    assertEquals(
        List.of(Cause.DATA_READINESS), causes(matcher.match("I dati non sono disponibili.")));
    assertEquals(
        List.of(Cause.DATA_READINESS), causes(matcher.match("No data available for the pilot.")));
    assertEquals(
        List.of(Cause.SKILLS_GAP),
        causes(matcher.match("Se fueron los dos desarrolladores y falta experiencia.")));
    assertEquals(
        List.of(Cause.SKILLS_GAP),
        causes(matcher.match("La seule data scientist est partie, l'équipe manque de profils.")));
    assertEquals(
        List.of(Cause.SKILLS_GAP),
        causes(matcher.match("Die Stelle für den ML-Engineer ist nicht besetzt.")));
    // a head with an inflection ending still reads
    assertEquals(
        List.of(Cause.DATA_READINESS), causes(matcher.match("Lieferantendaten fehlen komplett.")));
  }

  private static List<Cause> causes(List<ConceptHit> hits) {
    return hits.stream().map(ConceptHit::cause).toList();
  }

  @Test
  void hitQuotesTheMatchedWordsAsWritten() {
    assertEquals(
        List.of(
            new ConceptHit(
                Cause.DATA_READINESS,
                "concept.data_readiness.access",
                "Access",
                "not been granted",
                "Access to the patient data has not been granted by the trust.")),
        matcher.match("  Access to the patient data has not been granted by the trust. "));
    assertEquals(
        List.of(
            new ConceptHit(
                Cause.SECURITY_COMPLIANCE,
                "concept.security_compliance.approval_blocked",
                "DPIA",
                "awaiting sign-off",
                "The DPIA is still awaiting sign-off from the privacy office.")),
        matcher.match("The DPIA is still awaiting sign-off from the privacy office."));
  }

  @Test
  void oneHitPerCauseAndSeveralCausesPerSentence() {
    List<ConceptHit> hits =
        matcher.match("The budget was cut and the training data never arrived from the vendor.");
    assertEquals(
        List.of("concept.data_readiness.missing", "concept.cost_funding.phrases"),
        hits.stream().map(ConceptHit::ruleId).collect(Collectors.toList()));
  }

  @Test
  void clauseAndWindowLimitTheReach() {
    // concept and signal in different clauses
    assertEquals(List.of(), matcher.match("We looked at the data; the office move was delayed."));
    // same clause but too far apart (more than five words between)
    assertEquals(
        List.of(),
        matcher.match(
            "The data team held a long and very useful planning workshop that got delayed"));
    assertEquals(List.of(), matcher.match(null));
    assertEquals(List.of(), matcher.match("   "));
  }

  @Test
  void serializedMatcherMatchesTheSame() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(matcher);
    }
    ConceptMatcher copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ConceptMatcher) in.readObject();
    }
    String s = "Die Sensordaten sind lückenhaft und inkonsistent.";
    assertEquals(matcher.match(s), copy.match(s));
    assertEquals(1, copy.match(s).size());
  }

  @Test
  void everyCauseHasAFileAndRuleIdsNameTheirCause() {
    List<String> ids = matcher.ruleIds();
    for (Cause c : Cause.values()) {
      if (c != Cause.UNKNOWN) {
        String prefix = "concept." + c.code().toLowerCase(java.util.Locale.ROOT) + ".";
        assertTrue(ids.stream().anyMatch(i -> i.startsWith(prefix)), "rules for " + c);
      }
    }
    assertEquals("concepts-1.6.0", matcher.version());
  }

  @Test
  void userAddsASynonymInACopyOfTheFiles(@TempDir Path dir) throws Exception {
    String sentence = "The telematics pings never arrived from the fleet supplier.";
    assertEquals(List.of(), matcher.match(sentence), "not a data word by default");
    for (String name : fileNames()) {
      Files.writeString(dir.resolve(name), resource(name));
    }
    Path file = dir.resolve("data_readiness.json");
    Files.writeString(
        file,
        Files.readString(file)
            .replace("\"data\", \"dataset\"", "\"telematics pings\", \"data\", \"dataset\""));
    ConceptMatcher custom = ConceptMatcher.load(dir);
    assertEquals(
        List.of(
            new ConceptHit(
                Cause.DATA_READINESS,
                "concept.data_readiness.missing",
                "telematics pings",
                "never arrived",
                sentence)),
        custom.match(sentence));
  }

  @Test
  void badFilesFailWithFileAndKey() throws Exception {
    assertEquals(
        "data_readiness.json: rules[1].concept: unknown key (allowed: concepts, context, id, "
            + "negator_after_concept, note, priority, signals, standalone, window)",
        loadWith("data_readiness.json", s -> s.replaceFirst("\"concepts\"", "\"concept\"")));
    assertEquals(
        "skills_gap.json: rules[1].signals.en[0]: unknown list @shortage",
        loadWith("skills_gap.json", s -> s.replace("\"@short\"", "\"@shortage\"")));
    assertEquals(
        "cost_funding.json: cause: is COST, expected COST_FUNDING (one file per cause, named after"
            + " its code)",
        loadWith("cost_funding.json", s -> s.replace("\"COST_FUNDING\"", "\"COST\"")));
    assertEquals(
        "shared.json: window: expected a whole number from 0 to 20",
        loadWith("shared.json", s -> s.replace("\"window\": 5", "\"window\": \"five\"")));
    assertEquals(
        "scope_creep.json: not valid JSON: ",
        loadWith("scope_creep.json", s -> s.substring(0, 40)).replaceAll("JSON: .*", "JSON: "));
  }

  private static String loadWith(String file, Function<String, String> edit) throws Exception {
    Map<String, String> texts = new HashMap<>();
    for (String name : fileNames()) {
      texts.put(name, resource(name));
    }
    texts.put(file, edit.apply(texts.get(file)));
    return assertThrows(ConfigException.class, () -> ConceptMatcher.load(texts::get)).getMessage();
  }

  private static List<String> fileNames() {
    List<String> names = new java.util.ArrayList<>(List.of(ConceptMatcher.SHARED_FILE));
    for (Cause c : Cause.values()) {
      if (c != Cause.UNKNOWN) {
        names.add(ConceptMatcher.fileName(c));
      }
    }
    return names;
  }

  private static String resource(String name) throws Exception {
    try (InputStream in =
        ConceptMatcher.class
            .getClassLoader()
            .getResourceAsStream(ConceptMatcher.DEFAULT_DIR + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * A floor on the blind phrase set of CauseGeneralisationTest, measured when these files were
   * written (95/220 positives, 0/100 negatives): the matcher must stay quiet on the negatives. The
   * figures are for regression only; the set was seen, so it no longer measures generalisation.
   */
  @Test
  void phraseSetFloor() throws Exception {
    int positives = 0;
    int named = 0;
    int negativesFired = 0;
    try (InputStream in = getClass().getResourceAsStream("/CauseGeneralisationTest/phrases.csv")) {
      MappingIterator<Map<String, String>> it =
          new CsvMapper()
              .readerFor(Map.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(in);
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        List<ConceptHit> hits = matcher.match(row.get("text"));
        if (row.get("expected_cause").equals("NONE")) {
          negativesFired += hits.isEmpty() ? 0 : 1;
        } else {
          positives++;
          named +=
              hits.stream().anyMatch(h -> h.cause().code().equals(row.get("expected_cause")))
                  ? 1
                  : 0;
        }
      }
    }
    assertEquals(220, positives);
    assertTrue(named >= 90, "positives named: " + named);
    assertTrue(negativesFired <= 2, "negatives with a hit: " + negativesFired);
  }
}
