package dev.lastmile.concepts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Snowball stems (Lucene's English, German, French, Spanish, Italian, Portuguese and Dutch
 * stemmers, in {@link Lang} order), folded to ASCII after stemming so "zugänglich"/"zuganglich" and
 * "accès"/"acces" agree. Snowball stemmers are neither thread-safe nor serializable, so each thread
 * keeps its own set and the matcher holds only strings.
 */
final class Stems {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final ThreadLocal<SnowballStemmer[]> STEMMERS =
      ThreadLocal.withInitial(
          () ->
              new SnowballStemmer[] {
                new EnglishStemmer(),
                new GermanStemmer(),
                new FrenchStemmer(),
                new SpanishStemmer(),
                new ItalianStemmer(),
                new PortugueseStemmer(),
                new DutchStemmer()
              });

  /** Per-thread word -> stems cache: Jira text repeats its words, stemming costs microseconds. */
  private static final int CACHE_MAX = 50_000;

  private static final ThreadLocal<java.util.HashMap<String, String[]>> CACHE =
      ThreadLocal.withInitial(java.util.HashMap::new);

  private Stems() {}

  /** The word's stems in every {@link Lang}, indexed by ordinal (shared array: do not modify). */
  static String[] all(String lowerWord) {
    java.util.HashMap<String, String[]> cache = CACHE.get();
    String[] out = cache.get(lowerWord);
    if (out == null) {
      if (cache.size() >= CACHE_MAX) {
        cache.clear();
      }
      out = new String[Lang.values().length];
      for (Lang l : Lang.values()) {
        out[l.ordinal()] = stem(l, lowerWord);
      }
      cache.put(lowerWord, out);
    }
    return out;
  }

  /** The stem of a lower-case word in {@code lang}, diacritics removed. */
  static String stem(Lang lang, String lowerWord) {
    if (lang == Lang.PT && (lowerWord.equals("não") || lowerWord.equals("nao"))) {
      return "nao"; // Snowball makes the negation "na", the word for "in the"
    }
    SnowballStemmer s = STEMMERS.get()[lang.ordinal()];
    s.setCurrent(lowerWord);
    s.stem();
    return fold(s.getCurrent());
  }

  /** Lower case without diacritics; ß becomes ss. */
  static String fold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 128;
    }
    if (ascii) {
      return s.toLowerCase(Locale.ROOT);
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    return MARKS.matcher(d).replaceAll("").replace("ß", "ss").toLowerCase(Locale.ROOT);
  }
}
