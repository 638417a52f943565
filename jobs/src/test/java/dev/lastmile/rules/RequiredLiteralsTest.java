package dev.lastmile.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {
  private static List<List<Set<String>>> b(String regex) {
    return RequiredLiterals.branches(regex);
  }

  private static final List<List<Set<String>>> NOTHING = List.of(List.of());

  @Test
  void aPlainWordIsItsOwnRequirement() {
    assertEquals(List.of(List.of(Set.of("stalled"))), b("\\bstalled\\b"));
  }

  @Test
  void optionalSuffixesCollapseToTheStemTheyAllContain() {
    assertEquals(List.of(List.of(Set.of("block"))), b("\\bblock(?:ed|ing|er|s)?\\b"));
  }

  @Test
  void smallClassesAndAlternationsStayExact() {
    assertEquals(List.of(List.of(Set.of("licence", "license"))), b("licen[cs]e"));
    assertEquals(
        List.of(List.of(Set.of("data access", "data entitlement"))),
        b("data (?:access|entitlement)"));
  }

  @Test
  void aNearPatternRequiresATermFromEachSide() {
    List<List<Set<String>>> got =
        b("\\b(?:no|lack(?:s|ed)?)\\b\\W+(?:\\w+\\W+){0,3}(?:data|records)\\b");
    assertEquals(1, got.size());
    assertEquals(Set.of(Set.of("no", "lack"), Set.of("data", "records")), Set.copyOf(got.get(0)));
  }

  @Test
  void topLevelAlternativesAreKeptApart() {
    List<List<Set<String>>> got = b("\\bscope creep\\b|\\bdata\\W+\\w+\\W+silos?\\b");
    assertEquals(List.of(Set.of("scope creep")), got.get(0));
    assertEquals(Set.of(Set.of("data"), Set.of("silo")), Set.copyOf(got.get(1)));
  }

  @Test
  void lookAroundsAndAnchorsRequireNothing() {
    assertEquals(List.of(List.of(Set.of("approved"))), b("^(?<!not )approved(?! later)$"));
  }

  @Test
  void starredAndOptionalPartsRequireNothingButTheRestStillCounts() {
    assertEquals(Set.of(Set.of("ab"), Set.of("cd")), Set.copyOf(b("ab(?:x|y)*cd").get(0)));
    assertEquals(List.of(List.of(Set.of("cd"))), b("(?:ab\\w)?cd"));
  }

  @Test
  void anAlternativeThatRequiresNothingMakesTheWholeRegexRequireNothing() {
    assertEquals(NOTHING, b("\\bbudget\\b|\\d+\\w*"));
  }

  @Test
  void constructsItDoesNotModelRequireNothing() {
    assertEquals(NOTHING, b("(?i)budget"));
    assertEquals(NOTHING, b("(a)\\1"));
    assertEquals(NOTHING, b("[a&&b]x"));
    assertEquals(NOTHING, b("\\u00e9t\\u00e9"));
  }

  @Test
  void unicodePropertiesMatchAnythingButTheLiteralsAroundThemCount() {
    assertEquals(List.of(List.of(Set.of("ing"))), b("\\p{L}+ing"));
    assertEquals(List.of(List.of(Set.of("ing"))), b("[\\p{L}']+ing"));
  }

  @Test
  void escapedPunctuationIsLiteral() {
    assertEquals(List.of(List.of(Set.of("ci/cd"))), b("ci\\/cd"));
    assertEquals(List.of(List.of(Set.of("what's"))), b("what\\'s"));
  }
}
