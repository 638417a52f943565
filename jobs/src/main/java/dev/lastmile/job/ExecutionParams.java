package dev.lastmile.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.rules.ConfigException;
import java.io.IOException;
import java.io.InputStream;

/**
 * How a run executes by input size, from the versioned file {@code dev/lastmile/run/execution.json}
 * on the classpath (bin/lastmile-env reads the same threshold).
 *
 * @param version the file's version
 * @param smallInputBytes inputs up to this many bytes (all files together) run as a small job
 * @param bytesPerShufflePartition input bytes per shuffle partition on a small run
 */
record ExecutionParams(String version, long smallInputBytes, long bytesPerShufflePartition) {
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
          positive(n, "bytes_per_shuffle_partition"));
    } catch (IOException e) {
      throw new ConfigException(FILE, "", "invalid JSON (" + e.getMessage() + ")");
    }
  }

  private static long positive(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || !v.canConvertToLong() || v.asLong() <= 0) {
      throw new ConfigException(FILE, key, "expected a positive whole number, got " + v);
    }
    return v.asLong();
  }
}
