package dev.lastmile.gen;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Streaming writers for Jira "CSV (all fields)" files and REST v2 search pages. */
final class JiraWriters {
  static final DateTimeFormatter CSV_DATE =
      DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  static final DateTimeFormatter JSON_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  static final String SITE = "https://acme-insights.atlassian.net";

  private JiraWriters() {}

  /** Pretty printer writing {@code "key": value} like Jira and MLflow do. */
  static DefaultPrettyPrinter printer(DefaultPrettyPrinter pp) {
    return pp.withSeparators(
        com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
  }

  static String csvDate(long ms) {
    return CSV_DATE.format(Instant.ofEpochMilli(ms));
  }

  static String jsonDate(long ms) {
    return JSON_DATE.format(Instant.ofEpochMilli(ms));
  }

  static String accountId(int person) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(0xACC0L + person * 7919L);
    if (person % 5 == 4) {
      return String.format(
          Locale.ROOT,
          "%012x%012x",
          r.nextLong() & 0xFFFFFFFFFFFFL,
          r.nextLong() & 0xFFFFFFFFFFFFL);
    }
    return String.format(
        Locale.ROOT,
        "%s:%08x-%04x-%04x-%04x-%012x",
        person % 2 == 0 ? "557058" : "712020",
        r.nextInt() & 0xFFFFFFFFL,
        r.nextInt(0x10000),
        r.nextInt(0x10000),
        r.nextInt(0x10000),
        r.nextLong() & 0xFFFFFFFFFFFFL);
  }

  static String csvCell(String s) {
    if (s == null || s.isEmpty()) return "";
    boolean q = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        q = true;
        break;
      }
    }
    return q ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  // ------------------------------------------------------------------ CSV
  static final class Csv implements AutoCloseable {
    private final Path dir;
    private final int perFile;
    private BufferedWriter w;
    private int fileIndex = -1;
    private int inFile;
    private boolean links;
    final List<Path> files = new ArrayList<>();
    long issues;

    Csv(Path dir, int perFile) {
      this.dir = dir;
      this.perFile = perFile;
    }

    static List<String> header(boolean links) {
      List<String> h =
          new ArrayList<>(
              List.of(
                  "Summary",
                  "Issue key",
                  "Issue id",
                  "Parent id",
                  "Issue Type",
                  "Status",
                  "Project key",
                  "Project name",
                  "Project type",
                  "Project lead",
                  "Priority",
                  "Resolution",
                  "Assignee",
                  "Reporter",
                  "Creator",
                  "Created",
                  "Updated",
                  "Last Viewed",
                  "Resolved",
                  "Due Date",
                  "Component/s",
                  "Component/s",
                  "Labels",
                  "Labels",
                  "Labels",
                  "Description",
                  "Sprint",
                  "Sprint"));
      if (links) {
        h.add("Outward issue link (Blocks)");
        h.add("Inward issue link (Blocks)");
      }
      h.addAll(
          List.of(
              "Custom field (Epic Link)",
              "Custom field (Epic Name)",
              "Custom field (Story Points)",
              "Custom field (Rank)"));
      for (int i = 0; i < IssueFactory.MAX_COMMENTS; i++) h.add("Comment");
      return h;
    }

    private void roll() throws IOException {
      if (w != null) w.close();
      fileIndex++;
      String name =
          fileIndex == 0
              ? "jira-export-ai-portfolio.csv"
              : "jira-export-ai-portfolio (" + fileIndex + ").csv";
      Path f = dir.resolve(name);
      files.add(f);
      w =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(f), StandardCharsets.UTF_8), 1 << 16);
      links = fileIndex % 2 == 1;
      w.write(String.join(",", header(links)));
      w.write('\n');
      inFile = 0;
    }

    void write(Plan p, Issue is) throws IOException {
      if (w == null || inFile >= perFile) roll();
      List<String> c = new ArrayList<>(48);
      c.add(is.summary);
      c.add(is.key);
      c.add(Long.toString(is.id));
      c.add(is.parentId >= 0 ? Long.toString(is.parentId) : "");
      c.add(is.type);
      c.add(is.status);
      c.add(p.project);
      c.add(p.projectName);
      c.add("software");
      c.add(p.projectLead);
      c.add(is.priority);
      c.add(is.resolution == null ? "" : is.resolution);
      c.add(Planner.PEOPLE[is.assignee]);
      c.add(Planner.PEOPLE[is.reporter]);
      c.add(Planner.PEOPLE[is.reporter]);
      c.add(csvDate(is.created));
      c.add(csvDate(is.updated));
      c.add("");
      c.add(is.resolved >= 0 ? csvDate(is.resolved) : "");
      c.add("");
      for (int i = 0; i < 2; i++) c.add(i < is.components.size() ? is.components.get(i) : "");
      for (int i = 0; i < IssueFactory.MAX_LABELS; i++)
        c.add(i < is.labels.size() ? is.labels.get(i) : "");
      c.add(is.description == null ? "" : is.description);
      for (int i = 0; i < 2; i++) c.add(i < is.sprints.size() ? is.sprints.get(i) : "");
      if (links) {
        c.add(is.outLink == null ? "" : is.outLink);
        c.add(is.inLink == null ? "" : is.inLink);
      }
      c.add(is.epicLink == null ? "" : is.epicLink);
      c.add(is.epicName == null ? "" : is.epicName);
      c.add(is.points >= 0 ? Integer.toString(is.points) : "");
      c.add("0|i" + Long.toString(is.id, 36) + ":");
      for (int i = 0; i < IssueFactory.MAX_COMMENTS; i++) {
        if (i < is.comments.size()) {
          Issue.Comment m = is.comments.get(i);
          c.add(csvDate(m.at()) + ";" + accountId(m.person()) + ";" + m.body());
        } else {
          c.add("");
        }
      }
      StringBuilder sb = new StringBuilder(512);
      for (int i = 0; i < c.size(); i++) {
        if (i > 0) sb.append(',');
        sb.append(csvCell(c.get(i)));
      }
      sb.append('\n');
      w.write(sb.toString());
      inFile++;
      issues++;
    }

    @Override
    public void close() throws IOException {
      if (w != null) w.close();
    }
  }

  // ------------------------------------------------------------------ JSON
  static final class Json implements AutoCloseable {
    private final Path dir;
    private final int pageSize;
    private final long total;
    private final boolean pretty;
    private final int width;
    private final JsonFactory jf = new JsonFactory();
    private JsonGenerator g;
    private int page;
    private int inPage;
    final List<Path> files = new ArrayList<>();
    long issues;

    Json(Path dir, int pageSize, long total, boolean pretty) {
      this.dir = dir;
      this.pageSize = pageSize;
      this.total = total;
      this.pretty = pretty;
      long pages = Math.max(1, (total + pageSize - 1) / pageSize);
      this.width = pages < 10 ? 1 : Long.toString(pages).length();
    }

    private void roll() throws IOException {
      endPage();
      page++;
      Path f =
          dir.resolve(
              "search-v2-page-" + String.format(Locale.ROOT, "%0" + width + "d", page) + ".json");
      files.add(f);
      g = jf.createGenerator(Files.newOutputStream(f), JsonEncoding.UTF8);
      if (pretty) {
        DefaultPrettyPrinter pp =
            JiraWriters.printer(new DefaultPrettyPrinter())
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        g.setPrettyPrinter(pp);
      }
      g.writeStartObject();
      g.writeStringField("expand", "schema,names");
      g.writeNumberField("startAt", (long) (page - 1) * pageSize);
      g.writeNumberField("maxResults", pageSize);
      g.writeNumberField("total", total);
      g.writeArrayFieldStart("issues");
      inPage = 0;
    }

    private void endPage() throws IOException {
      if (g != null) {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
        g = null;
      }
    }

    private void user(String field, int person) throws IOException {
      String acc = accountId(person);
      g.writeObjectFieldStart(field);
      g.writeStringField("self", SITE + "/rest/api/2/user?accountId=" + acc);
      g.writeStringField("accountId", acc);
      g.writeStringField("displayName", Planner.PEOPLE[person]);
      g.writeBooleanField("active", true);
      g.writeStringField("timeZone", "Europe/London");
      g.writeStringField("accountType", "atlassian");
      g.writeEndObject();
    }

    private void status(String name) throws IOException {
      String cat =
          switch (name) {
            case "To Do", "Backlog" -> "new";
            case "Done", "Won't Do", "Cancelled", "Closed", "Live" -> "done";
            default -> "indeterminate";
          };
      int sid = 10000 + Math.floorMod(name.hashCode(), 900);
      g.writeObjectFieldStart("status");
      g.writeStringField("self", SITE + "/rest/api/2/status/" + sid);
      g.writeStringField("description", "");
      g.writeStringField("name", name);
      g.writeStringField("id", Integer.toString(sid));
      g.writeObjectFieldStart("statusCategory");
      g.writeNumberField("id", cat.equals("new") ? 2 : cat.equals("done") ? 3 : 4);
      g.writeStringField("key", cat);
      g.writeStringField(
          "name", cat.equals("new") ? "To Do" : cat.equals("done") ? "Done" : "In Progress");
      g.writeEndObject();
      g.writeEndObject();
    }

    private void issueType(String type) throws IOException {
      int tid =
          switch (type) {
            case "Epic" -> 10000;
            case "Story" -> 10001;
            case "Task" -> 10002;
            case "Sub-task" -> 10003;
            default -> 10004;
          };
      g.writeObjectFieldStart("issuetype");
      g.writeStringField("self", SITE + "/rest/api/2/issuetype/" + tid);
      g.writeStringField("id", Integer.toString(tid));
      g.writeStringField("name", type);
      g.writeBooleanField("subtask", type.equals("Sub-task"));
      g.writeNumberField(
          "hierarchyLevel", type.equals("Epic") ? 1 : type.equals("Sub-task") ? -1 : 0);
      g.writeEndObject();
    }

    void write(Plan p, Issue is) throws IOException {
      if (g == null || inPage >= pageSize) roll();
      String self = SITE + "/rest/api/2/issue/" + is.id;
      g.writeStartObject();
      g.writeStringField(
          "expand", "operations,versionedRepresentations,editmeta,changelog,renderedFields");
      g.writeStringField("id", Long.toString(is.id));
      g.writeStringField("self", self);
      g.writeStringField("key", is.key);
      g.writeObjectFieldStart("changelog");
      g.writeNumberField("startAt", 0);
      g.writeNumberField("maxResults", is.history.size());
      g.writeNumberField("total", is.history.size());
      g.writeArrayFieldStart("histories");
      int hn = 0;
      for (Issue.History h : is.history) {
        g.writeStartObject();
        g.writeStringField("id", Long.toString(is.id * 100 + hn++));
        user("author", h.person());
        g.writeStringField("created", jsonDate(h.at()));
        g.writeArrayFieldStart("items");
        for (Issue.Item it : h.items()) {
          g.writeStartObject();
          g.writeStringField("field", it.field());
          g.writeStringField(
              "fieldtype",
              it.field().equals("Rank")
                      || it.field().equals("Sprint")
                      || it.field().equals("Flagged")
                  ? "custom"
                  : "jira");
          g.writeStringField("fromString", it.from());
          g.writeStringField("toString", it.to());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeObjectFieldStart("fields");
      long lastStatus = is.created;
      for (Issue.History h : is.history) {
        for (Issue.Item it : h.items()) if (it.field().equals("status")) lastStatus = h.at();
      }
      g.writeStringField("statuscategorychangedate", jsonDate(lastStatus));
      issueType(is.type);
      if (is.parentKey != null || is.epicLink != null) {
        boolean sub = is.parentKey != null;
        g.writeObjectFieldStart("parent");
        if (sub) g.writeStringField("id", Long.toString(is.parentId));
        g.writeStringField("key", sub ? is.parentKey : is.epicLink);
        g.writeObjectFieldStart("fields");
        g.writeStringField("summary", sub ? is.parentSummary : is.epicLinkSummary);
        issueType(sub ? "Story" : "Epic");
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeObjectFieldStart("project");
      g.writeStringField("self", SITE + "/rest/api/2/project/" + p.project);
      g.writeStringField("key", p.project);
      g.writeStringField("name", p.projectName);
      g.writeStringField("projectTypeKey", "software");
      g.writeEndObject();
      if (is.resolution != null) {
        g.writeObjectFieldStart("resolution");
        g.writeStringField("name", is.resolution);
        g.writeEndObject();
        g.writeStringField("resolutiondate", jsonDate(is.resolved >= 0 ? is.resolved : is.updated));
      } else {
        g.writeNullField("resolution");
        g.writeNullField("resolutiondate");
      }
      g.writeStringField("created", jsonDate(is.created));
      g.writeStringField("updated", jsonDate(is.updated));
      g.writeObjectFieldStart("priority");
      g.writeStringField("name", is.priority);
      g.writeEndObject();
      g.writeArrayFieldStart("labels");
      for (String l : is.labels) g.writeString(l);
      g.writeEndArray();
      user("assignee", is.assignee);
      user("reporter", is.reporter);
      status(is.status);
      g.writeArrayFieldStart("components");
      for (String c : is.components) {
        g.writeStartObject();
        g.writeStringField("name", c);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("summary", is.summary);
      g.writeStringField("description", is.description);
      g.writeArrayFieldStart("issuelinks");
      if (is.outLink != null) link("outwardIssue", "blocks", is.outLink);
      if (is.inLink != null) link("inwardIssue", "is blocked by", is.inLink);
      g.writeEndArray();
      g.writeObjectFieldStart("comment");
      g.writeArrayFieldStart("comments");
      int cn = 0;
      for (Issue.Comment c : is.comments) {
        g.writeStartObject();
        g.writeStringField("id", Long.toString(is.id * 10 + cn++));
        user("author", c.person());
        g.writeStringField("body", c.body());
        g.writeStringField("created", jsonDate(c.at()));
        g.writeStringField("updated", jsonDate(c.at()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("maxResults", is.comments.size());
      g.writeNumberField("total", is.comments.size());
      g.writeNumberField("startAt", 0);
      g.writeEndObject();
      if (is.points >= 0) g.writeNumberField("customfield_10016", (double) is.points);
      else g.writeNullField("customfield_10016");
      if (is.epicName != null) g.writeStringField("customfield_10011", is.epicName);
      g.writeArrayFieldStart("customfield_10020");
      int sn = 0;
      for (String s : is.sprints) {
        g.writeStartObject();
        g.writeNumberField("id", 100 + Math.floorMod(s.hashCode(), 5000));
        g.writeStringField("name", s);
        g.writeStringField(
            "state",
            sn++ == is.sprints.size() - 1 && !"Done".equals(is.status) ? "active" : "closed");
        g.writeNumberField("boardId", 7);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      inPage++;
      issues++;
    }

    private void link(String dir, String verb, String key) throws IOException {
      g.writeStartObject();
      g.writeObjectFieldStart("type");
      g.writeStringField("name", "Blocks");
      g.writeStringField("inward", "is blocked by");
      g.writeStringField("outward", "blocks");
      g.writeEndObject();
      g.writeObjectFieldStart(dir);
      g.writeStringField("key", key);
      g.writeEndObject();
      g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
      endPage();
    }
  }
}
