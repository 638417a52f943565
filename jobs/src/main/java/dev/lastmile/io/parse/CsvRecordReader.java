package dev.lastmile.io.parse;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader that keeps the record-exact bookkeeping lastmile needs and that
 * Spark's CSV reader and Jackson's CsvParser do not give: the physical line where each record
 * starts, its raw text, and recovery from a record whose quoting is broken.
 *
 * <p>A record is <em>suspect</em> when it spans several physical lines and either has a closing
 * quote followed by text rather than a delimiter or line end (the unclosed quote of one row
 * "closed" on the opening quote of a later row) or does not have the header's field count; or when
 * end of input is reached inside quotes. A multi-line record with the expected field count is a
 * valid quoted multi-line cell and is accepted, whatever its length.
 *
 * <p>Record-boundary rule for a suspect record: the broken record ends just before the first later
 * physical line (inside the suspect text) from which a well-formed record parses: the header's
 * field count, every quote opening at a field start and closing before a delimiter or line end, and
 * no stray quote inside an unquoted field. That record and everything after it are read again
 * normally, so one broken record costs exactly one {@link Kind#BROKEN_QUOTE} result (however many
 * lines it covers) and no phantom records are cut out of its tail or out of the multi-line cells
 * that follow. When no such line exists, a suspect record whose quotes are balanced is one record
 * with a wrong field count (an unquoted comma next to a multi-line cell), returned as {@link
 * Kind#RECORD}; one whose quotes are broken is one {@code BROKEN_QUOTE} covering all its lines. The
 * search looks ahead at most {@link #LOOKAHEAD} characters in all.
 */
public final class CsvRecordReader {

  /** Characters the boundary search may scan for one suspect record (bounds time and memory). */
  static final int LOOKAHEAD = 16 << 20;

  private static final int CHUNK = 1 << 16;

  /** What a call to {@link #next()} produced. */
  public enum Kind {
    RECORD,
    BROKEN_QUOTE
  }

  /** One record or one broken record (all of its physical lines). */
  public static final class Result {
    public final Kind kind;
    public final List<String> fields;
    public final long line;

    /** The last physical line the result covers (= line for a one-line record). */
    public final long lastLine;

    public final String raw;

    Result(Kind kind, List<String> fields, long line, long lastLine, String raw) {
      this.kind = kind;
      this.fields = fields;
      this.line = line;
      this.lastLine = lastLine;
      this.raw = raw;
    }
  }

  private final Reader in;
  private final char delimiter;

  /** Unconsumed input read ahead from the reader, from {@link #pos} on. */
  private final StringBuilder buf = new StringBuilder();

  private final char[] chunk = new char[CHUNK];
  private int pos;
  private long line = 1;
  private int expectedFields = -1;
  private boolean eof;

  public CsvRecordReader(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** Sets the field count of a well-formed record (the header's), enabling quote recovery. */
  public void expectFields(int n) {
    this.expectedFields = n;
  }

  /** The character at buffer index i, reading more input as needed; -1 at end of input. */
  private int at(int i) throws IOException {
    while (i >= buf.length()) {
      if (eof) {
        return -1;
      }
      int n = in.read(chunk);
      if (n < 0) {
        eof = true;
        return -1;
      }
      buf.append(chunk, 0, n);
    }
    return buf.charAt(i);
  }

  /** One record parsed from a buffer index, without consuming it. */
  private static final class Scan {
    final List<String> fields = new ArrayList<>();

    /** Buffer index just after the record's line terminator (or at end of input). */
    int end;

    /** Buffer indexes where a physical line starts inside the record (after its first line). */
    final List<Integer> lineStarts = new ArrayList<>();

    boolean badClose;
    boolean strayQuote;
    boolean openAtEof;
    boolean overLimit;

    boolean multiLine() {
      return !lineStarts.isEmpty();
    }
  }

  /**
   * Parses one record starting at buffer index {@code from}. Stops (overLimit) after {@code limit}
   * characters; {@code collect} = false skips building the field texts.
   */
  private Scan scan(int from, long limit, boolean collect) throws IOException {
    Scan s = new Scan();
    StringBuilder field = new StringBuilder();
    int fieldLen = 0;
    boolean inQuotes = false;
    boolean quotedField = false;
    int i = from;
    while (true) {
      if (i - from > limit) {
        s.overLimit = true;
        s.end = i;
        return s;
      }
      int c = at(i);
      if (c < 0) {
        s.openAtEof = inQuotes;
        break;
      }
      char ch = (char) c;
      i++;
      if (inQuotes) {
        if (ch == '"') {
          int d = at(i);
          if (d == '"') {
            i++;
            fieldLen++;
            if (collect) {
              field.append('"');
            }
          } else {
            inQuotes = false;
            if (d >= 0 && d != delimiter && d != '\r' && d != '\n') {
              s.badClose = true;
            }
          }
        } else {
          if (ch == '\n' || (ch == '\r' && at(i) != '\n')) {
            s.lineStarts.add(i);
          }
          fieldLen++;
          if (collect) {
            field.append(ch);
          }
        }
        continue;
      }
      if (ch == '"' && fieldLen == 0 && !quotedField) {
        inQuotes = true;
        quotedField = true;
      } else if (ch == delimiter) {
        s.fields.add(collect ? field.toString() : "");
        field.setLength(0);
        fieldLen = 0;
        quotedField = false;
      } else if (ch == '\n') {
        break;
      } else if (ch == '\r') {
        if (at(i) == '\n') {
          i++;
        }
        break;
      } else {
        if (ch == '"') {
          s.strayQuote = true;
        }
        fieldLen++;
        if (collect) {
          field.append(ch);
        }
      }
    }
    s.fields.add(collect ? field.toString() : "");
    s.end = i;
    return s;
  }

  /** True when a record starting here is well-formed: strictly clean and of the header's width. */
  private boolean wellFormed(Scan s) {
    return !s.overLimit
        && !s.openAtEof
        && !s.badClose
        && !s.strayQuote
        && (expectedFields <= 0 || s.fields.size() == expectedFields);
  }

  /** Drops consumed input up to buffer index {@code to}, counting the lines it held. */
  private void consume(int to, int lines) {
    line += lines;
    pos = to;
    if (pos >= CHUNK && pos > buf.length() / 2) {
      buf.delete(0, pos);
      pos = 0;
    }
  }

  /** The next record, or null at end of input. Blank lines between records are skipped. */
  public Result next() throws IOException {
    while (true) {
      if (at(pos) < 0) {
        return null;
      }
      long startLine = line;
      Scan s = scan(pos, Long.MAX_VALUE, true);
      String rawText = stripEol(buf.substring(pos, s.end));
      boolean suspect =
          s.openAtEof
              || (s.multiLine()
                  && (s.badClose || (expectedFields > 0 && s.fields.size() != expectedFields)));
      if (!suspect) {
        consume(s.end, s.lineStarts.size() + 1);
        if (rawText.isEmpty() && s.fields.size() == 1) {
          continue; // blank line
        }
        return new Result(
            Kind.RECORD, s.fields, startLine, startLine + s.lineStarts.size(), rawText);
      }
      // The next true record boundary: the first later line a well-formed record starts on.
      int boundary = -1;
      int lines = 0;
      long budget = LOOKAHEAD;
      for (int k = 0; k < s.lineStarts.size() && budget > 0; k++) {
        int start = s.lineStarts.get(k);
        Scan attempt = scan(start, budget, false);
        budget -= attempt.end - start;
        if (wellFormed(attempt)) {
          boundary = start;
          lines = k + 1;
          break;
        }
      }
      boolean quotesBalanced = !s.openAtEof && !s.badClose;
      if (boundary < 0 && quotesBalanced) {
        // One record with a wrong field count (the caller quarantines it once).
        consume(s.end, s.lineStarts.size() + 1);
        return new Result(
            Kind.RECORD, s.fields, startLine, startLine + s.lineStarts.size(), rawText);
      }
      if (boundary < 0) {
        boundary = s.end;
        lines = s.lineStarts.size() + 1;
      }
      String broken = stripEol(buf.substring(pos, boundary));
      consume(boundary, lines);
      return new Result(Kind.BROKEN_QUOTE, List.of(), startLine, startLine + lines - 1, broken);
    }
  }

  private static String stripEol(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }
}
