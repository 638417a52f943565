package dev.lastmile.concepts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence cut into word tokens that remember where they came from (for quoting), with English
 * contractions undone ("hasn't" gives "has" + "not", "cannot" gives "can" + "not"), each token's
 * clause (split at punctuation and at contrast words) and segment (split at ";", "?" and contrast
 * words only: the reach of hypothetical and resolution cues), and its Snowball stem per {@link
 * Lang}.
 */
final class Tokens {
  final List<String> fold = new ArrayList<>();
  final List<String[]> stems = new ArrayList<>();
  final List<int[]> span = new ArrayList<>();
  final List<Boolean> skip = new ArrayList<>();
  final List<Integer> clause = new ArrayList<>();
  final List<Integer> segment = new ArrayList<>();
  final List<Boolean> questionSegment = new ArrayList<>();

  /** The text tokenised (spans index into it). */
  String text = "";

  /** Ordinal among non-skip tokens (a skip token gets the ordinal of the next one). */
  int[] pos;

  int size() {
    return fold.size();
  }

  /**
   * Tokenises {@code text}. {@code skip} holds folded filler words (articles, auxiliaries) that
   * terms may step over; {@code contrast} holds the lower-case words that end a clause and a
   * segment, as listed and without accents ({@link ConceptMatcher} adds both): a word written with
   * an accent must match a listed form exactly, so Spanish "más" is not Portuguese "mas".
   */
  static Tokens of(String text, Set<String> skip, Set<String> contrast) {
    Tokens t = new Tokens();
    t.text = text;
    int clause = 0;
    int segment = 0;
    List<Integer> segmentOfQuestion = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int s = i;
        while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        String raw = text.substring(s, i);
        String w = Stems.fold(raw);
        // "don't" glues the apostrophe to a letter; Dutch "is 't" (het) does not
        boolean apostropheT =
            w.equals("t")
                && s >= 2
                && isApostrophe(text.charAt(s - 1))
                && Character.isLetter(text.charAt(s - 2))
                && !t.fold.isEmpty();
        if (apostropheT) {
          // don't / can't / won't / hasn't: fix the previous token, then add "not"
          int last = t.size() - 1;
          String prev = t.fold.get(last);
          String base = prev.equals("won") ? "will" : prev.equals("can") ? "can" : chopN(prev);
          t.replace(last, base, skip);
          t.add("not", s - 1, i, skip, clause, segment);
          continue;
        }
        if (s >= 2
            && isApostrophe(text.charAt(s - 1))
            && !t.fold.isEmpty()
            && CLITICS.containsKey(w)) {
          t.add(CLITICS.get(w), s - 1, i, skip, clause, segment); // we'd, they'll, we've
          continue;
        }
        // by the word as written: Portuguese "mas" (but) ends a clause, Spanish "más" (more) not
        if (contrast.contains(raw.toLowerCase(Locale.ROOT))) {
          clause++;
          segment++;
          continue;
        }
        String[] split = splitGlued(w);
        if (split != null) {
          t.add(split[0], s, i, skip, clause, segment);
          t.add(split[1], s, i, skip, clause, segment);
        } else {
          t.add(w, s, i, skip, clause, segment);
        }
        continue;
      }
      if (c == '%') {
        // "40% of stays", "52 % des postes": the sign is the word, so a term list can name a ratio
        t.add(PERCENT, i, i + 1, skip, clause, segment);
        i++;
        continue;
      }
      if (c == ';' || c == '?' || c == '!' || c == '\n') {
        if (c == '?') {
          segmentOfQuestion.add(segment);
        }
        clause++;
        segment++;
      } else if (",.:()[]{}\"“”«»|–—•".indexOf(c) >= 0) {
        clause++;
      } else if (c == '-'
          && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
          && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1)))) {
        clause++;
      }
      i++;
    }
    t.pos = new int[t.size()];
    int seen = 0;
    for (int k = 0; k < t.size(); k++) {
      t.pos[k] = seen;
      if (!t.skip.get(k)) {
        seen++;
      }
      t.questionSegment.add(segmentOfQuestion.contains(t.segment.get(k)));
    }
    return t;
  }

  /** The token a percent sign gives: the word "percent" (term lists write it as a word). */
  static final String PERCENT = "percent";

  private void add(String w, int s, int e, Set<String> skipWords, int cl, int seg) {
    fold.add(w);
    stems.add(stemsOf(w));
    span.add(new int[] {s, e});
    skip.add(skipWords.contains(w));
    clause.add(cl);
    segment.add(seg);
  }

  private void replace(int k, String w, Set<String> skipWords) {
    fold.set(k, w);
    stems.set(k, stemsOf(w));
    skip.set(k, skipWords.contains(w));
  }

  private static String[] stemsOf(String w) {
    return Stems.all(w);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '`' || c == '´';
  }

  private static String chopN(String w) {
    return w.endsWith("n") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
  }

  /** "cannot", "didnt", "wasnt", ... written without an apostrophe. */
  private static String[] splitGlued(String w) {
    if (w.equals("cannot")) {
      return new String[] {"can", "not"};
    }
    if (w.length() > 3 && w.endsWith("nt")) {
      String base = w.substring(0, w.length() - 2).toLowerCase(Locale.ROOT);
      if (GLUED.contains(base)) {
        return new String[] {base.equals("wo") ? "will" : base.equals("ca") ? "can" : base, "not"};
      }
    }
    return null;
  }

  private static final java.util.Map<String, String> CLITICS =
      java.util.Map.of("d", "would", "ll", "will", "re", "are", "ve", "have", "m", "am");

  private static final Set<String> GLUED =
      Set.of(
          "did", "does", "do", "is", "was", "were", "could", "would", "should", "has", "have",
          "had", "are", "wo", "ca", "must", "need");
}
