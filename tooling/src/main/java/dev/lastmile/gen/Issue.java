package dev.lastmile.gen;

import java.util.ArrayList;
import java.util.List;

/** One generated Jira issue (lives only while its initiative is being written). */
final class Issue {
  record Comment(long at, int person, String body, boolean evidence) {}

  /**
   * A changelog entry: field, fromString, toString (status, Rank, Sprint, assignee, Flagged...).
   */
  record Item(String field, String from, String to) {}

  record History(long at, int person, List<Item> items) {}

  String key;
  long id;
  long parentId = -1;
  String parentKey;
  String parentSummary;
  String type;
  String status;
  String resolution;
  String summary;
  String description;
  String priority = "Medium";
  int assignee;
  int reporter;
  long created;
  long updated;
  long resolved = -1;
  final List<String> components = new ArrayList<>();
  final List<String> labels = new ArrayList<>();
  final List<String> sprints = new ArrayList<>();
  String epicLink;
  String epicLinkSummary;
  String epicName;
  int points = -1;
  String outLink;
  String inLink;
  final List<Comment> comments = new ArrayList<>();
  final List<History> history = new ArrayList<>();
  int phase;

  boolean isEpic() {
    return "Epic".equals(type);
  }

  long lastActivity() {
    long m = Math.max(created, updated);
    if (resolved > m) m = resolved;
    for (Comment c : comments) m = Math.max(m, c.at());
    for (History h : history) m = Math.max(m, h.at());
    return m;
  }
}
