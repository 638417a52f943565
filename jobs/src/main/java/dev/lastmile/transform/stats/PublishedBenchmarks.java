package dev.lastmile.transform.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Published AI-failure figures, read from a versioned JSON file (by default the bundled {@code
 * dev/lastmile/stats/published-benchmarks.json}). Figures live in data, not code, so a new
 * publication is an added entry plus a version bump.
 *
 * @param version version string of the file, written to every benchmark row
 * @param benchmarks the figures, in file order
 */
public record PublishedBenchmarks(String version, List<Benchmark> benchmarks) {

  /** Classpath location of the bundled file. */
  public static final String BUNDLED_RESOURCE = "dev/lastmile/stats/published-benchmarks.json";

  /** Portfolio metrics a benchmark can be compared with ({@code comparable_metric}). */
  public static final String FAILURE_RATE = "failure_rate";

  public static final String POC_TO_PRODUCTION_RATE = "poc_to_production_rate";

  /** 1 - poc_to_production_rate over the same denominator. */
  public static final String POC_FAILURE_RATE = "poc_failure_rate";

  public static final List<String> COMPARABLE_METRICS =
      List.of(FAILURE_RATE, POC_TO_PRODUCTION_RATE, POC_FAILURE_RATE);

  public PublishedBenchmarks {
    benchmarks = List.copyOf(benchmarks);
  }

  /**
   * One published figure.
   *
   * @param id stable id
   * @param publisher who published it
   * @param publication title / report id / press release
   * @param year publication year
   * @param claim the claim in words
   * @param metric what the figure measures, in the publication's terms
   * @param value the figure as a fraction 0..1
   * @param valueKind point, lower_bound or forecast_lower_bound
   * @param weaklySourced survey, press release, vendor-commissioned, forecast or restated figure
   * @param provenance where the number comes from and why it is (not) solid
   * @param url where to read it, when known
   * @param comparableMetric portfolio metric it is set against, or null
   * @param comparisonNote how the definitions differ
   */
  public record Benchmark(
      String id,
      String publisher,
      String publication,
      int year,
      String claim,
      String metric,
      double value,
      String valueKind,
      boolean weaklySourced,
      String provenance,
      String url,
      String comparableMetric,
      String comparisonNote) {}

  /** The bundled file. */
  public static PublishedBenchmarks bundled() {
    try (InputStream in =
        PublishedBenchmarks.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Cannot load published benchmarks: " + BUNDLED_RESOURCE + " is not on the classpath");
      }
      return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the JSON format of the bundled file. */
  public static PublishedBenchmarks parse(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot parse published benchmarks: " + e.getMessage(), e);
    }
    String version = text(root, "version");
    if (version == null) {
      throw new IllegalArgumentException("Cannot parse published benchmarks: no version");
    }
    List<Benchmark> out = new ArrayList<>();
    for (JsonNode b : root.path("benchmarks")) {
      String id = text(b, "id");
      double value = b.path("value").asDouble(Double.NaN);
      if (id == null || !(value >= 0.0 && value <= 1.0)) {
        throw new IllegalArgumentException(
            "Cannot parse published benchmark " + id + ": needs an id and a value between 0 and 1");
      }
      String comparable = text(b, "comparable_metric");
      if (comparable != null && !COMPARABLE_METRICS.contains(comparable)) {
        throw new IllegalArgumentException(
            "Cannot parse published benchmark " + id + ": unknown comparable_metric " + comparable);
      }
      out.add(
          new Benchmark(
              id,
              text(b, "publisher"),
              text(b, "publication"),
              b.path("year").asInt(),
              text(b, "claim"),
              text(b, "metric"),
              value,
              text(b, "value_kind"),
              b.path("weakly_sourced").asBoolean(true),
              text(b, "provenance"),
              text(b, "url"),
              comparable,
              text(b, "comparison_note")));
    }
    return new PublishedBenchmarks(version, out);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
