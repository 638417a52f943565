package dev.lastmile.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.Cause;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.rules.CauseRulesFiles;
import dev.lastmile.rules.ConfigException;
import dev.lastmile.transform.CauseMatcher;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The learned pass: the shipped model, its features, and how the matcher uses it. */
class CauseModelTest {
  private static final ConceptMatcher CONCEPTS = ConceptMatcher.loadDefault();
  private static final CauseModel MODEL = CauseModel.loadDefault();

  /** The default rules (the learned pass is on by default since causes-1.9.0). */
  static CauseRules on() {
    return CauseRules.loadDefault();
  }

  /** The default rules with the learned pass switched off, as a config does. */
  static CauseRules off() {
    try {
      return CauseRules.fromJson(
          new ObjectMapper().readTree("{\"model_pass\": {\"enabled\": false}}"), "off.json");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A sentence in no training file that no regex or concept rule names (checked below). */
  static final String UNSEEN = UnseenSentences.ADOPTION;

  private static JsonNode shipped() throws Exception {
    try (InputStream in =
        CauseModel.class.getClassLoader().getResourceAsStream(CauseModel.DEFAULT_PATH)) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void theShippedModelNamesTheFilesItWasTrainedOnAndTheyAreUnchanged() throws Exception {
    JsonNode root = shipped();
    Path repo = Path.of(System.getProperty("lastmile.repoRoot", ".."));
    assertTrue(root.path("trained_on").size() >= 4, "trained on the used phrase sets");
    for (JsonNode f : root.path("trained_on")) {
      Path p = repo.resolve(f.path("file").asText());
      assertTrue(Files.exists(p), p + " exists");
      String sha =
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
      assertEquals(
          f.path("sha256").asText(),
          sha,
          p + " changed since the model was trained: retrain with bin/lastmile-train");
      assertTrue(
          !f.path("file").asText().contains("blind-2026-12l")
              && !f.path("file").asText().contains("blind-2026-12m")
              && !f.path("file").asText().contains("blind-2026-12n"),
          "the blind sets 2026-12l, 12m (this round) and 12n (next round) are never training"
              + " material");
      assertTrue(
          !f.path("file").asText().contains("real-data"), "real exports are never trained on");
    }
    assertTrue(
        root.path("trained_on").toString().contains("eval/blind-2026-12g/phrases.csv"),
        "the last round's blind set is training material (2026-12g since cause-model-3.2.0)");
    for (String spent :
        List.of(
            "eval/blind-2026-12h/phrases.csv",
            "eval/blind-2026-12i/phrases.csv",
            "eval/blind-2026-12j/phrases.csv",
            "eval/blind-2026-12k/phrases.csv")) {
      assertTrue(
          root.path("trained_on").toString().contains(spent),
          spent + " is training material (12h, 12i since cause-model-4.0.0; 12j, 12k since 4.1.0)");
    }
    // 12j and 12k were scored held out with --eval before they joined (eval/TUNING.md, q12)
    for (String spent :
        List.of("eval/blind-2026-12h/phrases.csv", "eval/blind-2026-12i/phrases.csv")) {
      assertTrue(root.path("leave_one_file_out").has(spent), spent + " held out once");
    }
    assertEquals(
        List.of("chars:4:5:unknown"),
        MODEL.families().names(),
        "cause-model-4.0.0 reads character 4-grams of unknown words of five letters or more");
    assertEquals(200, root.path("parameters").path("max_iter").asInt());
    // held out since cause-model-4.0.0: 2026-12g, 12h, 12i and the good-news slice (12f until
    // 3.2.0)
    assertTrue(root.path("leave_one_file_out").has("eval/blind-2026-12g/phrases.csv"));
    assertTrue(root.path("leave_one_file_out").has("eval/train-2026-12f/good-news/sentences.csv"));
    List<String> expected = new ArrayList<>(List.of(CauseModel.NONE));
    for (Cause c : Cause.values()) {
      if (c != Cause.UNKNOWN) {
        expected.add(c.code());
      }
    }
    assertEquals(expected, MODEL.classes());
    assertEquals(root.path("concepts_version").asText(), CONCEPTS.version());
  }

  @Test
  void featuresAreStemsAndTheRolesTheWordsHaveInTheConceptFiles() {
    Set<String> f = CONCEPTS.features("The sensor readings were never labelled.");
    assertTrue(f.contains("w:sensor"), f.toString());
    // the concept files' own negation scope (since concepts-1.3.0): "never" reaches "labelled"
    assertTrue(f.contains("n:label"), f.toString());
    assertTrue(f.contains("k:DATA_READINESS:concept"), f.toString());
    assertTrue(f.contains("q:negation"), f.toString());
    assertTrue(CONCEPTS.features("").isEmpty());
    assertTrue(CONCEPTS.features("Reran it 3 times").contains("w:#"));
  }

  @Test
  void featureFamiliesAddCharacterGramsAndBigramsOnlyWhenTheModelNamesThem() {
    String s = "Die Datenqualität war nicht ausreichend.";
    Set<String> plain = CONCEPTS.features(s, (w, k) -> false);
    assertTrue(
        plain.stream().noneMatch(f -> f.startsWith("c:") || f.contains("b:")), plain.toString());
    Set<String> chars =
        CONCEPTS.features(s, (w, k) -> false, FeatureFamilies.parse(List.of("chars:4:5")));
    assertTrue(chars.containsAll(plain), "the families only add features");
    // a compound shares its parts' grams: "datenqualitat" -> "<dat", "date", "qual", "itat", "tat>"
    assertTrue(chars.contains("c:<dat") && chars.contains("c:qual"), chars.toString());
    assertTrue(chars.contains("c:tat>"), chars.toString());
    // "war" and "die" are shorter than five letters; "ausreichend" stands after "nicht": n:c:
    assertTrue(chars.stream().noneMatch(f -> f.equals("c:<war>")), chars.toString());
    assertTrue(chars.contains("n:c:reic") && !chars.contains("c:reic"), chars.toString());
    // unknown words only (cause-model-4.0.0): a word whose stem the model knows gives no grams
    Set<String> unknown =
        CONCEPTS.features(
            s,
            (w, k) -> false,
            FeatureFamilies.parse(List.of("chars:4:5:unknown")),
            f -> f.contains("ausreich"));
    assertTrue(unknown.contains("c:qual") && !unknown.contains("n:c:reic"), unknown.toString());
    assertEquals(
        List.of("chars:4:5:unknown"), FeatureFamilies.parse(List.of("chars:4:5:unknown")).names());
    Set<String> bigrams =
        CONCEPTS.features(
            "The vendor API kept timing out.",
            (w, k) -> false,
            FeatureFamilies.parse(List.of("bigrams")));
    assertTrue(bigrams.contains("b:vendor_api"), bigrams.toString());
    assertEquals(
        new FeatureFamilies(true, 4, 5, false),
        FeatureFamilies.parse(List.of("bigrams", "chars:4:5")));
    assertThrows(IllegalArgumentException.class, () -> FeatureFamilies.parse(List.of("trigrams")));
    assertThrows(IllegalArgumentException.class, () -> FeatureFamilies.parse(List.of("chars:4:3")));
  }

  @Test
  void aModelFileWithAnUnknownFeatureFamilyIsRefused() throws Exception {
    JsonNode bad =
        new ObjectMapper()
            .readTree(
                "{\"version\":\"x\",\"classes\":[\"NONE\",\"COST_FUNDING\"],"
                    + "\"intercepts\":[0,0],\"weights\":{},"
                    + "\"parameters\":{\"feature_families\":[\"trigrams\"]}}");
    ConfigException e = assertThrows(ConfigException.class, () -> CauseModel.read("m.json", bad));
    assertTrue(e.getMessage().contains("unknown feature family: trigrams"), e.getMessage());
  }

  @Test
  void wordsInsideTheRulesNegationOrResolutionScopeAreFeaturesOfTheirOwn() {
    CauseMatcher m = CauseMatcher.of(on());
    Set<String> negated = m.modelFeatures("The goalposts have not moved since March.");
    assertTrue(negated.contains("w:goalpost"), negated.toString());
    assertTrue(negated.contains("n:move"), negated.toString());
    assertTrue(!negated.contains("w:move"), negated.toString());
    assertTrue(negated.contains("n:k:SCOPE_CREEP:signal"), negated.toString());
    Set<String> plain = m.modelFeatures("The goalposts moved at every steering meeting.");
    assertTrue(plain.contains("w:move") && !plain.contains("n:move"), plain.toString());
    Set<String> resolved = m.modelFeatures("The data access issue was resolved in March.");
    assertTrue(resolved.contains("n:access"), resolved.toString());
    // a denied good state keeps its concept role: its denial is the problem
    Set<String> denied = m.modelFeatures("The business never approved the budget.");
    assertTrue(denied.stream().anyMatch(f -> f.startsWith("k:")), denied.toString());
  }

  @Test
  void negatedResolvedAndHypotheticalSentencesGetNoGuess() {
    CauseMatcher m = CauseMatcher.of(on());
    for (String s :
        List.of(
            "The goalposts have not moved since March.",
            "No hallucinations were found in the summaries.",
            "The project survived the cost-cutting round.",
            "Drift has not been an issue since we added monitoring.",
            "Nobody switched the prompts off.",
            "As a user I want the gallery to display images at every breakpoint (no text).",
            "If the store managers stop opening the recommendations we will lose the pilot.")) {
      assertTrue(m.match(s, false).isEmpty(), s + " -> " + m.match(s, false));
    }
  }

  @Test
  void aPhrasingNoRuleKnowsIsNamedByTheModelWithTheFeaturesThatCarriedIt() {
    CauseModel.Prediction p =
        MODEL.predict(CauseMatcher.of(on()).modelFeatures(UNSEEN), 0.6, true, true);
    assertEquals(Cause.USER_ADOPTION, p.cause());
    assertTrue(p.probability() >= 0.6, "p = " + p.probability());
    assertTrue(!p.features().isEmpty() && p.features().size() <= 5, p.features().toString());
  }

  @Test
  void aSentenceWithNoWordOfTroubleIsNotAGuess() {
    CauseMatcher m = CauseMatcher.of(on());
    // real QA text (real-data-2): an owner word and a signal word, nothing wrong
    String qa = "You can add your own Quick Filters in the board configuration (select Board)";
    assertNull(MODEL.predict(m.modelFeatures(qa), 0.6, false, false));
    assertTrue(m.match(qa, false).isEmpty());
    // good news in the words of trouble: the model alone is sure, require_problem keeps it silent
    String good = "Staff stopped using the old spreadsheet once the tool went live.";
    Set<String> f = m.modelFeatures(good);
    assertEquals(Cause.USER_ADOPTION, MODEL.predict(f, 0.6, false, false).cause());
    assertNull(MODEL.predict(f, 0.6, false, true));
    assertTrue(m.match(good, false).isEmpty());
  }

  @Test
  void neutralChatterNamesNothing() {
    for (String s :
        List.of(
            "Moved the nightly batch to 02:00 and bumped the library version.",
            "Demo went fine, slides are in the team folder.",
            "Merged the PR, thanks for the review!")) {
      assertNull(MODEL.predict(CONCEPTS.features(s), 0.5), s);
    }
  }

  @Test
  void theMatcherRunsTheModelOnlyWhereNoRuleNamedACause() {
    CauseMatcher m = CauseMatcher.of(on());
    List<CauseMatcher.Hit> hits = m.match(UNSEEN, false);
    assertEquals(1, hits.size(), hits.toString());
    CauseMatcher.Hit h = hits.get(0);
    assertEquals("model.user_adoption", h.ruleId());
    assertEquals("USER_ADOPTION", h.cause());
    assertEquals(0.5, h.ruleWeight(), 1e-9);
    assertEquals(UNSEEN, h.excerpt());
    // a sentence a regex rule explains gets no second reading from the model
    List<CauseMatcher.Hit> ruled = m.match("We are still waiting for access to the data.", false);
    assertTrue(ruled.stream().noneMatch(x -> x.ruleId().startsWith("model.")), ruled.toString());
    assertTrue(!ruled.isEmpty());
    // labels (issue labels, components) are never read by the model
    assertTrue(m.match(UNSEEN, true).isEmpty());
  }

  @Test
  void theModelReplacesARuleHitItReadsAsAnotherCauseAndKeepsTheOnesItAgreesWith() throws Exception {
    CauseMatcher m = CauseMatcher.of(on());
    CauseMatcher unchecked =
        CauseMatcher.of(
            CauseRules.fromJson(
                new ObjectMapper()
                    .readTree("{\"model_pass\": {\"cross_check\": {\"enabled\": false}}}"),
                "no-check.json"));
    // a data-protection demand: the concept list reads "keine Patientendaten" as missing data,
    // the model reads the sentence as security and compliance, and its reading replaces the hit
    String dsb = "Die DSB will schriftlich, dass keine Patientendaten in die USA gehen.";
    List<CauseMatcher.Hit> raw = unchecked.match(dsb, false);
    assertEquals(
        List.of("concept.data_readiness.missing"), raw.stream().map(h -> h.ruleId()).toList());
    List<CauseMatcher.Hit> hits = m.match(dsb, false);
    assertEquals(1, hits.size(), hits.toString());
    assertEquals("model.crosscheck.security_compliance", hits.get(0).ruleId());
    assertEquals("SECURITY_COMPLIANCE", hits.get(0).cause());
    assertEquals(0.5, hits.get(0).ruleWeight(), 1e-9);
    assertEquals(dsb, hits.get(0).excerpt());
    // approved without conditions: the concept list reads a blocked approval, the model reads
    // no trouble at all (NONE 0.77, security 0.17), so the hit goes and nothing replaces it
    String dsfa = "Der Datenschutz hat die DSFA ohne Auflagen freigegeben.";
    assertEquals(
        List.of("concept.security_compliance.approval_blocked"),
        unchecked.match(dsfa, false).stream().map(h -> h.ruleId()).toList());
    assertEquals(List.of(), m.match(dsfa, false));
    // where the model agrees, or is unsure, the rule's hit stays as it is: "lineage" is data
    // (the model reads unclear objective at 0.49), "never pay for itself" is cost (the model
    // reads production architecture at 0.50); neither reading reaches min_other_probability
    for (String kept :
        List.of(
            "Nobody could tell us the lineage of the revenue fields.",
            "The hosted model will never pay for itself at these volumes.")) {
      assertEquals(
          unchecked.match(kept, false).stream().map(h -> h.ruleId()).toList(),
          m.match(kept, false).stream().map(h -> h.ruleId()).toList(),
          kept);
      assertTrue(m.match(kept, false).stream().noneMatch(h -> h.ruleId().startsWith("model.")));
    }
    String capex =
        "Finance froze the capex line for sensors after the bad spring; the probe order was"
            + " cancelled.";
    assertEquals(
        List.of("concept.cost_funding.money_problem"),
        m.match(capex, false).stream().map(h -> h.ruleId()).toList());
    String access = "We are still waiting for access to the data.";
    assertEquals(
        unchecked.match(access, false).stream().map(h -> h.ruleId()).toList(),
        m.match(access, false).stream().map(h -> h.ruleId()).toList());
    // labels are never read by the model, so never re-read either
    assertEquals(
        unchecked.match(dsb, true).stream().map(h -> h.ruleId()).toList(),
        m.match(dsb, true).stream().map(h -> h.ruleId()).toList());
    CauseRulesFiles.CrossCheckSpec spec = on().modelPass().crossCheck();
    assertTrue(spec.enabled());
    assertEquals(0.1, spec.conceptMaxProbability(), 1e-9);
    assertEquals(0.05, spec.regexMaxProbability(), 1e-9);
    assertEquals(0.6, spec.minOtherProbability(), 1e-9);
    assertEquals(0.75, spec.noneMinProbability(), 1e-9);
    assertEquals(0.2, spec.noneMaxProbability(), 1e-9);
  }

  @Test
  void theLearnedPassIsOnByDefaultAndAConfigTurnsItOff() {
    assertTrue(CauseRules.loadDefault().modelPass().enabled());
    assertEquals(0.6, CauseRules.loadDefault().modelPass().minProbability(), 1e-9);
    List<CauseMatcher.Hit> hits = CauseMatcher.of(CauseRules.loadDefault()).match(UNSEEN, false);
    assertEquals(List.of("model.user_adoption"), hits.stream().map(h -> h.ruleId()).toList());
    assertTrue(CauseMatcher.of(off()).match(UNSEEN, false).isEmpty());
  }

  @Test
  void aBrokenModelFileIsAOneLineErrorNamingTheKey() throws Exception {
    JsonNode bad =
        new ObjectMapper()
            .readTree(
                "{\"version\":\"x\",\"classes\":[\"NONE\",\"DATA_READINESS\"],"
                    + "\"intercepts\":[0,0],\"weights\":{\"w:data\":[1]}}");
    ConfigException e = assertThrows(ConfigException.class, () -> CauseModel.read("m.json", bad));
    assertTrue(e.getMessage().contains("weights.w:data"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"));
    JsonNode notACause =
        new ObjectMapper()
            .readTree(
                "{\"version\":\"x\",\"classes\":[\"NONE\",\"BAD_LUCK\"],\"intercepts\":[0,0]}");
    ConfigException e2 =
        assertThrows(ConfigException.class, () -> CauseModel.read("m.json", notACause));
    assertTrue(e2.getMessage().contains("BAD_LUCK"), e2.getMessage());
  }

  /** Sentences written for this test, in no phrase file. */
  static final class UnseenSentences {
    static final String ADOPTION =
        "Most field engineers never log in; they print the old job sheets instead.";
  }
}
