package dev.lastmile.io.parse;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader that keeps the record-exact bookkeeping lastmile needs and that
 * Spark's CSV reader and Jackson's CsvParser do not give: the physical line where each record
 * starts, its raw text, and recovery from a quote that never closes.
 *
 * <p>Recovery: when a record that spans several physical lines does not have the expected
 * number of fields, has a closing quote followed by text rather than a delimiter or line end (the
 * unclosed quote of one row "closed" on the opening quote of a later row), or hits end of input
 * inside quotes, the opening quote was most likely broken. Only that record's first physical line is reported as {@link Kind#BROKEN_QUOTE} and
 * reading resumes on the next physical line, so the records after it survive. A multi-line
 * record with the expected field count is a valid quoted multi-line cell and is accepted, whatever
 * its length: no length limit rejects valid input.
 */
public final class CsvRecordReader {

  /** What a call to {@link #next()} produced. */
  public enum Kind {
    RECORD,
    BROKEN_QUOTE
  }

  /** One record or one broken physical line. */
  public static final class Result {
    public final Kind kind;
    public final List<String> fields;
    public final long line;
    public final String raw;

    Result(Kind kind, List<String> fields, long line, String raw) {
      this.kind = kind;
      this.fields = fields;
      this.line = line;
      this.raw = raw;
    }
  }

  private final Reader in;
  private final char delimiter;
  /** Text to re-read before the underlying reader (after a broken-quote recovery). */
  private final StringBuilder pending = new StringBuilder();

  private int pendingPos;
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

  private int read() throws IOException {
    if (pendingPos < pending.length()) {
      return pending.charAt(pendingPos++);
    }
    if (pendingPos > 0) {
      pending.setLength(0);
      pendingPos = 0;
    }
    return in.read();
  }

  private void pushBack(CharSequence text) {
    String rest = pending.substring(pendingPos);
    pending.setLength(0);
    pending.append(text).append(rest);
    pendingPos = 0;
  }

  /** The next record, or null at end of input. Blank lines between records are skipped. */
  public Result next() throws IOException {
    while (true) {
      if (eof && pendingPos >= pending.length()) {
        return null;
      }
      long startLine = line;
      StringBuilder raw = new StringBuilder();
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean inQuotes = false;
      boolean quotedField = false;
      boolean badClose = false; // a closing quote followed by text: the quoting went wrong
      int firstLineEnd = -1; // index in raw just after the first physical line's terminator
      boolean endOfInput = false;
      int c;
      while (true) {
        c = read();
        if (c < 0) {
          endOfInput = true;
          eof = true;
          break;
        }
        char ch = (char) c;
        raw.append(ch);
        if (inQuotes) {
          if (ch == '"') {
            int d = read();
            if (d == '"') {
              raw.append('"');
              field.append('"');
            } else {
              inQuotes = false;
              if (d >= 0) {
                if (d != delimiter && d != '\r' && d != '\n') {
                  badClose = true;
                }
                pushBack(String.valueOf((char) d));
              }
            }
          } else {
            if (ch == '\n') {
              line++;
              if (firstLineEnd < 0) {
                firstLineEnd = raw.length();
              }
            }
            field.append(ch);
          }
          continue;
        }
        if (ch == '"' && field.length() == 0 && !quotedField) {
          inQuotes = true;
          quotedField = true;
        } else if (ch == delimiter) {
          fields.add(field.toString());
          field.setLength(0);
          quotedField = false;
        } else if (ch == '\n') {
          line++;
          break;
        } else if (ch == '\r') {
          int d = read();
          if (d == '\n') {
            raw.append('\n');
          } else if (d >= 0) {
            pushBack(String.valueOf((char) d));
          }
          line++;
          break;
        } else {
          field.append(ch);
        }
      }
      boolean multiLine = firstLineEnd >= 0;
      if (inQuotes || (multiLine && (badClose
          || (expectedFields > 0 && fields.size() + 1 != expectedFields)))) {
        // Broken quote: report the first physical line only, re-read everything after it.
        if (!multiLine) {
          // Quote opened on the last line of input and never closed.
          return new Result(Kind.BROKEN_QUOTE, List.of(), startLine, stripEol(raw.toString()));
        }
        String first = raw.substring(0, firstLineEnd);
        pushBack(raw.substring(firstLineEnd));
        eof = false;
        line = startLine + 1;
        return new Result(Kind.BROKEN_QUOTE, List.of(), startLine, stripEol(first));
      }
      fields.add(field.toString());
      String rawText = stripEol(raw.toString());
      if (rawText.isEmpty() && fields.size() == 1) {
        if (endOfInput) {
          return null;
        }
        continue; // blank line
      }
      return new Result(Kind.RECORD, fields, startLine, rawText);
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
