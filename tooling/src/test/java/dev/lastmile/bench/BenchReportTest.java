package dev.lastmile.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Option parsing and the derived figures of a benchmark result (fixed numbers, no timing). */
class BenchReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sizesAcceptSuffixesAndSort() {
    assertEquals(List.of(10_000L, 100_000L), BenchOptions.parse(new String[] {"--quick"}).sizes());
    assertEquals(
        List.of(40L, 2_000L, 100_000L, 1_000_000L), BenchOptions.parse(new String[0]).sizes());
    BenchOptions o = BenchOptions.parse(new String[] {"--sizes", "1m,50k,2000"});
    assertEquals(List.of(2_000L, 50_000L, 1_000_000L), o.sizes());
    assertEquals("2k-50k-1m", o.label());
    assertEquals(40, o.initiatives(2_000));
    assertEquals(4_000, o.initiatives(1_000_000));
    assertThrows(
        IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--sizes", "ten"}));
    assertThrows(
        IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--bogus"}));
  }

  private static ObjectNode run(long issues, long bytes, double copy, double job, long heap) {
    ObjectNode r = JSON.createObjectNode();
    r.put("issues", issues);
    r.put("input_bytes", bytes);
    ObjectNode c = r.putObject("copy");
    c.put("seconds", copy);
    c.put("process_cpu_seconds", copy * 2);
    c.put("heap_peak_after_gc_mb", 300);
    c.put("heap_peak_used_mb", 900);
    ArrayNode load = JSON.createArrayNode().add(1.5).add(2).add(3);
    c.set("load_average_start", load);
    c.set("load_average_end", load);
    ObjectNode j = r.putObject("job");
    j.put("seconds", job);
    j.put("process_cpu_seconds", job * 2);
    j.put("heap_peak_after_gc_mb", heap);
    j.put("heap_peak_used_mb", heap * 2);
    j.set("load_average_start", load);
    j.set("load_average_end", load);
    j.put("spark_jobs", issues < 10_000 ? 20 : 30);
    c.put("spark_jobs", 5);
    j.putObject("phases_seconds").put("read+parse", 1.0).put("total", job);
    return r;
  }

  @Test
  void ratiosGrowthAndTargets() {
    ObjectNode root = JSON.createObjectNode();
    root.put("sizes", "100k-1m");
    root.putObject("machine")
        .put("cores", 2)
        .set("load_average_start", JSON.createArrayNode().add(1).add(1).add(1));
    root.putArray("inputs");
    ArrayNode runs = root.putArray("runs");
    runs.add(run(100_000, 70L << 20, 10, 20, 900));
    runs.add(run(1_000_000, 700L << 20, 80, 110, 1500));
    BenchReport.summarise(root);

    ObjectNode big = (ObjectNode) runs.get(1);
    assertEquals(1.38, big.get("job_over_copy").asDouble(), 1e-9);
    assertEquals(10.0, big.get("growth_from_previous").get("input_issues").asDouble(), 1e-9);
    assertEquals(5.5, big.get("growth_from_previous").get("job_time").asDouble(), 1e-9);
    assertEquals(9091, big.get("job_issues_per_second").asLong());
    assertTrue(root.get("targets").get("job_over_copy_met").asBoolean());
    assertTrue(root.get("targets").get("job_growth_met").asBoolean());
    assertEquals(1500, root.get("targets").get("job_heap_after_gc_mb").asLong());

    String md = BenchReport.markdown(root);
    assertTrue(md.contains("| 1,000,000 | 80.0 (160.0) | 110.0 (220.0) | 1.38 (1.38) |"), md);
    assertTrue(md.contains("| 1,000,000 | 10.00 | 10.00 | 8.00 | 5.50 | 5.50 |"), md);
    assertTrue(md.contains("read+parse 1.0"), md);
    assertTrue(md.contains("| 5; 30 |"), md);
  }

  @Test
  void demoSizeTargetsCountJobsAndRatio() {
    ObjectNode root = JSON.createObjectNode();
    root.put("sizes", "40-2k-1m");
    root.putObject("machine");
    root.putArray("inputs");
    ArrayNode runs = root.putArray("runs");
    runs.add(run(40, 1L << 20, 2, 5, 300));
    runs.add(run(2_000, 2L << 20, 2, 3, 300));
    runs.add(run(1_000_000, 700L << 20, 80, 110, 1500));
    ((ObjectNode) runs.get(1).get("job")).put("spark_jobs", 26);
    BenchReport.summarise(root);
    ObjectNode t = (ObjectNode) root.get("targets");
    assertEquals(2_000, t.get("demo_size_issues").asLong());
    assertEquals(1.5, t.get("job_over_copy_at_demo_size").asDouble(), 1e-9);
    assertTrue(t.get("job_over_copy_demo_met").asBoolean());
    assertEquals(26, t.get("spark_jobs_at_demo_size").asLong());
    assertFalse(t.get("spark_jobs_demo_met").asBoolean());
    String md = BenchReport.markdown(root);
    assertTrue(md.contains("| ≤ 25 Spark jobs at the demo size | 26 | **no** |"), md);
    assertTrue(
        md.contains("| job ≤ 2.0× copy at the demo size (2,000 issues) | 1.50× | yes |"), md);
  }

  @Test
  void missedTargetsAreMarked() {
    ObjectNode root = JSON.createObjectNode();
    root.put("sizes", "10k-100k");
    root.putObject("machine");
    root.putArray("inputs");
    ArrayNode runs = root.putArray("runs");
    runs.add(run(10_000, 7L << 20, 5, 10, 500));
    runs.add(run(100_000, 70L << 20, 10, 200, 2500));
    BenchReport.summarise(root);
    assertFalse(root.get("targets").get("job_over_copy_met").asBoolean());
    assertFalse(root.get("targets").get("job_growth_met").asBoolean());
    assertFalse(root.get("targets").get("job_heap_met").asBoolean());
    assertTrue(BenchReport.markdown(root).contains("| **no** |"));
  }
}
