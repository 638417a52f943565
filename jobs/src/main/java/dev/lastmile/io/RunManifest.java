package dev.lastmile.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The run manifest: inputs with sha256 and read/accepted/quarantined counts, the configuration
 * used, versions, row counts and timings. Written last: its presence for a snapshot date means the
 * snapshot is complete. Kept as {@code run-manifest.json} (latest run) and under {@code
 * _manifests/snapshot_date=<date>/} (one per snapshot).
 */
public final class RunManifest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root = MAPPER.createObjectNode();
  private final ArrayNode inputs = root.putArray("inputs");
  private final ObjectNode timings;

  public RunManifest(String runId, String snapshotDate) {
    root.put("manifest_version", 1);
    root.put("run_id", runId);
    root.put("snapshot_date", snapshotDate);
    root.put("status", "running");
    timings = MAPPER.createObjectNode();
  }

  public ObjectNode root() {
    return root;
  }

  public ObjectNode addInput() {
    return inputs.addObject();
  }

  public void timing(String phase, double seconds) {
    timings.put(phase, Math.round(seconds * 1000) / 1000.0);
  }

  public void put(String key, JsonNode value) {
    root.set(key, value);
  }

  public void counts(String key, Map<String, Long> counts) {
    ObjectNode n = root.putObject(key);
    counts.forEach(n::put);
  }

  public String json() {
    root.set("timings_seconds", timings);
    try {
      return MAPPER.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the manifest beside the tables (latest) and under _manifests for the snapshot. */
  public void write(FileSystem fs, Path output, String fileName, String snapshotDate) {
    byte[] bytes = json().getBytes(StandardCharsets.UTF_8);
    try {
      for (Path p :
          new Path[] {
            new Path(output, "_manifests/snapshot_date=" + snapshotDate + "/" + fileName),
            new Path(output, fileName)
          }) {
        Path tmp = new Path(p.getParent(), "." + fileName + ".tmp");
        try (OutputStream out = fs.create(tmp, true)) {
          out.write(bytes);
        }
        fs.delete(p, false);
        if (!fs.rename(tmp, p)) {
          throw new IOException("cannot rename " + tmp + " to " + p);
        }
      }
    } catch (IOException e) {
      throw new OutputException(
          "Cannot write the run manifest under " + output + ": " + e.getMessage(), e);
    }
  }
}
