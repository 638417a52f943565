package dev.lastmile.io.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.QuarantineReason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MLflow model-registry exports: REST {@code model-versions/search}, {@code
 * registered-models/search}, single {@code model_version}/{@code registered_model} responses and
 * the per-model JSON of mlflow-export-import. Every object that has a {@code name} and a {@code
 * version} plus a stage or timestamps is a model version; registered-model aliases ({@code [{alias,
 * version}]}) are attached to their versions. A version listed twice in one file (latest_versions
 * and versions) is one record. Stages must be one of the known values, never fuzzy-mapped. Record
 * numbers are 1-based version positions in the file.
 */
final class MlflowParser implements StepParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<JsonNode> versions = new ArrayList<>();
  private final Map<String, List<String>> aliasesByVersion = new HashMap<>();
  private final Set<String> knownStages;
  private int next;
  private String fileError;

  MlflowParser(InputStream in, Set<String> knownStages) {
    this.knownStages = knownStages;
    try {
      JsonNode root = MAPPER.readTree(in);
      Map<String, JsonNode> unique = new LinkedHashMap<>();
      collect(root, null, unique);
      versions.addAll(unique.values());
    } catch (IOException e) {
      fileError = e.getMessage() == null ? "invalid JSON" : e.getMessage().split("\n")[0];
    }
  }

  private void collect(JsonNode n, String modelName, Map<String, JsonNode> unique) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        collect(c, modelName, unique);
      }
      return;
    }
    if (!n.isObject()) {
      return;
    }
    boolean isVersion =
        n.has("version")
            && n.has("name")
            && (n.has("current_stage") || n.has("creation_timestamp") || n.has("run_id"));
    if (isVersion) {
      String k = n.get("name").asText() + "\u0000" + n.get("version").asText();
      unique.putIfAbsent(k, n);
      return;
    }
    String name = n.has("name") && n.get("name").isTextual() ? n.get("name").asText() : modelName;
    JsonNode aliases = n.get("aliases");
    if (aliases != null && aliases.isArray() && name != null) {
      for (JsonNode a : aliases) {
        if (a.isObject() && a.has("alias") && a.has("version")) {
          aliasesByVersion
              .computeIfAbsent(name + "\u0000" + a.get("version").asText(), x -> new ArrayList<>())
              .add(a.get("alias").asText());
        }
      }
    }
    for (var it = n.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!"aliases".equals(e.getKey())) {
        collect(e.getValue(), name, unique);
      }
    }
  }

  @Override
  public long recordsRead() {
    return fileError != null ? 1 : next;
  }

  @Override
  public boolean step(RecSink sink) {
    if (fileError != null) {
      if (next++ == 0) {
        sink.quarantine(
            1,
            QuarantineReason.MALFORMED_JSON,
            "MLflow JSON does not parse: " + fileError,
            fileError);
        return true;
      }
      return false;
    }
    if (next >= versions.size()) {
      return false;
    }
    JsonNode v = versions.get(next++);
    long recNo = next;
    String name = v.get("name").asText();
    String version = v.get("version").asText();
    String stage =
        v.has("current_stage") && !v.get("current_stage").isNull()
            ? v.get("current_stage").asText()
            : "None";
    if (!knownStages.contains(stage.toLowerCase(Locale.ROOT))) {
      sink.quarantine(
          recNo,
          QuarantineReason.UNKNOWN_ENUM,
          name + " v" + version + ": current_stage '" + stage + "' is not a known MLflow stage",
          v.toString());
      return true;
    }
    Rec r;
    try {
      java.sql.Timestamp created =
          v.has("creation_timestamp")
              ? Dates.fromEpochMillis("creation_timestamp", v.get("creation_timestamp").asLong())
              : null;
      java.sql.Timestamp updated =
          v.has("last_updated_timestamp")
              ? Dates.fromEpochMillis(
                  "last_updated_timestamp", v.get("last_updated_timestamp").asLong())
              : null;
      r = sink.rec(Kinds.MODEL, recNo);
      r.setModelCreated(created);
      r.setModelUpdated(updated);
    } catch (Dates.BadDate e) {
      sink.quarantine(
          recNo,
          QuarantineReason.DATE_OUT_OF_RANGE,
          name + " v" + version + ": " + e.getMessage(),
          v.toString());
      return true;
    }
    r.setModelName(name);
    r.setModelVersion(version);
    r.setModelStage(canonicalStage(stage));
    List<String> aliases = new ArrayList<>();
    for (JsonNode a : v.path("aliases")) {
      // a string (REST workspace registry) or {alias, version} (Unity Catalog)
      String alias = a.isObject() ? a.path("alias").asText("") : a.asText("");
      if (!alias.isEmpty() && !aliases.contains(alias)) {
        aliases.add(alias);
      }
    }
    for (String alias : aliasesByVersion.getOrDefault(name + "\u0000" + version, List.of())) {
      if (!aliases.contains(alias)) {
        aliases.add(alias);
      }
    }
    r.setAliases(aliases);
    String desc =
        v.has("description") && !v.get("description").isNull()
            ? v.get("description").asText()
            : null;
    r.setDescription(desc == null || desc.isBlank() ? null : desc);
    StringBuilder tags = new StringBuilder();
    JsonNode t = v.get("tags");
    if (t != null && t.isArray()) {
      for (JsonNode kv : t) {
        append(tags, kv.path("key").asText(), kv.path("value").asText());
      }
    } else if (t != null && t.isObject()) {
      for (var it = t.fields(); it.hasNext(); ) {
        var e = it.next();
        append(tags, e.getKey(), e.getValue().asText());
      }
    }
    r.setTags(tags.length() == 0 ? null : tags.toString());
    return true;
  }

  private static void append(StringBuilder sb, String k, String v) {
    if (sb.length() > 0) {
      sb.append("; ");
    }
    sb.append(k).append('=').append(v);
  }

  private static String canonicalStage(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.isEmpty() ? "None" : Character.toUpperCase(l.charAt(0)) + l.substring(1);
  }
}
