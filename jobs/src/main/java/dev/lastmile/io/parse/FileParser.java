package dev.lastmile.io.parse;

import dev.lastmile.model.QuarantineReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Parses one input file, recognised by content, into a lazy stream of {@link Rec}s that ends with
 * one FILE record (format, encoding, sha256, bytes, records read, and a fatal problem if any). Runs
 * inside a Spark task: files are spread over tasks, records are never collected to the driver, and
 * memory stays bounded by one record (one page for JSON).
 */
public final class FileParser {
  private FileParser() {}

  /** Role given on the command line (a hint for messages; the content decides the format). */
  public static final String ROLE_JIRA = "jira";

  public static final String ROLE_REGISTRY = "registry";
  public static final String ROLE_MODELS = "models";

  /** Opens the file's bytes; implemented over Hadoop FileSystem by the job. */
  public interface Opener {
    InputStream open() throws IOException;
  }

  public static Iterator<Rec> parse(
      String path, String role, long size, Opener opener, ParseConfig cfg) {
    return new Iter(path, role, size, opener, cfg);
  }

  private static final class Iter implements Iterator<Rec> {
    private final String path;
    private final String role;
    private final long size;
    private final ParseConfig cfg;
    private final Deque<Rec> buffer = new ArrayDeque<>();
    private StepParser parser;
    private DigestInputStream digestStream;
    private InputStream rawStream;
    private TextInput input;
    private String format = Formats.UNKNOWN;
    private String fatal;
    private boolean finished;
    private long extraRead;

    Iter(String path, String role, long size, Opener opener, ParseConfig cfg) {
      this.path = path;
      this.role = role;
      this.size = size;
      this.cfg = cfg;
      try {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        rawStream = opener.open();
        digestStream = new DigestInputStream(rawStream, md);
        start();
      } catch (IOException e) {
        RecSink sink = new RecSink(path, cfg.rawLimit());
        sink.quarantine(
            1, QuarantineReason.UNREADABLE_FILE, "Cannot read " + path + ": " + e.getMessage(), "");
        extraRead = 1;
        buffer.addAll(sink.out);
        parser = null;
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    private void start() throws IOException {
      RecSink sink = new RecSink(path, cfg.rawLimit());
      if (size == 0) {
        format = Formats.EMPTY;
        sink.quarantine(1, QuarantineReason.EMPTY_FILE, "The file is empty (0 bytes)", "");
        extraRead = 1;
        buffer.addAll(sink.out);
        return;
      }
      input = TextInput.open(digestStream);
      if (input.binary) {
        format = Formats.BINARY;
        fatal =
            "Cannot read "
                + path
                + ": it is not a text file (binary content), expected "
                + expected(role);
        return;
      }
      String s = input.sample.stripLeading();
      if (s.isEmpty()) {
        format = Formats.EMPTY;
        sink.quarantine(1, QuarantineReason.EMPTY_FILE, "The file holds only whitespace", "");
        extraRead = 1;
        buffer.addAll(sink.out);
        return;
      }
      if (s.startsWith("{") || s.startsWith("[")) {
        startJson(s, sink);
      } else {
        startCsv(sink);
      }
      buffer.addAll(sink.out);
    }

    private void startJson(String s, RecSink sink) throws IOException {
      String firstLine = s.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
      boolean mlflow =
          s.contains("\"model_versions\"")
              || s.contains("\"registered_model")
              || s.contains("\"model_version\"")
              || s.contains("\"current_stage\"")
              || (s.contains("\"mlflow\"") && s.contains("\"models\""));
      boolean jira =
          s.contains("\"issues\"") || (s.contains("\"key\"") && s.contains("\"fields\""));
      if (mlflow) {
        format = Formats.MLFLOW_JSON;
        parser = new MlflowParser(input.bytes(), cfg.modelStages());
      } else if (firstLine.startsWith("{")
          && !firstLine.startsWith("{\"issues\"")
          && looksLikeRegistry(firstLine)) {
        // JSON Lines: one object per line; the first line names the registry's id column
        // (checked on the line's text, so a first line cut mid-string is still recognised).
        format = Formats.REGISTRY_JSONL;
        parser = new RegistryParser.JsonLines(new java.io.BufferedReader(input.reader()), cfg);
      } else if (jira) {
        format = Formats.JIRA_JSON;
        parser =
            new JiraJsonParser(
                input.bytes(),
                cfg.epicLinkFields(),
                cfg.textFields(),
                cfg.parentFields(),
                cfg.flaggedFields(),
                cfg.storyPointFields());
      } else {
        unknown(
            sink,
            "a JSON document that is neither a Jira REST page or issue, an MLflow "
                + "export nor a registry in JSON Lines");
      }
    }

    /** True when the line has a key that fills initiative_id (directly or through id_from). */
    private boolean looksLikeRegistry(String line) {
      List<String> keys = new java.util.ArrayList<>();
      java.util.regex.Matcher m = KEY.matcher(line);
      while (m.find()) {
        keys.add(m.group(1));
      }
      return RegistryParser.Mapping.of(keys, cfg).has(dev.lastmile.model.Cols.INITIATIVE_ID);
    }

    private static final java.util.regex.Pattern KEY =
        java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:");

    private void startCsv(RecSink sink) throws IOException {
      String headerLine = input.sample.lines().findFirst().orElse("");
      char delim = delimiter(headerLine);
      Reader reader = input.reader();
      CsvRecordReader csv = new CsvRecordReader(reader, delim);
      CsvRecordReader.Result header = csv.next();
      if (header == null || header.kind != CsvRecordReader.Kind.RECORD) {
        unknown(sink, "a CSV file whose header cannot be read");
        return;
      }
      // A Jira export: a column that jira_csv_headers names the issue key, in any language the
      // rules (or a --config) know ('Issue key', 'Clé de ticket', 'Clave de incidencia', ...).
      boolean jira = false;
      for (String h : header.fields) {
        jira |= JiraCsvParser.namesIssueKey(cfg.jiraHeaders(), h);
      }
      if (jira) {
        format = Formats.JIRA_CSV;
        parser =
            new JiraCsvParser(
                csv,
                header.fields,
                cfg.jiraHeaders(),
                cfg.epicLinkFields(),
                cfg.textFields(),
                cfg.parentFields(),
                cfg.flaggedFields(),
                cfg.storyPointFields());
        return;
      }
      RegistryParser.Mapping mapping = RegistryParser.Mapping.of(header.fields, cfg);
      if (mapping.has(dev.lastmile.model.Cols.INITIATIVE_ID) || ROLE_REGISTRY.equals(role)) {
        format = Formats.REGISTRY_CSV;
        List<String> missing = mapping.missingRequired();
        if (!missing.isEmpty()) {
          fatal =
              "Cannot read registry "
                  + path
                  + ": required column '"
                  + missing.get(0)
                  + "' is missing (map it with --config registry.columns)";
          return;
        }
        parser = new RegistryParser.Csv(csv, header.fields, cfg);
        return;
      }
      unknown(
          sink,
          "a CSV file with neither an 'Issue key' column (Jira) nor an "
              + "'initiative_id' column (registry)");
    }

    private void unknown(RecSink sink, String what) {
      format = Formats.UNKNOWN;
      sink.quarantine(
          1,
          QuarantineReason.UNREADABLE_FILE,
          "Not a recognised export: " + what,
          input.sample.length() > 500 ? input.sample.substring(0, 500) : input.sample);
      extraRead = 1;
    }

    private static char delimiter(String header) {
      int commas = count(header, ',');
      int semis = count(header, ';');
      int tabs = count(header, '\t');
      if (tabs > commas && tabs > semis) {
        return '\t';
      }
      return semis > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == c) {
          n++;
        }
      }
      return n;
    }

    private static String expected(String role) {
      return switch (role == null ? "" : role) {
        case ROLE_REGISTRY -> "a registry CSV or JSON Lines file";
        case ROLE_MODELS -> "an MLflow JSON export";
        default -> "a Jira CSV or JSON export";
      };
    }

    @Override
    public boolean hasNext() {
      while (buffer.isEmpty() && !finished) {
        RecSink sink = new RecSink(path, cfg.rawLimit());
        boolean more = false;
        if (parser != null && fatal == null) {
          try {
            more = parser.step(sink);
          } catch (IOException | RuntimeException e) {
            sink.quarantine(
                parser.recordsRead() + 1,
                QuarantineReason.UNREADABLE_FILE,
                "Reading stopped: " + e,
                "");
            extraRead++;
            more = false;
          }
        }
        if (!more
            && parser != null
            && fatal == null
            && parser.recordsRead() == 0
            && (Formats.JIRA_CSV.equals(format) || Formats.REGISTRY_CSV.equals(format))) {
          sink.quarantine(
              1, QuarantineReason.EMPTY_FILE, "The file has a header and no records", "");
          extraRead++;
        }
        buffer.addAll(sink.out);
        if (!more) {
          buffer.add(fileRecord());
          finished = true;
        }
      }
      return !buffer.isEmpty();
    }

    private Rec fileRecord() {
      String sha = null;
      try {
        if (digestStream != null) {
          byte[] skip = new byte[1 << 16];
          while (digestStream.read(skip) >= 0) {
            // drain so that the checksum covers the whole file
          }
          sha = HexFormat.of().formatHex(digestStream.getMessageDigest().digest());
          rawStream.close();
        }
      } catch (IOException e) {
        sha = null;
      }
      Rec f = new Rec();
      f.setKind(Kinds.FILE);
      f.setSourceFile(path);
      f.setFormat(format);
      f.setEncoding(input == null ? null : input.encoding);
      f.setSha256(sha);
      f.setBytes(size);
      f.setFatal(fatal);
      f.setRecordsRead((parser == null ? 0 : parser.recordsRead()) + extraRead);
      return f;
    }

    @Override
    public Rec next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return buffer.poll();
    }
  }

  /** Parses text held in memory (tests and small fixtures). */
  public static Iterator<Rec> parseString(String name, String role, String text, ParseConfig cfg) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return parse(name, role, bytes.length, () -> new java.io.ByteArrayInputStream(bytes), cfg);
  }
}
