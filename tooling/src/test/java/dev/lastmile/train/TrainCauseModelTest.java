package dev.lastmile.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.concepts.CauseModel;
import dev.lastmile.model.Cause;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.testing.SharedSpark;
import dev.lastmile.transform.CauseMatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/lastmile-train on two small labelled files: the model file and what it predicts. */
class TrainCauseModelTest {
  @TempDir Path dir;

  private static final String HEADER = "id,expected_cause,kind,text\n";

  @Test
  void trainsAModelFileThatNamesItsDataAndPredictsItsLabels() throws Exception {
    SharedSpark.spark(); // the trainer uses the JVM's session and leaves it running
    StringBuilder a = new StringBuilder(HEADER);
    StringBuilder b = new StringBuilder(HEADER);
    String[] budget = {
      "The budget for next year was cut in half",
      "Funding ran out before the pilot ended",
      "Finance withdrew the money for the second phase",
      "The running cost is far above what the business case allowed",
      "No budget left for the cloud bill",
      "Costs exceeded the approved funding twice"
    };
    String[] users = {
      "The agents ignore the suggestions and use their old spreadsheet",
      "Nurses do not trust the alerts and switch them off",
      "Users went back to the manual process after a week",
      "Adoption stayed low as the planners never opened the tool",
      "The sales team refuses to use the scores",
      "Dispatchers override every recommendation"
    };
    String[] chatter = {
      "Merged the pull request", "Moved the ticket to the next sprint",
      "Renamed the columns", "Meeting notes are in the wiki",
      "Updated the README", "Closed as duplicate"
    };
    for (int i = 0; i < 6; i++) {
      StringBuilder f = i < 3 ? a : b;
      f.append("P").append(i).append(",COST_FUNDING,positive,").append(budget[i]).append('\n');
      f.append("Q").append(i).append(",USER_ADOPTION,positive,").append(users[i]).append('\n');
      f.append("N").append(i).append(",NONE,negative,").append(chatter[i]).append('\n');
    }
    Path fa = Files.writeString(dir.resolve("a.csv"), a);
    Path fb = Files.writeString(dir.resolve("b.csv"), b);
    Path out = dir.resolve("model.json");
    int rc =
        TrainCauseModel.run(
            new String[] {
              "--out",
              out.toString(),
              "--version",
              "test-1",
              "--reg",
              "0.01",
              "--min-count",
              "1",
              fa.toString(),
              fb.toString()
            });
    assertEquals(0, rc);
    JsonNode root = new ObjectMapper().readTree(out.toFile());
    assertEquals("test-1", root.path("version").asText());
    assertEquals(fa.toString(), root.path("trained_on").get(0).path("file").asText());
    assertEquals(
        TrainCauseModel.sha256(fa), root.path("trained_on").get(0).path("sha256").asText());
    assertEquals(9, root.path("trained_on").get(1).path("rows").asInt());
    assertTrue(root.path("leave_one_file_out").has(fb.toString()), root.toString());
    assertEquals(12, root.path("classes").size(), "NONE and the eleven causes");

    CauseModel m = CauseModel.read(out.toString(), root);
    // the features the product reads: words in the rules' negation scope are n:stem
    CauseMatcher cm = CauseMatcher.of(CauseRules.loadDefault());
    assertTrue(cm.modelFeatures("Nurses do not trust the alerts").contains("n:trust"));
    assertEquals(
        200, root.path("parameters").path("max_iter").asInt(), "max_iter recorded with the model");
    assertEquals(
        Cause.COST_FUNDING,
        m.predict(cm.modelFeatures("Funding ran out before the pilot ended"), 0.2).cause());
    assertEquals(
        Cause.USER_ADOPTION,
        m.predict(cm.modelFeatures("The sales team refuses to use the scores"), 0.2).cause());
    assertEquals(null, m.predict(cm.modelFeatures("Updated the README"), 0.2));
  }

  @Test
  void aMissingOptionIsAUsageErrorAndAnUnknownLabelAnInputError() throws Exception {
    assertEquals(2, TrainCauseModel.run(new String[] {"--out", "x.json"}));
    Path bad = Files.writeString(dir.resolve("bad.csv"), HEADER + "P1,BAD_LUCK,positive,text\n");
    Exception e =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.io.IOException.class, () -> TrainCauseModel.read(bad));
    assertTrue(e.getMessage().contains("record 2") && e.getMessage().contains("BAD_LUCK"));
    assertEquals(
        3,
        TrainCauseModel.run(
            new String[] {
              "--out", dir.resolve("m.json").toString(), "--version", "v", bad.toString()
            }));
  }
}
