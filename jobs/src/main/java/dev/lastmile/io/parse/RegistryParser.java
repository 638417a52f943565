package dev.lastmile.io.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.Cols;
import dev.lastmile.model.QuarantineReason;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The AI-initiative registry as CSV or JSON Lines. Column names are mapped onto the canonical
 * columns through the config; dates resolve strictly; numbers must be numbers. A record with a bad
 * value is quarantined whole (its verdict could not be trusted). Record numbers are the physical
 * line where the record starts (CSV header = line 1; JSONL line numbers).
 */
final class RegistryParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RegistryParser() {}

  /**
   * How one file's columns (or one JSON object's keys) fill the canonical columns: per canonical
   * column the source position it comes from, plus the initiative_id alternatives of {@code
   * registry.id_from} when no column maps to initiative_id.
   */
  static final class Mapping {
    private final Map<String, Integer> sourceOf = new LinkedHashMap<>();
    private final List<int[]> idFrom = new java.util.ArrayList<>();

    /** Builds the mapping for source names in file order. */
    static Mapping of(List<String> names, ParseConfig cfg) {
      Mapping m = new Mapping();
      List<String> configOrder = List.copyOf(cfg.registryColumns().keySet());
      Map<String, Integer> rank = new java.util.HashMap<>();
      Map<String, Integer> firstIndex = new java.util.HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        String k = ParseConfig.key(names.get(i));
        firstIndex.putIfAbsent(k, i);
        List<String> targets = cfg.registryColumns().get(k);
        int r;
        if (targets != null) {
          r = configOrder.indexOf(k);
        } else if (CANONICAL.contains(k)) {
          targets = List.of(k);
          r = Integer.MAX_VALUE; // a column already named canonically, after any configured one
        } else {
          continue;
        }
        for (String c : targets) {
          Integer prev = rank.get(c);
          if (prev == null || r < prev) {
            rank.put(c, r);
            m.sourceOf.put(c, i);
          }
        }
      }
      if (!m.sourceOf.containsKey(Cols.INITIATIVE_ID)) {
        for (List<String> alt : cfg.registryIdFrom()) {
          int[] idx = alt.stream().mapToInt(a -> firstIndex.getOrDefault(a, -1)).toArray();
          if (java.util.Arrays.stream(idx).allMatch(i -> i >= 0)) {
            m.idFrom.add(idx);
          }
        }
      }
      return m;
    }

    boolean has(String canonical) {
      return sourceOf.containsKey(canonical)
          || (Cols.INITIATIVE_ID.equals(canonical) && !idFrom.isEmpty());
    }

    /** The required columns this mapping cannot fill, in contract order. */
    List<String> missingRequired() {
      return java.util.stream.Stream.of(Cols.INITIATIVE_ID, Cols.NAME)
          .filter(c -> !has(c))
          .toList();
    }

    /** Canonical column to raw value for one record's fields (same order as the names). */
    Map<String, String> values(List<String> fields) {
      Map<String, String> out = new LinkedHashMap<>();
      sourceOf.forEach((c, i) -> out.put(c, fields.get(i)));
      if (!idFrom.isEmpty()) {
        for (int[] alt : idFrom) {
          StringBuilder id = new StringBuilder();
          for (int i : alt) {
            String v = fields.get(i) == null ? "" : fields.get(i).strip();
            if (v.isEmpty()) {
              id = null;
              break;
            }
            id.append(id.length() == 0 ? "" : "-").append(v);
          }
          if (id != null) {
            out.put(Cols.INITIATIVE_ID, id.toString());
            break;
          }
        }
      }
      return out;
    }
  }

  private static final Set<String> CANONICAL = Set.of(Cols.REGISTRY_COLUMNS);

  /** Validates one record's canonical values and emits REGISTRY or QUARANTINE. */
  static void emit(
      Map<String, String> values,
      long recNo,
      String raw,
      ParseConfig cfg,
      List<Dates.Format> extraDates,
      RecSink sink) {
    if (raw.indexOf(TextInput.REPLACEMENT) >= 0) {
      sink.quarantine(
          recNo,
          QuarantineReason.INVALID_ENCODING,
          "Record holds bytes that are not valid UTF-8",
          raw);
      return;
    }
    String id = values.get(Cols.INITIATIVE_ID);
    String name = values.get(Cols.NAME);
    id = id == null ? null : id.strip();
    if (id == null || id.isBlank()) {
      sink.quarantine(recNo, QuarantineReason.MISSING_REQUIRED, "initiative_id is empty", raw);
      return;
    }
    if (name == null || name.isBlank()) {
      sink.quarantine(recNo, QuarantineReason.MISSING_REQUIRED, id + ": name is empty", raw);
      return;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      String v = e.getValue() == null ? null : e.getValue().strip();
      boolean empty = v == null || v.isEmpty() || cfg.nullTokens().contains(ParseConfig.key(v));
      out.put(e.getKey(), empty ? null : v);
    }
    for (String c : Cols.REGISTRY_DATE_COLUMNS) {
      try {
        LocalDate d = Dates.parseRegistryDate(c, out.get(c), extraDates);
        out.put(c, d == null ? null : d.toString());
      } catch (Dates.BadDate e) {
        sink.quarantine(
            recNo,
            e.outOfRange ? QuarantineReason.DATE_OUT_OF_RANGE : QuarantineReason.BAD_DATE,
            id + ": " + e.getMessage(),
            raw);
        return;
      }
    }
    for (String c : Cols.REGISTRY_NUMBER_COLUMNS) {
      String v = out.get(c);
      if (v == null) {
        continue;
      }
      String n = v.replaceAll("[\\s,_]", "").replaceAll("^[$€£¥]", "");
      try {
        double d = Double.parseDouble(n);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          throw new NumberFormatException();
        }
        out.put(c, n);
      } catch (NumberFormatException e) {
        sink.quarantine(
            recNo,
            QuarantineReason.BAD_NUMBER,
            id + ": " + c + " '" + Dates.cut(v) + "' is not a number",
            raw);
        return;
      }
    }
    Rec r = sink.rec(Kinds.REGISTRY, recNo);
    r.setFields(out);
  }

  /** CSV registry: one step per record. */
  static final class Csv implements StepParser {
    private final CsvRecordReader reader;
    private final Mapping mapping;
    private final int width;
    private final ParseConfig cfg;
    private final List<Dates.Format> extraDates;
    private long read;

    Csv(CsvRecordReader reader, List<String> header, ParseConfig cfg) {
      this.reader = reader;
      this.cfg = cfg;
      this.width = header.size();
      this.mapping = Mapping.of(header, cfg);
      reader.expectFields(width);
      this.extraDates = Dates.formats(cfg.registryDateFormats());
    }

    @Override
    public long recordsRead() {
      return read;
    }

    @Override
    public boolean step(RecSink sink) throws IOException {
      CsvRecordReader.Result r = reader.next();
      if (r == null) {
        return false;
      }
      read++;
      if (sink.quarantineMalformedCsv(r, width)) {
        return true;
      }
      emit(mapping.values(r.fields), r.line, r.raw, cfg, extraDates, sink);
      return true;
    }
  }

  /** JSON Lines registry: one step per line. */
  static final class JsonLines implements StepParser {
    private final BufferedReader reader;
    private final ParseConfig cfg;
    private final List<Dates.Format> extraDates;
    private long line;
    private long read;

    JsonLines(BufferedReader reader, ParseConfig cfg) {
      this.reader = reader;
      this.cfg = cfg;
      this.extraDates = Dates.formats(cfg.registryDateFormats());
    }

    @Override
    public long recordsRead() {
      return read;
    }

    @Override
    public boolean step(RecSink sink) throws IOException {
      String text;
      do {
        text = reader.readLine();
        line++;
        if (text == null) {
          return false;
        }
      } while (text.isBlank());
      read++;
      JsonNode node;
      try {
        node = MAPPER.readTree(text);
      } catch (IOException e) {
        sink.quarantine(
            line,
            QuarantineReason.MALFORMED_JSON,
            "Line is not a complete JSON object: " + firstLine(e.getMessage()),
            text);
        return true;
      }
      if (node == null || !node.isObject()) {
        sink.quarantine(line, QuarantineReason.MALFORMED_JSON, "Line is not a JSON object", text);
        return true;
      }
      List<String> keys = new java.util.ArrayList<>();
      List<String> vals = new java.util.ArrayList<>();
      for (var it = node.fields(); it.hasNext(); ) {
        var e = it.next();
        keys.add(e.getKey());
        vals.add(scalar(e.getValue()));
      }
      Map<String, String> values = Mapping.of(keys, cfg).values(vals);
      emit(values, line, text, cfg, extraDates, sink);
      return true;
    }

    /** A JSON value as registry text: arrays are ';'-joined (jira_keys, model_names). */
    private static String scalar(JsonNode v) {
      if (v.isNull()) {
        return null;
      }
      if (v.isArray()) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode x : v) {
          if (sb.length() > 0) {
            sb.append(';');
          }
          sb.append(x.asText());
        }
        return sb.toString();
      }
      return v.asText();
    }

    private static String firstLine(String s) {
      if (s == null) {
        return "";
      }
      int i = s.indexOf('\n');
      return i < 0 ? s : s.substring(0, i);
    }
  }
}
