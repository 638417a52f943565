package dev.lastmile.io.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates a Jira "Export → CSV (all fields)" file of {@code records} issues in 50 linked projects
 * where every 97th record is broken in one of four ways, in turn: cut short (after a few fields, or
 * inside its quoted multi-line description), an unquoted comma in the summary, an unparseable
 * Created date, and a project no initiative lists. Many records, and every broken one, hold quoted
 * multi-line cells (description, comments), so a reader that resumes at the wrong place cuts
 * phantom records out of them. Built in memory by the tests, never committed.
 */
public final class BrokenJiraExport {
  public static final String HEADER =
      "Summary,Issue key,Issue id,Parent id,Issue Type,Status,"
          + "Project key,Project name,Project type,Project lead,Priority,Resolution,Assignee,"
          + "Reporter,Creator,Created,Updated,Last Viewed,Resolved,Due Date,Component/s,Component/s"
          + ","
          + "Labels,Labels,Labels,Description,Sprint,Sprint,Custom field (Epic Link),"
          + "Custom field (Epic Name),Custom field (Story Points),Custom field (Rank),Comment,Comme"
          + "nt,"
          + "Comment,Comment,Comment";
  private static final int WIDTH = HEADER.split(",", -1).length;
  public static final int PROJECTS = 50;

  /** The file's text. */
  public final String text;

  /** Planted fault by the physical line its record starts on: the expected quarantine reason. */
  public final Map<Long, String> planted;

  /** Records the file holds (= what a correct reader reads). */
  public final int records;

  private BrokenJiraExport(String text, Map<Long, String> planted, int records) {
    this.text = text;
    this.planted = planted;
    this.records = records;
  }

  /** The registry CSV that links projects P01..P50 (one initiative each). */
  public static String registry() {
    StringBuilder sb = new StringBuilder("initiative_id,name,status,start_date,jira_keys\n");
    for (int p = 1; p <= PROJECTS; p++) {
      sb.append(String.format("AI-%03d,Initiative %d,active,2024-01-15,%s%n", p, p, project(p)));
    }
    return sb.toString();
  }

  private static String project(int p) {
    return String.format("P%02d", p);
  }

  public static BrokenJiraExport generate(int records) {
    StringBuilder sb = new StringBuilder(records * 420);
    sb.append(HEADER).append("\r\n");
    Map<Long, String> planted = new TreeMap<>();
    long line = 2;
    for (int i = 1; i <= records; i++) {
      boolean broken = i % 97 == 0;
      int kind = broken ? (i / 97) % 4 : -1;
      String project = kind == 3 ? "ZZZ" : project(1 + i % PROJECTS);
      String[] f = new String[WIDTH];
      java.util.Arrays.fill(f, "");
      f[0] = "Prepare the feature store for batch " + i;
      f[1] = project + "-" + i;
      f[2] = String.valueOf(100000 + i);
      f[4] = i % 10 == 0 ? "Epic" : "Story";
      f[5] = i % 3 == 0 ? "Done" : "In Progress";
      f[6] = project;
      f[7] = "Project " + project;
      f[8] = "software";
      f[10] = "Medium";
      f[15] = kind == 2 ? "31/Foo/25 3:58 AM" : "28/Mar/25 3:58 AM";
      f[16] = "08/Apr/25 6:34 PM";
      f[22] = "ml";
      f[25] =
          broken || i % 5 == 0
              ? "Line one of the description\nline two, with a comma\nline \"three\" ends it"
              : "";
      f[26] = "Sprint " + (i % 30);
      f[30] = "5";
      f[31] = "0|i" + i + ":";
      f[32] = "01/Apr/25 10:14 AM;557058:abc;Looks fine" + (i % 7 == 0 ? ",\nsecond line" : "");
      if (i % 11 == 0) {
        f[33] = "02/Apr/25 9:00 AM;557058:def;\"Quoted\" reply\n\nafter a blank line";
      }
      List<String> cells = new ArrayList<>();
      for (String v : f) {
        cells.add(quote(v));
      }
      String rec = String.join(",", cells);
      String reason = null;
      if (kind == 0 && (i / 97 / 4) % 2 == 0) {
        rec = String.join(",", cells.subList(0, 4)); // cut after a few fields
        reason = "FIELD_COUNT_MISMATCH";
      } else if (kind == 0) {
        rec = rec.substring(0, rec.indexOf("line two")); // cut inside the quoted description
        reason = "MALFORMED_CSV";
      } else if (kind == 1) {
        rec = "Fix the scorer, then retrain " + i + rec.substring(quote(f[0]).length());
        reason = "FIELD_COUNT_MISMATCH";
      } else if (kind == 2) {
        reason = "BAD_DATE";
      } else if (kind == 3) {
        reason = "UNLINKED_ISSUE";
      }
      if (reason != null) {
        planted.put(line, reason);
      }
      sb.append(rec).append("\r\n");
      line += 1 + rec.chars().filter(c -> c == '\n').count();
    }
    return new BrokenJiraExport(sb.toString(), planted, records);
  }

  private static String quote(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0) {
      return v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
