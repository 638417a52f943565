package dev.lastmile.transform;

import dev.lastmile.rules.CauseRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Text preparation for {@link CauseMatcher}, as ordered regex replacements: strip Jira wiki markup
 * (keeping case, for excerpts), split into sentences, and normalise a sentence for matching (lower
 * case, one spelling per word, contractions expanded, punctuation folded to spaces).
 */
final class TextPrep {
  /** Sentence boundaries: end punctuation followed by space, or line breaks. */
  static final String SENTENCE_SPLIT = "(?<=[.!?])\\s+(?=[^a-z])|[\\r\\n]+";

  private TextPrep() {}

  /** Removes Jira wiki markup; code blocks go entirely, links keep their text. */
  static List<String[]> markupReplacements(CauseRules rules) {
    return List.of(
        new String[] {"(?s)\\{code(?::[^}]*)?\\}.*?\\{code\\}", " "},
        new String[] {"(?s)\\{noformat\\}.*?\\{noformat\\}", " "},
        new String[] {"\\{(?:quote|panel|color|anchor|section|column)(?::[^}]*)?\\}", " "},
        new String[] {"\\[~[^\\]]*\\]", "someone"},
        new String[] {"\\[([^|\\]]*)\\|[^\\]]*\\]", "$1"},
        new String[] {"\\[(https?://[^\\]]*)\\]", "$1"},
        new String[] {"![^!\\s]+\\.(?:png|jpe?g|gif|svg)(?:\\|[^!]*)?!", " "},
        new String[] {"(?m)^\\s*h[1-6]\\.\\s*", "\n"},
        new String[] {"(?m)^\\s*(?:[*#]+|-)\\s+", "\n"},
        new String[] {"(?<![\\w*])\\*([^*\\n]+)\\*(?![\\w*])", "$1"},
        new String[] {"(?<![\\w])_([^_\\n]+)_(?![\\w])", "$1"},
        new String[] {"\\{\\{([^}]*)\\}\\}", "$1"},
        new String[] {"\\|\\|?", "\n"},
        new String[] {"(?i)\\b(e)\\.(g)\\.|\\b(i)\\.(e)\\.", "$1$3$2$4"},
        new String[] {
          "(?i)\\b(" + String.join("|", rules.abbreviations()) + ")\\.(?=\\s+[a-z0-9])", "$1"
        },
        new String[] {"[ \\t\\u00a0]+", " "});
  }

  /** Applied in order to a lower-cased sentence: quotes, dashes, the rules' own, whitespace. */
  static List<String[]> normaliseReplacements(CauseRules rules) {
    List<String[]> out = new ArrayList<>();
    out.add(new String[] {"[\\u2018\\u2019\\u0060\\u00b4]", "'"});
    out.add(new String[] {"[\\u2010-\\u2015]", "-"});
    for (CauseRules.Replace r : rules.normalise()) {
      out.add(new String[] {r.find(), r.replace()});
    }
    out.add(new String[] {"\\s+", " "});
    return out;
  }
}
