package dev.lastmile.io.parse;

import dev.lastmile.model.QuarantineReason;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Collects the records one parser step produces, with helpers that fill provenance. */
public final class RecSink {
  final List<Rec> out = new ArrayList<>();
  private final String file;
  private final int rawLimit;

  RecSink(String file, int rawLimit) {
    this.file = file;
    this.rawLimit = rawLimit;
  }

  Rec rec(String kind, long recordNumber) {
    Rec r = new Rec();
    r.setKind(kind);
    r.setSourceFile(file);
    r.setRecordNumber(recordNumber);
    out.add(r);
    return r;
  }

  void quarantine(long recordNumber, QuarantineReason reason, String detail, String raw) {
    Rec r = rec(Kinds.QUARANTINE, recordNumber);
    r.setReason(reason.code());
    r.setDetail(detail);
    // Show undecodable bytes as U+FFFD, the usual sign, in the quarantine table.
    String text = raw == null ? "" : raw.replace(TextInput.REPLACEMENT, '\uFFFD');
    r.setRawLength(text.length());
    r.setRaw(text.length() > rawLimit ? text.substring(0, rawLimit) : text);
  }

  void text(
      String issueKey,
      long recordNumber,
      String source,
      String ref,
      Timestamp at,
      String author,
      String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    Rec r = rec(Kinds.TEXT, recordNumber);
    r.setIssueKey(issueKey);
    r.setTextSource(source);
    r.setSourceRef(ref);
    r.setTextAt(at);
    r.setAuthor(author);
    r.setText(text);
  }

  /**
   * Quarantines a CSV result that is not a well-formed record of {@code width} fields (a broken
   * quote or a wrong field count); returns true when it did, so the caller skips the record.
   */
  boolean quarantineMalformedCsv(CsvRecordReader.Result r, int width) {
    if (r.kind == CsvRecordReader.Kind.BROKEN_QUOTE) {
      quarantine(
          r.line,
          QuarantineReason.MALFORMED_CSV,
          r.lastLine == r.line
              ? "A quoted field opens on this line and never closes; this physical line is skipped"
              : "A quoted field in this record never closes properly; lines "
                  + r.line
                  + "-"
                  + r.lastLine
                  + " are skipped as one record and reading resumes on line "
                  + (r.lastLine + 1)
                  + ", where the next well-formed record starts",
          r.raw);
      return true;
    }
    if (r.fields.size() != width) {
      quarantine(
          r.line,
          QuarantineReason.FIELD_COUNT_MISMATCH,
          "Row has " + r.fields.size() + " fields, the header has " + width,
          r.raw);
      return true;
    }
    return false;
  }
}
