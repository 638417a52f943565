package dev.lastmile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A --config that does not fit the rules stops the run with exit 2 and one line naming the file and
 * the key, before Spark starts (run() returns before it builds a session: no Spark here).
 */
class MainConfigTest {
  @TempDir Path tmp;

  String run(String config) throws Exception {
    Path file = tmp.resolve("acme.json");
    Files.writeString(file, config);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(
                new String[] {
                  "--registry",
                  tmp.resolve("r.csv").toString(),
                  "--config",
                  file.toString(),
                  "--output",
                  tmp.resolve("out").toString()
                });
    assertEquals(2, code);
    return err.toString(StandardCharsets.UTF_8)
        .lines()
        .findFirst()
        .orElse("")
        .replace(file.toString(), "acme.json");
  }

  @Test
  void misspeltCheckExits2NamingIt() throws Exception {
    String line =
        run("{\"data_quality\": {\"checks\": {\"MISSING_SPONSR\": {\"enabled\": false}}}}");
    assertEquals(
        "lastmile: acme.json: data_quality.checks: 'MISSING_SPONSR' is not one of "
            + "PRODUCTION_STATUS_WITHOUT_DATE",
        line.substring(0, line.indexOf(", PRODUCTION_DATE_")));
  }

  @Test
  void unknownKeyExits2NamingIt() throws Exception {
    String line = run("{\"stall_window\": {\"days\": 30}}");
    assertEquals(
        "lastmile: acme.json: stall_window.days: unknown key (known: default_days,",
        line.substring(0, line.indexOf(" derived_min_days")));
  }

  @Test
  void misspeltStageSourceExits2NamingIt() throws Exception {
    assertEquals(
        "lastmile: acme.json: stage_vocabulary.sources: 'jira_sprints' is not one of "
            + "registry_field",
        run("{\"stage_vocabulary\": {\"sources\": {\"jira_sprints\": false}}}")
            .replaceAll(", jira_status.*", ""));
  }
}
