package dev.lastmile.io.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.Cols;
import dev.lastmile.model.QuarantineReason;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The AI-initiative registry as CSV or JSON Lines. Column names are mapped onto the canonical
 * columns through the config; dates resolve strictly; numbers must be numbers. A record with a
 * bad value is quarantined whole (its verdict could not be trusted). Record numbers are the
 * physical line where the record starts (CSV header = line 1; JSONL line numbers).
 */
final class RegistryParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RegistryParser() {}

  /** Canonical column for a source column name, or null when not mapped. */
  static String canonical(String sourceName, Map<String, String> map) {
    String k = sourceName.strip().toLowerCase(Locale.ROOT);
    String m = map.get(k);
    if (m != null) {
      return m;
    }
    for (String c : Cols.REGISTRY_COLUMNS) {
      if (c.equals(k)) {
        return c;
      }
    }
    return null;
  }

  /** The required columns missing from a header, in contract order. */
  static List<String> missingRequired(Set<String> canonicalPresent) {
    return java.util.stream.Stream.of(Cols.INITIATIVE_ID, Cols.NAME)
        .filter(c -> !canonicalPresent.contains(c))
        .toList();
  }

  /** Validates one record's canonical values and emits REGISTRY or QUARANTINE. */
  static void emit(Map<String, String> values, long recNo, String raw, ParseConfig cfg,
      List<Dates.Format> extraDates, RecSink sink) {
    if (raw.indexOf(TextInput.REPLACEMENT) >= 0) {
      sink.quarantine(recNo, QuarantineReason.INVALID_ENCODING,
          "Record holds bytes that are not valid UTF-8", raw);
      return;
    }
    String id = values.get(Cols.INITIATIVE_ID);
    String name = values.get(Cols.NAME);
    if (id == null || id.isBlank()) {
      sink.quarantine(recNo, QuarantineReason.MISSING_REQUIRED, "initiative_id is empty", raw);
      return;
    }
    if (name == null || name.isBlank()) {
      sink.quarantine(recNo, QuarantineReason.MISSING_REQUIRED,
          id + ": name is empty", raw);
      return;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      String v = e.getValue() == null ? null : e.getValue().strip();
      out.put(e.getKey(), v == null || v.isEmpty() ? null : v);
    }
    for (String c : Cols.REGISTRY_DATE_COLUMNS) {
      try {
        LocalDate d = Dates.parseRegistryDate(c, out.get(c), extraDates);
        out.put(c, d == null ? null : d.toString());
      } catch (Dates.BadDate e) {
        sink.quarantine(recNo,
            e.outOfRange ? QuarantineReason.DATE_OUT_OF_RANGE : QuarantineReason.BAD_DATE,
            id + ": " + e.getMessage(), raw);
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
        sink.quarantine(recNo, QuarantineReason.BAD_NUMBER,
            id + ": " + c + " '" + Dates.cut(v) + "' is not a number", raw);
        return;
      }
    }
    Rec r = sink.rec(Kinds.REGISTRY, recNo);
    r.setFields(out);
  }

  /** CSV registry: one step per record. */
  static final class Csv implements StepParser {
    private final CsvRecordReader reader;
    private final String[] canon;
    private final int width;
    private final ParseConfig cfg;
    private final List<Dates.Format> extraDates;
    private long read;

    Csv(CsvRecordReader reader, List<String> header, ParseConfig cfg) {
      this.reader = reader;
      this.cfg = cfg;
      this.width = header.size();
      this.canon = new String[width];
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < width; i++) {
        String c = canonical(header.get(i), cfg.registryColumns());
        if (c != null && seen.add(c)) {
          canon[i] = c;
        }
      }
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
      if (r.kind == CsvRecordReader.Kind.BROKEN_QUOTE) {
        sink.quarantine(r.line, QuarantineReason.MALFORMED_CSV,
            "A quoted field opens on this line and never closes; this physical line is skipped",
            r.raw);
        return true;
      }
      if (r.fields.size() != width) {
        sink.quarantine(r.line, QuarantineReason.FIELD_COUNT_MISMATCH,
            "Row has " + r.fields.size() + " fields, the header has " + width, r.raw);
        return true;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < width; i++) {
        if (canon[i] != null) {
          values.put(canon[i], r.fields.get(i));
        }
      }
      emit(values, r.line, r.raw, cfg, extraDates, sink);
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
        sink.quarantine(line, QuarantineReason.MALFORMED_JSON,
            "Line is not a complete JSON object: " + firstLine(e.getMessage()), text);
        return true;
      }
      if (node == null || !node.isObject()) {
        sink.quarantine(line, QuarantineReason.MALFORMED_JSON, "Line is not a JSON object", text);
        return true;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (var it = node.fields(); it.hasNext(); ) {
        var e = it.next();
        String c = canonical(e.getKey(), cfg.registryColumns());
        if (c == null || values.containsKey(c)) {
          continue;
        }
        JsonNode v = e.getValue();
        String s;
        if (v.isNull()) {
          s = null;
        } else if (v.isArray()) {
          StringBuilder sb = new StringBuilder();
          for (JsonNode x : v) {
            if (sb.length() > 0) {
              sb.append(';');
            }
            sb.append(x.asText());
          }
          s = sb.toString();
        } else {
          s = v.asText();
        }
        values.put(c, s);
      }
      emit(values, line, text, cfg, extraDates, sink);
      return true;
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
