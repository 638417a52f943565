package dev.lastmile.io.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Flattens Atlassian Document Format (Jira REST v3 descriptions and comments) to plain text for
 * evidence. Every node type that carries text contributes it; block nodes end a sentence; unknown
 * node types are walked for their content and never fail. A plain string (v2 wiki text) is returned
 * as is.
 */
public final class Adf {
  private static final Set<String> BLOCKS =
      Set.of(
          "paragraph",
          "heading",
          "listItem",
          "blockquote",
          "codeBlock",
          "tableRow",
          "tableCell",
          "tableHeader",
          "panel",
          "rule",
          "mediaSingle",
          "expand",
          "nestedExpand",
          "decisionItem",
          "taskItem",
          "bulletList",
          "orderedList",
          "table",
          "layoutColumn");

  /** Inline nodes that stand for one word (a link, a person, a date). */
  private static final Set<String> ATOMS =
      Set.of(
          "mention",
          "emoji",
          "inlineCard",
          "blockCard",
          "embedCard",
          "status",
          "date",
          "placeholder",
          "media",
          "mediaInline");

  private Adf() {}

  public static String toText(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    StringBuilder sb = new StringBuilder();
    walk(node, sb);
    String s = sb.toString().replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
    return s.isEmpty() ? null : s;
  }

  private static void walk(JsonNode n, StringBuilder sb) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        walk(c, sb);
      }
      return;
    }
    if (!n.isObject()) {
      return;
    }
    String type = n.path("type").asText("");
    JsonNode attrs = n.path("attrs");
    if (ATOMS.contains(type)
        && sb.length() > 0
        && !Character.isWhitespace(sb.charAt(sb.length() - 1))) {
      sb.append(' '); // an inline atom is a word of its own: "see https://..." not "seehttps://..."
    }
    switch (type) {
      case "text" -> sb.append(n.path("text").asText(""));
      case "hardBreak" -> sb.append('\n');
      case "mention" -> sb.append(attrs.path("text").asText(""));
      case "emoji" -> sb.append(attrs.path("text").asText(attrs.path("shortName").asText("")));
      case "inlineCard", "blockCard", "embedCard" -> sb.append(attrs.path("url").asText(""));
      case "status" -> sb.append(attrs.path("text").asText(""));
      case "date" -> sb.append(attrs.path("timestamp").asText(""));
      case "placeholder" -> sb.append(attrs.path("text").asText(""));
      case "media", "mediaInline" -> sb.append(attrs.path("alt").asText(""));
      default -> {
        // unknown or container node: its content only
      }
    }
    if (n.has("content")) {
      walk(n.get("content"), sb);
    }
    if (BLOCKS.contains(type)) {
      sb.append('\n');
    } else if (!"text".equals(type) && !type.isEmpty() && !n.has("content")) {
      sb.append(' ');
    }
  }
}
