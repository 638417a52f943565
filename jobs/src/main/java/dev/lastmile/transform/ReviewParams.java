package dev.lastmile.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.rules.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Thresholds of the review loop, from the versioned file {@code dev/lastmile/review/review.json} on
 * the classpath.
 *
 * @param version the file's version
 * @param lowConfidence a failed initiative whose rules confidence is below this goes on the review
 *     worklist
 * @param worklistTexts how many of its most recent texts the worklist shows
 * @param smallSampleBelow override_agreement rows with fewer decisions are flagged small_sample
 * @param confidenceLevel two-sided level of the Wilson intervals in override_agreement
 * @param blockedStatuses regex (case-insensitive, whole value) of Jira statuses that mean blocked
 */
public record ReviewParams(
    String version,
    double lowConfidence,
    int worklistTexts,
    int smallSampleBelow,
    double confidenceLevel,
    String blockedStatuses) {
  static final String FILE = "dev/lastmile/review/review.json";

  /** The bundled review.json. */
  public static ReviewParams bundled() {
    try (InputStream in = ReviewParams.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new ConfigException(FILE, "", "not on the classpath");
      }
      return of(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new ConfigException(FILE, "", "invalid JSON (" + e.getMessage() + ")");
    }
  }

  static ReviewParams of(JsonNode n) {
    double low = number(n, "low_confidence");
    if (!(low >= 0.0 && low <= 1.0)) {
      throw new ConfigException(FILE, "low_confidence", "must be between 0 and 1, got " + low);
    }
    int texts = (int) number(n, "worklist_texts");
    if (texts < 1) {
      throw new ConfigException(FILE, "worklist_texts", "must be at least 1, got " + texts);
    }
    int small = (int) number(n, "small_sample_below");
    double level = number(n, "confidence_level");
    if (!(level >= 0.5 && level <= 0.9999)) {
      throw new ConfigException(FILE, "confidence_level", "must be between 0.5 and 0.9999");
    }
    String blocked = n.path("blocked_statuses").asText("");
    try {
      Pattern.compile(blocked);
    } catch (PatternSyntaxException e) {
      throw new ConfigException(
          FILE, "blocked_statuses", "invalid regex (" + e.getDescription() + ")");
    }
    return new ReviewParams(
        n.path("version").asText("review-?"), low, texts, small, level, blocked);
  }

  private static double number(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || !v.isNumber()) {
      throw new ConfigException(FILE, key, "expected a number, got " + v);
    }
    return v.asDouble();
  }
}
