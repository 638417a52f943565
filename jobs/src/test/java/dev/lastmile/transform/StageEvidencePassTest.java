package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.io.parse.ParseTesting;
import dev.lastmile.io.parse.Rec;
import dev.lastmile.rules.LifecycleRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-pass stage evidence ({@link Lifecycle#stageEvidence}: one exploded array of candidates
 * per input frame) gives the same rows, rule ids and evidence text as the union of one select per
 * source it replaced ({@link Lifecycle#stageEvidenceByParts}), on the demo, the dev portfolio and
 * the lineage fixture, with the default rules and with word matching off.
 */
class StageEvidencePassTest {

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("../sample-data", "jira", "models", false),
        Arguments.of("../sample-data", "jira", "models", true),
        Arguments.of("../eval/portfolio-dev", "jira", "models.json", false),
        Arguments.of("src/test/resources/LineageTest", "jira.csv", "models.json", false));
  }

  @ParameterizedTest(name = "{0}, word matching off: {3}")
  @MethodSource("inputs")
  void onePassGivesTheRowsOfOneSelectPerSource(
      String dir, String jira, String models, boolean wordsOff) throws IOException {
    LifecycleRules rules =
        wordsOff
            ? LifecycleRules.withOverrides(
                new ObjectMapper().readTree("{\"stage_vocabulary\": {\"word_matching\": false}}"))
            : LifecycleRules.loadDefault();
    Path root = Path.of(dir);
    List<Rec> all = new ArrayList<>();
    for (Path p : files(root.resolve(jira))) {
      all.addAll(ParseTesting.parseFile(p, "jira"));
    }
    all.addAll(ParseTesting.parseFile(root.resolve("registry.csv"), "registry"));
    for (Path p : files(root.resolve(models))) {
      all.addAll(ParseTesting.parseFile(p, "models"));
    }
    JobInputs in = JobInputs.of(all, rules);
    List<String> onePass =
        sorted(
            Lifecycle.stageEvidence(in.registry(), in.issues(), in.history(), in.models(), rules));
    List<String> byParts =
        sorted(
            Lifecycle.stageEvidenceByParts(
                in.registry(), in.issues(), in.history(), in.models(), rules));
    assertTrue(byParts.size() >= 4, "the fixture shows stages: " + byParts.size());
    if (!wordsOff && !dir.contains("LineageTest")) { // the lineage fixture names no stage word
      assertTrue(
          byParts.stream().anyMatch(r -> r.contains("(stage word '")), "word evidence is tested");
    }
    assertEquals(byParts, onePass);
  }

  private static List<Path> files(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static List<String> sorted(Dataset<Row> df) {
    List<String> out = new ArrayList<>();
    String[] names = df.columns();
    for (Row r : df.collectAsList()) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < names.length; i++) {
        b.append(names[i]).append('=').append(r.get(i)).append('|');
      }
      out.add(b.toString());
    }
    out.sort(null);
    return out;
  }
}
