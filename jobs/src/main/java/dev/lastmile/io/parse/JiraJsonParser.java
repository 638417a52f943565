package dev.lastmile.io.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lastmile.model.QuarantineReason;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira REST JSON: {@code /rest/api/2|3/search} and {@code /search/jql} pages ({@code
 * {"issues":[…]}}), agile sprint-issue pages, a bare array of issues, or a single issue object;
 * with or without {@code expand=changelog}. Streams the issues array, so a page truncated mid-file
 * keeps the issues before the break and records the break as one MALFORMED_JSON row. Record numbers
 * are 1-based issue positions in the file.
 */
final class JiraJsonParser implements StepParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonParser parser;
  private final ObjectNode topLevel = MAPPER.createObjectNode();
  private boolean inArray;
  private boolean done;
  private long read;

  private final List<String> epicLinkFields;
  private final List<String> textFields;
  private final List<String> parentFields;
  private final List<String> flaggedFields;
  private final List<String> storyPointFields;

  JiraJsonParser(InputStream in) throws IOException {
    this(in, List.of("customfield_10014"), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * A parser reading the epic link from the first of {@code epicLinkFields} an issue has (after its
   * own {@code epic} object) and the text of {@code textFields} as cause evidence (source
   * jira_custom_field). Entries are field ids, or names the page's {@code names} map (REST {@code
   * expand=names}, when it comes before the issues) gives an id.
   */
  JiraJsonParser(
      InputStream in,
      List<String> epicLinkFields,
      List<String> textFields,
      List<String> parentFields,
      List<String> flaggedFields,
      List<String> storyPointFields)
      throws IOException {
    this.parser = MAPPER.getFactory().createParser(in);
    this.epicLinkFields = epicLinkFields;
    this.textFields = textFields;
    this.parentFields = parentFields;
    this.flaggedFields = flaggedFields;
    this.storyPointFields = storyPointFields;
  }

  /** The field ids an entry of jira_fields names: itself, and ids the names map gives it. */
  private List<String> fieldIds(String entry) {
    List<String> out = new ArrayList<>();
    out.add(entry);
    JsonNode names = topLevel.get("names");
    if (names != null && names.isObject()) {
      for (var it = names.fields(); it.hasNext(); ) {
        var e = it.next();
        if (e.getValue().isTextual() && ParseConfig.key(e.getValue().asText()).equals(entry)) {
          out.add(e.getKey());
        }
      }
    }
    return out;
  }

  /** The first value of the chosen fields the issue holds (text or ADF as text), or null. */
  private String customText(JsonNode f, String entry) {
    for (String id : fieldIds(entry)) {
      JsonNode v = f.get(id);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
      if (v != null && v.isObject()) {
        String t = Adf.toText(v);
        if (t != null && !t.isBlank()) {
          return t;
        }
      }
    }
    return null;
  }

  @Override
  public long recordsRead() {
    return read;
  }

  @Override
  public boolean step(RecSink sink) throws IOException {
    if (done) {
      return false;
    }
    try {
      JsonNode issue = nextIssue();
      if (issue == null) {
        done = true;
        return false;
      }
      read++;
      emitIssue(issue, read, sink);
      return true;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      done = true;
      read++;
      String msg = e.getOriginalMessage();
      sink.quarantine(
          read,
          QuarantineReason.MALFORMED_JSON,
          "JSON breaks at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + firstLine(msg)
              + "; the issues before it were kept",
          firstLine(msg));
      return true;
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int i = s.indexOf('\n');
    return i < 0 ? s : s.substring(0, i);
  }

  /** The next issue object in the document, or null at the end. */
  private JsonNode nextIssue() throws IOException {
    while (true) {
      if (inArray) {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
          inArray = false;
          continue;
        }
        if (t == null) {
          throw new com.fasterxml.jackson.core.io.JsonEOFException(
              parser, null, "Unexpected end of input inside the issues array");
        }
        return parser.readValueAsTree();
      }
      JsonToken t = parser.nextToken();
      if (t == null) {
        // End of document: a single issue object is one record.
        // (one without a fields object is still a record, quarantined as MISSING_FIELDS)
        if (topLevel.has("key") && (topLevel.has("fields") || topLevel.has("id"))) {
          ObjectNode single = topLevel.deepCopy();
          topLevel.removeAll();
          return single;
        }
        return null;
      }
      if (t == JsonToken.START_ARRAY && parser.getParsingContext().getParent().inRoot()) {
        inArray = true; // a bare array of issues
        continue;
      }
      if (t == JsonToken.FIELD_NAME && parser.getParsingContext().getParent().inRoot()) {
        String name = parser.currentName();
        JsonToken v = parser.nextToken();
        if ("issues".equals(name) && v == JsonToken.START_ARRAY) {
          inArray = true;
        } else {
          topLevel.set(name, parser.readValueAsTree());
        }
        continue;
      }
      if (t == JsonToken.END_OBJECT && parser.getParsingContext().inRoot()) {
        continue;
      }
    }
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.isTextual() ? n.asText() : null;
  }

  private static String name(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    return text(n.has("name") ? n.get("name") : n.get("value"));
  }

  /** The names of an array of named objects (components, fix versions). */
  private static List<String> names(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      String v = name(n);
      if (v != null && !v.isBlank()) {
        out.add(v);
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern SPRINT_TEXT =
      java.util.regex.Pattern.compile("Sprint@[^\\[]*\\[.*?\\bname=([^,\\]]*)");

  /**
   * Sprint names: the agile {@code fields.sprint} object, and the sprint custom field (an array of
   * objects with a name and a boardId or state, or Jira Server's "…Sprint@…[…,name=…]" text).
   */
  private static List<String> sprints(JsonNode f) {
    List<String> out = new ArrayList<>();
    String own = name(f.get("sprint"));
    if (own != null) {
      out.add(own);
    }
    for (var it = f.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!e.getKey().startsWith("customfield_") || !e.getValue().isArray()) {
        continue;
      }
      for (JsonNode v : e.getValue()) {
        String n = null;
        if (v.isObject() && (v.has("boardId") || v.has("state")) && v.has("name")) {
          n = text(v.get("name"));
        } else if (v.isTextual()) {
          java.util.regex.Matcher m = SPRINT_TEXT.matcher(v.asText());
          n = m.find() ? m.group(1) : null;
        }
        if (n != null && !n.isBlank() && !out.contains(n)) {
          out.add(n);
        }
      }
    }
    return out;
  }

  private void emitIssue(JsonNode issue, long recNo, RecSink sink) {
    String key = text(issue.get("key"));
    JsonNode f = issue.path("fields");
    if (key == null || key.isBlank()) {
      sink.quarantine(
          recNo, QuarantineReason.MISSING_REQUIRED, "Issue has no key", cut(issue.toString()));
      return;
    }
    if (!f.isObject()) {
      sink.quarantine(
          recNo,
          QuarantineReason.MISSING_FIELDS,
          key + ": the issue has no 'fields' object, so no status, dates or text to judge",
          cut(issue.toString()));
      return;
    }
    Timestamp created;
    Timestamp updated;
    Timestamp resolved;
    List<Dated> histories = new ArrayList<>();
    List<Dated> comments = new ArrayList<>();
    try {
      created = Dates.parseIsoInstant("created", text(f.get("created")));
      updated = Dates.parseIsoInstant("updated", text(f.get("updated")));
      resolved = Dates.parseIsoInstant("resolutiondate", text(f.get("resolutiondate")));
      // Every date of the issue is checked before anything is emitted: an issue whose changelog
      // or comments hold an impossible or pre-2000 date is quarantined whole.
      JsonNode changelog = issue.get("changelog");
      int i = 0;
      for (JsonNode h :
          changelog == null ? MAPPER.createArrayNode() : changelog.path("histories")) {
        histories.add(
            new Dated(
                Dates.parseIsoInstant(
                    "changelog.histories[" + i++ + "].created", text(h.get("created"))),
                h));
      }
      i = 0;
      for (JsonNode c : f.path("comment").path("comments")) {
        comments.add(
            new Dated(
                Dates.parseIsoInstant(
                    "comment.comments[" + i++ + "].created", text(c.get("created"))),
                c));
      }
    } catch (Dates.BadDate e) {
      sink.quarantine(
          recNo,
          e.outOfRange ? QuarantineReason.DATE_OUT_OF_RANGE : QuarantineReason.BAD_DATE,
          key + ": " + e.getMessage(),
          cut(issue.toString()));
      return;
    }
    // Exports differ in order (jirametrics files are newest first): emit in time order.
    histories.sort(
        java.util.Comparator.comparing(
            Dated::at, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
    Rec r = sink.rec(Kinds.ISSUE, recNo);
    r.setIssueKey(key);
    r.setIssueId(text(issue.get("id")));
    r.setSummary(text(f.get("summary")));
    r.setIssueType(name(f.get("issuetype")));
    r.setStatus(name(f.get("status")));
    String project = text(f.path("project").get("key"));
    r.setProjectKey(project != null ? project : key.substring(0, key.lastIndexOf('-')));
    r.setResolution(name(f.get("resolution")));
    r.setCreated(created);
    r.setUpdated(updated);
    r.setResolved(resolved);
    String parentKey = text(f.path("parent").get("key"));
    for (int i = 0; parentKey == null && i < parentFields.size(); i++) {
      for (String id : fieldIds(parentFields.get(i))) {
        JsonNode v = f.get(id);
        if (parentKey == null && v != null) {
          parentKey = v.isTextual() ? v.asText() : text(v.get("key"));
        }
      }
    }
    r.setParentKey(parentKey);
    String epic = text(f.path("epic").get("key"));
    for (int i = 0; epic == null && i < epicLinkFields.size(); i++) {
      for (String id : fieldIds(epicLinkFields.get(i))) {
        if (epic == null && f.has(id) && f.get(id).isTextual()) {
          epic = f.get(id).asText(); // e.g. Jira Cloud's classic Epic Link, customfield_10014
        }
      }
    }
    r.setEpicKey(epic);
    Double points = null;
    for (int i = 0; points == null && i < storyPointFields.size(); i++) {
      for (String id : fieldIds(storyPointFields.get(i))) {
        JsonNode v = f.get(id);
        if (points == null && v != null && (v.isNumber() || v.isTextual())) {
          points =
              v.isNumber() ? Double.valueOf(v.asDouble()) : ParseConfig.storyPoints(v.asText());
        }
      }
    }
    r.setStoryPoints(points);
    List<String> labels = new ArrayList<>();
    for (JsonNode l : f.path("labels")) {
      if (l.isTextual()) {
        labels.add(l.asText());
      }
    }
    r.setLabels(labels);
    List<String> blockedBy = new ArrayList<>();
    for (JsonNode link : f.path("issuelinks")) {
      String inward = text(link.path("type").get("inward"));
      JsonNode other = link.get("inwardIssue");
      if (other != null && inward != null && inward.toLowerCase().contains("blocked by")) {
        String k = text(other.get("key"));
        if (k != null) {
          blockedBy.add(k);
        }
      }
    }
    r.setBlockedBy(blockedBy);
    r.setComponents(names(f.path("components")));
    r.setFixVersions(names(f.path("fixVersions")));
    r.setSprints(sprints(f));
    r.setStatusCategory(text(f.path("status").path("statusCategory").get("key")));
    boolean flagged = false;
    for (String entry : flaggedFields) {
      for (String id : fieldIds(entry)) {
        JsonNode v = f.get(id);
        if (v != null
            && !v.isNull()
            && !(v.isArray() && v.isEmpty())
            && !(v.isTextual() && v.asText().isBlank())) {
          flagged = true;
        }
      }
    }
    for (var it =
            flaggedFields.isEmpty()
                ? f.fields()
                : java.util.Collections.<java.util.Map.Entry<String, JsonNode>>emptyIterator();
        it.hasNext(); ) {
      var e = it.next();
      if (e.getKey().startsWith("customfield_") && e.getValue().isArray()) {
        for (JsonNode v : e.getValue()) {
          if ("Impediment".equals(text(v.get("value")))) {
            flagged = true;
          }
        }
      }
    }
    JsonNode changelog = issue.get("changelog");
    r.setHasHistory(changelog != null && changelog.has("histories"));
    // Status history and the latest Flagged change.
    Timestamp lastFlagChange = null;
    for (Dated d : histories) {
      Timestamp at = d.at();
      JsonNode h = d.node();
      String author = authorOf(h.get("author"));
      for (JsonNode item : h.path("items")) {
        String field = text(item.get("field"));
        if ("status".equalsIgnoreCase(field)) {
          Rec hr = sink.rec(Kinds.HISTORY, recNo);
          hr.setIssueKey(key);
          hr.setTextAt(at);
          hr.setAuthor(author);
          hr.setFromStatus(text(item.get("fromString")));
          hr.setToStatus(text(item.get("toString")));
        } else if ("Flagged".equalsIgnoreCase(field)) {
          String to = text(item.get("toString"));
          Rec fr = sink.rec(Kinds.FLAG_HISTORY, recNo);
          fr.setIssueKey(key);
          fr.setTextAt(at);
          fr.setAuthor(author);
          fr.setFromStatus(text(item.get("fromString")));
          fr.setToStatus(to);
          if (at != null && (lastFlagChange == null || at.after(lastFlagChange))) {
            lastFlagChange = at;
            flagged = to != null && !to.isBlank();
          }
        }
      }
    }
    r.setFlagged(flagged);
    sink.text(key, recNo, "jira_summary", key + "#summary", created, null, r.getSummary());
    sink.text(
        key,
        recNo,
        "jira_description",
        key + "#description",
        created,
        null,
        Adf.toText(f.get("description")));
    for (String entry : textFields) {
      sink.text(
          key,
          recNo,
          JiraCsvParser.SOURCE_CUSTOM_FIELD,
          key + "#" + entry,
          created,
          null,
          customText(f, entry));
    }
    int n = 0;
    for (Dated d : comments) {
      n++;
      JsonNode c = d.node();
      sink.text(
          key,
          recNo,
          "jira_comment",
          key + "#comment-" + n,
          d.at(),
          authorOf(c.get("author")),
          Adf.toText(c.get("body")));
    }
  }

  /** A changelog history or comment with its checked date. */
  private record Dated(Timestamp at, JsonNode node) {}

  private static String authorOf(JsonNode a) {
    if (a == null || a.isNull()) {
      return null;
    }
    String id = text(a.get("accountId"));
    if (id == null) {
      id = text(a.get("name"));
    }
    String display = text(a.get("displayName"));
    return display == null ? id : id == null ? display : id + " (" + display + ")";
  }

  private static String cut(String s) {
    return s.length() > 4000 ? s.substring(0, 4000) : s;
  }
}
