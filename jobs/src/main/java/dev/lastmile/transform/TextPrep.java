package dev.lastmile.transform;

import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;

import dev.lastmile.rules.CauseRules;
import org.apache.spark.sql.Column;

/**
 * Text preparation as built-in Column expressions: strip Jira wiki markup (keeping case, for
 * excerpts), split into sentences, and normalise a sentence for matching (lower case, one
 * spelling per word, contractions expanded, punctuation folded to spaces).
 */
final class TextPrep {
  private TextPrep() {}

  /** Removes Jira wiki markup; code blocks go entirely, links keep their text. */
  static Column stripMarkup(Column raw, CauseRules rules) {
    Column c = raw;
    c = regexp_replace(c, "(?s)\\{code(?::[^}]*)?\\}.*?\\{code\\}", " ");
    c = regexp_replace(c, "(?s)\\{noformat\\}.*?\\{noformat\\}", " ");
    c = regexp_replace(c, "\\{(?:quote|panel|color|anchor|section|column)(?::[^}]*)?\\}", " ");
    c = regexp_replace(c, "\\[~[^\\]]*\\]", "someone");
    c = regexp_replace(c, "\\[([^|\\]]*)\\|[^\\]]*\\]", "$1");
    c = regexp_replace(c, "\\[(https?://[^\\]]*)\\]", "$1");
    c = regexp_replace(c, "![^!\\s]+\\.(?:png|jpe?g|gif|svg)(?:\\|[^!]*)?!", " ");
    c = regexp_replace(c, "(?m)^\\s*h[1-6]\\.\\s*", "\n");
    c = regexp_replace(c, "(?m)^\\s*(?:[*#]+|-)\\s+", "\n");
    c = regexp_replace(c, "(?<![\\w*])\\*([^*\\n]+)\\*(?![\\w*])", "$1");
    c = regexp_replace(c, "(?<![\\w])_([^_\\n]+)_(?![\\w])", "$1");
    c = regexp_replace(c, "\\{\\{([^}]*)\\}\\}", "$1");
    c = regexp_replace(c, "\\|\\|?", "\n");
    c = regexp_replace(c, "(?i)\\b(e)\\.(g)\\.|\\b(i)\\.(e)\\.", "$1$3$2$4");
    c = regexp_replace(c, "(?i)\\b(" + String.join("|", rules.abbreviations()) + ")\\.(?=\\s+[a-z0-9])",
        "$1");
    c = regexp_replace(c, "[ \\t\\u00a0]+", " ");
    return c;
  }

  /** Splits cleaned text into sentences (end punctuation followed by space, or line breaks). */
  static Column sentences(Column clean) {
    return split(clean, "(?<=[.!?])\\s+(?=[^a-z])|[\\r\\n]+");
  }

  /** Lower-cases and applies the rules' spelling and punctuation normalisation. */
  static Column normalise(Column sentence, CauseRules rules) {
    Column c = lower(sentence);
    c = regexp_replace(c, "[\\u2018\\u2019\\u0060\\u00b4]", "'");
    c = regexp_replace(c, "[\\u2010-\\u2015]", "-");
    for (CauseRules.Replace r : rules.normalise()) {
      c = regexp_replace(c, r.find(), r.replace());
    }
    c = regexp_replace(c, "\\s+", " ");
    return trim(c);
  }
}
