package dev.lastmile.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.Tables;
import dev.lastmile.testing.SparkSubmitRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every real Jira and MLflow export under ../shared/real-data (files nobody here wrote; see its
 * PROVENANCE.md) through the whole product via SparkSubmit, linked to initiatives by a small
 * registry (resources/RealDataIT/registry.csv): exit 0, every record of every file accounted for,
 * and values per file. The federal registries run in FederalInventoryIT and, file by file, in
 * RealExportsTest. Skipped, naming the folder, when it is missing.
 *
 * <p>Child JVMs only (SparkSubmit), so it runs beside the other ITs (CONCURRENT; jobs/pom.xml).
 */
@Execution(ExecutionMode.CONCURRENT)
class RealDataIT {
  @TempDir Path tmp;

  @Test
  void everyRealExportRunsThroughTheProductAndIsAccountedFor() throws Exception {
    Path real = FederalInventoryIT.shared().resolve("real-data");
    Path registry = Path.of(RealDataIT.class.getResource("/RealDataIT/registry.csv").toURI());
    Path out = tmp.resolve("out");
    SparkSubmitRunner.Result r =
        SparkSubmitRunner.lastmile(
            "--registry",
            registry.toString(),
            "--jira",
            real.resolve("jira-csv").toString(),
            "--jira",
            real.resolve("jira-json").toString(),
            "--models",
            real.resolve("mlflow").toString(),
            "--output",
            out.toString(),
            "--as-of",
            "2026-10-01");
    assertEquals(0, r.exitCode(), r.stderr());

    JsonNode m = new ObjectMapper().readTree(out.resolve("run-manifest.json").toFile());
    Map<String, String> got = new TreeMap<>();
    long testIssues = 0;
    for (JsonNode in : m.path("inputs")) {
      String name = Path.of(in.path("file").asText().replace("file:", "")).getFileName().toString();
      assertEquals(
          in.path("read").asLong(),
          in.path("accepted").asLong() + in.path("quarantined").asLong(),
          in.toString());
      got.put(
          name,
          in.path("format").asText()
              + " "
              + in.path("read").asLong()
              + "="
              + in.path("accepted").asLong()
              + "+"
              + in.path("quarantined").asLong()
              + " "
              + in.path("quarantine_reasons"));
      if (name.startsWith("jira-cli")) {
        testIssues += in.path("accepted").asLong();
      }
    }
    long realFiles;
    try (var s = Files.walk(real)) {
      realFiles =
          s.filter(
                  p ->
                      Files.isRegularFile(p)
                          && !p.startsWith(real.resolve("registry"))
                          && !p.getFileName().toString().equals("PROVENANCE.md"))
              .count();
    }
    assertEquals(realFiles + 1, got.size(), "every real export plus the registry: " + got.keySet());
    assertEquals(
        "jira-csv 516=490+26 {\"FIELD_COUNT_MISMATCH\":26}",
        got.get("ckiw-github-csv-tools-jira-server-fr-locale-all-fields.csv"),
        "the French export's 26 misaligned rows are quarantined, the rest accepted");
    assertEquals(
        "jira-csv 22=22+0 {}", got.get("planeso-jira-migration-jira-cloud-2025-all-fields.csv"));
    assertEquals(
        "unknown 1=0+1 {\"UNREADABLE_FILE\":1}",
        got.get("jirametrics-statuses.json"),
        "a status list is not an issue export: recorded, not dropped");
    assertEquals("jira-json 1=1+0 {}", got.get("jirametrics-issue-SP-5-changelog-reopened.json"));
    assertEquals(
        "mlflow-json 2=2+0 {}",
        got.get("mlflow-export-import-databricks-model-staging-production.json"));
    assertEquals(3, testIssues, "TEST-1..3 appear in several jira-cli files: kept once each");

    String a =
        "read_parquet('"
            + out.resolve(Tables.INITIATIVE_ASSESSMENT)
            + "/*/*.parquet', hive_partitioning=true)";
    List<List<Object>> rows =
        LastmileSubmitIT.query(
            "select initiative_id, outcome, "
                + "linked_issue_count, cast(last_activity_date as varchar) from "
                + a
                + " order by 1");
    assertEquals(
        List.of("RD-1", "STALLED", 22, "2025-09-22"),
        rows.get(0),
        "the planeso issues were last touched on 22/Sep/25");
    assertEquals(List.of("RD-2", "STALLED", 490, "2016-10-21"), rows.get(1));
    assertEquals(
        List.of("RD-3", "STALLED", 3, "2022-05-07"),
        rows.get(2),
        "SP-5, SP-10, SP-15 with their changelogs");
    List<List<Object>> prod =
        LastmileSubmitIT.query(
            "select initiative_id, production_evidence "
                + "from "
                + a
                + " where reached_production order by 1");
    assertEquals(2, prod.size(), prod.toString());
    assertEquals("RD-6", prod.get(0).get(0));
    assertTrue(
        ((String) prod.get(0).get(1)).contains("mlflow sklearn_wine v1 Production"),
        prod.toString());
    assertEquals(List.of("RD-7", "mlflow credit_adjudication v3 Production"), prod.get(1));
  }
}
