package dev.lastmile.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.rules.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a run executes by input size, from the versioned file {@code dev/lastmile/run/execution.json}
 * on the classpath (bin/lastmile-env reads the same threshold).
 *
 * @param version the file's version
 * @param smallInputBytes inputs up to this many bytes (all files together) run as a small job
 * @param bytesPerShufflePartition input bytes per shuffle partition on a small run
 * @param smallRunSettings the Spark SQL settings of a small run (key to value, in file order)
 * @param smallRunPageSize Spark's memory page size for a small run's driver ({@code
 *     spark.buffer.pageSize}, such as {@code 1m}): fixed when the session starts, so
 *     bin/lastmile-env passes it to the JVM, not the job
 */
record ExecutionParams(
    String version,
    long smallInputBytes,
    long bytesPerShufflePartition,
    Map<String, String> smallRunSettings,
    String smallRunPageSize) {
  static final String FILE = "dev/lastmile/run/execution.json";

  /** The bundled execution.json. */
  static ExecutionParams bundled() {
    try (InputStream in = ExecutionParams.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new ConfigException(FILE, "", "not on the classpath");
      }
      JsonNode n = new ObjectMapper().readTree(in);
      return new ExecutionParams(
          n.path("version").asText("execution-?"),
          positive(n, "small_input_bytes"),
          positive(n, "bytes_per_shuffle_partition"),
          settings(n, "small_run_settings"),
          size(n, "small_run_page_size"));
    } catch (IOException e) {
      throw new ConfigException(FILE, "", "invalid JSON (" + e.getMessage() + ")");
    }
  }

  /** An object of Spark settings, each a string value; empty when the key is absent. */
  private static Map<String, String> settings(JsonNode n, String key) {
    JsonNode v = n.get(key);
    Map<String, String> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    if (!v.isObject()) {
      throw new ConfigException(FILE, key, "expected an object of Spark settings, got " + v);
    }
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) v::fields) {
      if (!e.getKey().startsWith("spark.") || !e.getValue().isTextual()) {
        throw new ConfigException(
            FILE,
            key + "." + e.getKey(),
            "expected a Spark setting (spark.*) with a string value, got " + e.getValue());
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * A size as Spark and bin/lastmile-env read it: a whole number of kibi-, mebi- or gibibytes
   * ({@code 1m}); bin/lastmile-env falls back to 1m for any other form, so the file must not have
   * one.
   */
  private static String size(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || !v.isTextual() || !v.asText().matches("[1-9][0-9]*[kmg]")) {
      throw new ConfigException(FILE, key, "expected a size such as \"1m\", got " + v);
    }
    return v.asText();
  }

  private static long positive(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || !v.canConvertToLong() || v.asLong() <= 0) {
      throw new ConfigException(FILE, key, "expected a positive whole number, got " + v);
    }
    return v.asLong();
  }
}
