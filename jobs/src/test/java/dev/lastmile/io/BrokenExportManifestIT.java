package dev.lastmile.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.cli.Main;
import dev.lastmile.io.parse.BrokenJiraExport;
import dev.lastmile.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 1 end to end: the whole job on a generated 50,000-record "all fields" export with
 * every 97th record broken (cut short, unquoted comma, bad date, unlinked project) and quoted
 * multi-line cells. The run manifest reads exactly 50,000 records, accepts 49,485 and quarantines
 * exactly the 515 planted records, each once, at its start line, with its reason.
 */
class BrokenExportManifestIT {

  @Test
  void manifestReadsFiftyThousandAndQuarantinesExactlyThePlantedRecords(@TempDir Path dir)
      throws Exception {
    BrokenJiraExport gen = BrokenJiraExport.generate(50_000);
    Path jira = Files.createDirectories(dir.resolve("jira"));
    Files.writeString(jira.resolve("all-fields.csv"), gen.text, StandardCharsets.UTF_8);
    // A REST page cut mid-issue: its manifest entry must say where and why it broke.
    Files.writeString(
        jira.resolve("page-2.json"),
        "{\"startAt\":50,\"issues\":["
            + "{\"key\":\"P01-900001\",\"fields\":{\"summary\":\"Kept\",\"project\":{\"key\":\"P01"
            + "\"},"
            + "\"created\":\"2025-03-01T10:00:00.000+0000\"}},\n{\"key\":\"P01-900002\",\"fie",
        StandardCharsets.UTF_8);
    Path registry = dir.resolve("registry.csv");
    Files.writeString(registry, BrokenJiraExport.registry(), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    SharedSpark.spark();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(
                new String[] {
                  "--registry",
                  registry.toString(),
                  "--jira",
                  jira.toString(),
                  "--output",
                  out.toString(),
                  "--as-of",
                  "2025-06-01"
                });
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));

    JsonNode manifest = new ObjectMapper().readTree(out.resolve("run-manifest.json").toFile());
    JsonNode in = null;
    for (JsonNode n : manifest.get("inputs")) {
      if (n.get("file").asText().endsWith("all-fields.csv")) {
        in = n;
      }
      assertEquals(
          n.get("read").asLong(),
          n.get("accepted").asLong() + n.get("quarantined").asLong(),
          n.toString());
    }
    assertEquals(50_000, in.get("read").asLong(), "no phantom records");
    assertEquals(515, in.get("quarantined").asLong());
    assertEquals(49_485, in.get("accepted").asLong());
    Map<String, Long> byReason = new TreeMap<>();
    gen.planted.values().forEach(r -> byReason.merge(r, 1L, Long::sum));
    Map<String, Long> manifestReasons = new TreeMap<>();
    in.get("quarantine_reasons")
        .fields()
        .forEachRemaining(e -> manifestReasons.put(e.getKey(), e.getValue().asLong()));
    assertEquals(byReason, manifestReasons);

    Map<Long, String> got = new TreeMap<>();
    for (Row r :
        SharedSpark.spark()
            .read()
            .parquet(out.resolve("quarantine").toString())
            .filter("source_file like '%all-fields.csv'")
            .select("record_number", "reason")
            .collectAsList()) {
      String prev = got.put(r.getLong(0), r.getString(1));
      assertEquals(null, prev, "one quarantine row per broken record, line " + r.getLong(0));
    }
    assertEquals(gen.planted, got, "exactly the planted records, at their start lines");

    JsonNode page = null;
    for (JsonNode n : manifest.get("inputs")) {
      if (n.get("file").asText().endsWith("page-2.json")) {
        page = n;
      }
    }
    assertEquals(2, page.get("read").asLong(), page.toString());
    assertEquals(1, page.get("accepted").asLong(), "the issue before the break is kept");
    assertEquals(1, page.path("quarantine_reasons").path("MALFORMED_JSON").asLong());
    String error = page.path("error").asText();
    org.junit.jupiter.api.Assertions.assertTrue(
        error.startsWith("JSON breaks at line 2, column ") && error.contains("end-of-input"),
        "the truncated page's manifest entry carries its error text: " + page);
    assertEquals(null, in.get("error"), "a CSV with record faults has no file-level error");
  }
}
