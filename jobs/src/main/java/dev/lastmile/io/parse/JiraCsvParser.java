package dev.lastmile.io.parse;

import dev.lastmile.model.QuarantineReason;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Jira issue-navigator CSV ("all fields" and "current fields"): repeated headers for multi-valued
 * fields, localised header names (mapped through the config), comments as {@code date;author;body},
 * and the site's date format detected per file from the first records. Record numbers are the
 * physical line where the record starts (the header is line 1).
 */
final class JiraCsvParser implements StepParser {
  static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-\\d+");

  /** Canonical name of the issue-key column (the target of 'Issue key' in jira_csv_headers). */
  static final String KEY = "key";

  /** Canonical name of a column chosen in jira_fields.free_text. */
  static final String CUSTOM_TEXT = "custom_text";

  /** Canonical name of a column chosen in jira_fields.parent (used when Parent is empty). */
  static final String CUSTOM_PARENT = "custom_parent";

  /** Canonical name of a column chosen in jira_fields.story_points. */
  static final String STORY_POINTS = "story_points";

  /** Text source of the chosen free-text custom fields. */
  static final String SOURCE_CUSTOM_FIELD = "jira_custom_field";

  private static final int DETECT_SAMPLE = 200;

  private final CsvRecordReader reader;
  private final List<String> header;
  private final String[] canon;

  /**
   * Per column, its place in the jira_fields list it was chosen by (epic_link or story_points;
   * lower wins), or MAX_VALUE.
   */
  private final int[] chosenRank;

  /** Columns whose header name is blank: a value there means the row is misaligned. */
  private final int[] unnamed;

  private final Deque<CsvRecordReader.Result> buffered = new ArrayDeque<>();
  private Dates.Format dateFormat;
  private long read;

  JiraCsvParser(CsvRecordReader reader, List<String> header, Map<String, String> headerMap)
      throws IOException {
    this(reader, header, headerMap, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * A parser whose headers map through {@code headerMap} (jira_csv_headers), except the custom
   * fields chosen in jira_fields: a header naming an {@code epicLinkFields} entry is an epic-link
   * column (the first entry present wins), one naming a {@code textFields} entry a free-text column
   * whose value is cause evidence (source jira_custom_field).
   */
  JiraCsvParser(
      CsvRecordReader reader,
      List<String> header,
      Map<String, String> headerMap,
      List<String> epicLinkFields,
      List<String> textFields,
      List<String> parentFields,
      List<String> flaggedFields,
      List<String> storyPointFields)
      throws IOException {
    this.reader = reader;
    this.header = header;
    this.canon = new String[header.size()];
    this.chosenRank = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      canon[i] = headerMap.get(normalise(header.get(i)));
      chosenRank[i] = Integer.MAX_VALUE;
      int e = ParseConfig.fieldIndex(epicLinkFields, header.get(i));
      int sp = ParseConfig.fieldIndex(storyPointFields, header.get(i));
      if ("flagged".equals(canon[i]) && !flaggedFields.isEmpty()) {
        canon[i] = null; // the chosen flagged fields replace the built-in Flagged headers
      }
      if (ParseConfig.fieldIndex(textFields, header.get(i)) >= 0) {
        canon[i] = CUSTOM_TEXT;
      } else if (ParseConfig.fieldIndex(flaggedFields, header.get(i)) >= 0) {
        canon[i] = "flagged";
      } else if (ParseConfig.fieldIndex(parentFields, header.get(i)) >= 0) {
        canon[i] = CUSTOM_PARENT;
      } else if (e >= 0) {
        canon[i] = "epic_link";
        chosenRank[i] = e;
      } else if (sp >= 0) {
        canon[i] = STORY_POINTS;
        chosenRank[i] = sp;
      }
    }
    this.unnamed =
        java.util.stream.IntStream.range(0, header.size())
            .filter(i -> header.get(i).isBlank())
            .toArray();
    reader.expectFields(header.size());
    detectDateFormat();
  }

  static String normalise(String h) {
    return h.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether {@code headerMap} (jira_csv_headers) maps the header {@code h} to the issue key. */
  static boolean namesIssueKey(Map<String, String> headerMap, String h) {
    return KEY.equals(headerMap.get(normalise(h)));
  }

  private void detectDateFormat() throws IOException {
    List<String> samples = new ArrayList<>();
    CsvRecordReader.Result r;
    while (buffered.size() < DETECT_SAMPLE && (r = reader.next()) != null) {
      buffered.add(r);
      if (r.kind == CsvRecordReader.Kind.RECORD && r.fields.size() == header.size()) {
        for (int i = 0; i < canon.length; i++) {
          if ("created".equals(canon[i])
              || "updated".equals(canon[i])
              || "resolved".equals(canon[i])) {
            samples.add(r.fields.get(i));
          } else if ("comment".equals(canon[i])) {
            // date;author;body, or a bare date when an export split the comment into cells
            String[] parts = splitComment(r.fields.get(i));
            String v = parts != null ? parts[0] : r.fields.get(i).strip();
            if (v.length() <= 30) {
              samples.add(v);
            }
          }
        }
      }
    }
    dateFormat = Dates.detect(samples);
  }

  String dateFormat() {
    return dateFormat == null ? null : dateFormat.toString();
  }

  @Override
  public long recordsRead() {
    return read;
  }

  @Override
  public boolean step(RecSink sink) throws IOException {
    CsvRecordReader.Result r = buffered.isEmpty() ? reader.next() : buffered.poll();
    if (r == null) {
      return false;
    }
    read++;
    if (sink.quarantineMalformedCsv(r, header.size())) {
      return true;
    }
    for (int i : unnamed) {
      if (!r.fields.get(i).isBlank()) {
        sink.quarantine(
            r.line,
            QuarantineReason.FIELD_COUNT_MISMATCH,
            "Row has a value in column "
                + (i + 1)
                + ", which has no header name: the row is "
                + "misaligned",
            r.raw);
        return true;
      }
    }
    if (r.raw.indexOf(TextInput.REPLACEMENT) >= 0) {
      sink.quarantine(
          r.line,
          QuarantineReason.INVALID_ENCODING,
          "Row holds bytes that are not valid UTF-8",
          r.raw);
      return true;
    }
    String key = null;
    String id = null;
    String summary = null;
    String type = null;
    String status = null;
    String project = null;
    String resolution = null;
    String created = null;
    String updated = null;
    String resolved = null;
    String parentId = null;
    String parent = null;
    String customParent = null;
    String epic = null;
    int epicAt = Integer.MAX_VALUE;
    Double points = null;
    int pointsAt = Integer.MAX_VALUE;
    List<String[]> customTexts = new ArrayList<>();
    String description = null;
    boolean flagged = false;
    List<String> labels = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    List<String> blockedBy = new ArrayList<>();
    List<String> components = new ArrayList<>();
    List<String> sprints = new ArrayList<>();
    List<String> fixVersions = new ArrayList<>();
    String statusCategory = null;
    for (int i = 0; i < canon.length; i++) {
      String c = canon[i];
      if (c == null) {
        continue;
      }
      String v = r.fields.get(i).strip();
      if (v.isEmpty()) {
        continue;
      }
      switch (c) {
        case KEY -> key = v;
        case "id" -> id = v;
        case "summary" -> summary = v;
        case "type" -> type = v;
        case "status" -> status = v;
        case "project" -> project = v;
        case "resolution" -> resolution = v;
        case "created" -> created = v;
        case "updated" -> updated = v;
        case "resolved" -> resolved = v;
        case "parent_id" -> parentId = v;
        case "parent" -> parent = v;
        case "epic_link" -> {
          if (epic == null || chosenRank[i] < epicAt) {
            epic = v;
            epicAt = chosenRank[i];
          }
        }
        case STORY_POINTS -> {
          Double p = ParseConfig.storyPoints(v);
          if (p != null && (points == null || chosenRank[i] < pointsAt)) {
            points = p;
            pointsAt = chosenRank[i];
          }
        }
        case CUSTOM_TEXT -> customTexts.add(new String[] {header.get(i).strip(), v});
        case CUSTOM_PARENT -> customParent = customParent == null ? v : customParent;
        case "description" -> description = v;
        case "flagged" -> flagged = true;
        case "labels" -> {
          for (String l : v.split("\\s+")) {
            labels.add(l);
          }
        }
        case "comment" -> comments.add(v);
        case "blocked_by" -> blockedBy.add(v);
        case "component" -> components.add(v);
        case "sprint" -> sprints.add(v);
        case "fix_version" -> fixVersions.add(v);
        case "status_category" -> statusCategory = v;
        default -> {
          // mapped but unused here (e.g. sprint)
        }
      }
    }
    if (key == null) {
      sink.quarantine(r.line, QuarantineReason.MISSING_REQUIRED, "Issue key is empty", r.raw);
      return true;
    }
    Timestamp tCreated;
    Timestamp tUpdated;
    Timestamp tResolved;
    List<Comment> parsedComments;
    try {
      tCreated = Dates.parse(dateFormat, "Created", created);
      tUpdated = Dates.parse(dateFormat, "Updated", updated);
      // Resolved is most often the same text as Updated (the resolving edit is the last one):
      // the same text parses to the same time, and the same text would have thrown above.
      tResolved =
          resolved != null && resolved.equals(updated)
              ? tUpdated
              : Dates.parse(dateFormat, "Resolved", resolved);
      parsedComments = comments(comments);
    } catch (Dates.BadDate e) {
      sink.quarantine(
          r.line,
          e.outOfRange ? QuarantineReason.DATE_OUT_OF_RANGE : QuarantineReason.BAD_DATE,
          key + ": " + e.getMessage(),
          r.raw);
      return true;
    }
    Rec issue = sink.rec(Kinds.ISSUE, r.line);
    issue.setIssueKey(key);
    issue.setIssueId(id);
    issue.setSummary(summary);
    issue.setIssueType(type);
    issue.setStatus(status);
    issue.setProjectKey(project != null ? project : key.substring(0, key.lastIndexOf('-')));
    issue.setResolution(resolution);
    issue.setCreated(tCreated);
    issue.setUpdated(tUpdated);
    issue.setResolved(tResolved);
    issue.setParentId(parentId);
    if (parent == null && parentId == null) {
      parent = customParent;
    }
    if (parent != null) {
      if (ISSUE_KEY.matcher(parent).matches()) {
        issue.setParentKey(parent);
      } else if (parentId == null) {
        issue.setParentId(parent);
      }
    }
    issue.setEpicKey(epic);
    issue.setStoryPoints(points);
    issue.setLabels(labels);
    issue.setBlockedBy(blockedBy);
    issue.setFlagged(flagged);
    issue.setComponents(components);
    issue.setSprints(sprints);
    issue.setFixVersions(fixVersions);
    issue.setStatusCategory(statusCategory);
    issue.setHasHistory(false);
    sink.text(key, r.line, "jira_summary", key + "#summary", tCreated, null, summary);
    sink.text(key, r.line, "jira_description", key + "#description", tCreated, null, description);
    for (String[] t : customTexts) {
      sink.text(key, r.line, SOURCE_CUSTOM_FIELD, key + "#" + t[0], tCreated, null, t[1]);
    }
    int n = 0;
    for (Comment c : parsedComments) {
      n++;
      sink.text(key, r.line, "jira_comment", key + "#comment-" + n, c.at, c.author, c.body);
    }
    return true;
  }

  /** One comment: when written (null if the cell is not in date form), by whom, and its text. */
  private record Comment(Timestamp at, String author, String body) {}

  /**
   * Reads the comment cells of one row in order. A cell is {@code date;author;body}; some exports
   * split that over three consecutive cells (a bare date, an author id, the body), which are put
   * back together. A cell not in date form is a comment without date. A date in the file's format
   * that does not exist (30/Feb/24) or lies before 2000 rejects the row, like any other date of the
   * row: no such date may reach an output.
   */
  private List<Comment> comments(List<String> cells) throws Dates.BadDate {
    List<Comment> out = new ArrayList<>();
    Timestamp pendingAt = null;
    String pendingAuthor = null;
    boolean pending = false;
    for (String c : cells) {
      String[] parts = splitComment(c);
      Timestamp at = parts == null ? null : commentDate(parts[0]);
      Timestamp bare = at == null && parts == null ? commentDate(c.strip()) : null;
      if (pending && at == null && bare == null) {
        if (pendingAuthor == null && isAuthor(c)) {
          pendingAuthor = c.strip();
        } else {
          out.add(new Comment(pendingAt, pendingAuthor, c));
          pending = false;
        }
        continue;
      }
      if (pending) {
        out.add(new Comment(pendingAt, pendingAuthor, null));
        pending = false;
      }
      if (at != null) {
        out.add(new Comment(at, parts[1], parts[2]));
      } else if (bare != null) {
        pending = true;
        pendingAt = bare;
        pendingAuthor = null;
      } else {
        out.add(new Comment(null, null, c));
      }
    }
    if (pending) {
      out.add(new Comment(pendingAt, pendingAuthor, null));
    }
    return out;
  }

  /** The comment date, or null when the text is not a date in the file's format. */
  private Timestamp commentDate(String s) throws Dates.BadDate {
    if (dateFormat == null || s.isEmpty() || s.length() > 40) {
      return null;
    }
    java.time.LocalDateTime t = Dates.tryParse(dateFormat, s);
    if (t == null) {
      if (Dates.impossible(dateFormat, s)) {
        throw new Dates.BadDate("Comment date '" + s + "' does not exist", false);
      }
      return null;
    }
    // Parsed once: a value that parses has no surrounding blanks (every format starts and ends
    // with a field), so Dates.parse, which strips it and parses again, gave this same time.
    return Dates.inRange("Comment date", t);
  }

  private static boolean isAuthor(String c) {
    String s = c.strip();
    return !s.isEmpty() && s.length() <= 100 && s.chars().noneMatch(Character::isWhitespace);
  }

  /** {@code date;author;body} (the body may itself hold ';'), or null if not in that form. */
  static String[] splitComment(String c) {
    int a = c.indexOf(';');
    if (a <= 0 || a > 40) {
      return null;
    }
    int b = c.indexOf(';', a + 1);
    if (b < 0) {
      return null;
    }
    return new String[] {
      c.substring(0, a).strip(), c.substring(a + 1, b).strip(), c.substring(b + 1)
    };
  }
}
