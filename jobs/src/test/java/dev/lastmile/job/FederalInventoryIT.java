package dev.lastmile.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.Tables;
import dev.lastmile.testing.SparkSubmitRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The registry preset for the US federal AI use-case inventory, end to end through SparkSubmit on
 * the real 2025 inventory (../shared/real-data/registry, outside the repository): its column names
 * and stage vocabulary map onto lastmile's, and every row is accounted for. Skipped, naming the
 * folder, when it is missing.
 *
 * <p>Child JVMs only (SparkSubmit), so it runs beside the other ITs (CONCURRENT; jobs/pom.xml).
 */
@Execution(ExecutionMode.CONCURRENT)
class FederalInventoryIT {
  @TempDir Path tmp;

  static Path shared() {
    return dev.lastmile.io.parse.SharedRealData.root();
  }

  @Test
  void inventoryRunsWithThePresetAndReconciles() throws Exception {
    Path csv =
        shared().resolve("real-data/registry/us-federal-ai-use-case-inventory-2025-individual.csv");
    Path out = tmp.resolve("out");
    SparkSubmitRunner.Result r =
        SparkSubmitRunner.lastmile(
            "--registry",
            csv.toString(),
            "--config",
            SparkSubmitRunner.repoRoot().resolve("config/us-federal-ai-inventory.json").toString(),
            "--output",
            out.toString(),
            "--as-of",
            "2026-10-01");
    assertEquals(0, r.exitCode(), r.stderr());
    JsonNode m = new ObjectMapper().readTree(out.resolve("run-manifest.json").toFile());
    JsonNode in = m.path("inputs").get(0);
    assertEquals("registry-csv", in.path("format").asText());
    long accepted = in.path("accepted").asLong();
    assertEquals(in.path("read").asLong(), accepted + in.path("quarantined").asLong());
    assertTrue(accepted > 3000, "most of the 3,611 use cases are accepted: " + in);
    assertTrue(
        m.path("rules_version").asText().contains("us-federal-ai-inventory-1"),
        m.path("rules_version").asText());

    String a =
        "read_parquet('"
            + out.resolve(Tables.INITIATIVE_ASSESSMENT)
            + "/*/*.parquet', hive_partitioning=true)";
    assertEquals(accepted, LastmileSubmitIT.scalar("select count(*) from " + a));
    List<List<Object>> rows =
        LastmileSubmitIT.query(
            "select initiative_id, outcome, "
                + "reached_production, furthest_stage, business_unit from "
                + a
                + " where initiative_id in ('CFTC-001', 'CFTC-003', 'DHS-165') order by 1");
    assertEquals(
        List.of(
            List.of(
                "CFTC-001",
                "IN_PRODUCTION",
                true,
                "OPERATION",
                "Commodity Futures Trading Commission"),
            List.of(
                "CFTC-003",
                rows.get(1).get(1),
                false,
                "ENGINEERING",
                "Commodity Futures Trading Commission"),
            List.of("DHS-165", "IN_PRODUCTION", true, "OPERATION", rows.get(2).get(4))),
        rows,
        "Deployed, Pre-deployment and Retired use cases");
    assertTrue(List.of("ACTIVE", "STALLED").contains(rows.get(1).get(1)), rows.toString());
  }
}
