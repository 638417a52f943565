package dev.lastmile.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.German2Stemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Word forms by Lucene's Snowball stemmers, so that "deploy", "deploying" and "deployment", or
 * "tester" and "testing", or "Entwicklung" and "entwickeln" meet on one form without hand-written
 * alternations. A form is the lower-cased word, stemmed in one language, then folded to ASCII
 * ("développement" and "developpement" meet too). Text is cut into words at every character that is
 * neither a letter nor a digit.
 *
 * <p>Stateless for callers: the stemmers (not thread-safe) are kept per thread. Serializable so a
 * Spark task can carry an instance.
 */
public final class WordForms implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The languages with a stemmer, by ISO 639-1 code. */
  public enum Language {
    EN(EnglishStemmer::new),
    DE(German2Stemmer::new),
    FR(FrenchStemmer::new),
    ES(SpanishStemmer::new),
    NL(DutchStemmer::new),
    IT(ItalianStemmer::new),
    PT(PortugueseStemmer::new);

    private final transient ThreadLocal<SnowballStemmer> stemmer;
    // forms already computed on this thread: stemming is a pure function of the word, and a
    // portfolio's texts repeat a few thousand words (cleared when it reaches FORMS_KEPT)
    private final transient ThreadLocal<Map<String, String>> forms =
        ThreadLocal.withInitial(HashMap::new);

    Language(Supplier<SnowballStemmer> make) {
      this.stemmer = ThreadLocal.withInitial(make);
    }

    /**
     * The language of a config code ("en", "de", "fr", "es", "nl", "it", "pt"), or null when there
     * is no stemmer.
     */
    public static Language of(String code) {
      for (Language l : values()) {
        if (l.name().equalsIgnoreCase(code)) {
          return l;
        }
      }
      return null;
    }

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final List<Language> languages;

  /** Forms in each of {@code languages} (a word of unknown language gets the form of each). */
  public WordForms(List<Language> languages) {
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("WordForms needs at least one language");
    }
    this.languages = List.copyOf(languages);
  }

  /** Forms in every language lastmile has a stemmer for. */
  public static WordForms all() {
    return new WordForms(List.of(Language.values()));
  }

  public List<Language> languages() {
    return languages;
  }

  /** The words of a text, lower-cased, in order; empty for null. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String s = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean part = Character.isLetterOrDigit(cp);
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out;
  }

  /** Forms remembered per language and thread (see {@link Language}). */
  static final int FORMS_KEPT = 50_000;

  /** The form of one lower-cased word in one language. */
  public static String form(Language language, String word) {
    Map<String, String> known = language.forms.get();
    String f = known.get(word);
    if (f == null) {
      f = stem(language, word);
      if (known.size() >= FORMS_KEPT) {
        known.clear();
      }
      known.put(word, f);
    }
    return f;
  }

  /** {@link #form} computed afresh: the stemmer, then ASCII folding. */
  static String stem(Language language, String word) {
    SnowballStemmer st = language.stemmer.get();
    st.setCurrent(word);
    st.stem();
    return fold(st.getCurrent());
  }

  /** The forms of one lower-cased word in each language of this instance (usually 1-4). */
  public Set<String> forms(String word) {
    Set<String> out = new LinkedHashSet<>(4);
    for (Language l : languages) {
      out.add(form(l, word));
    }
    return out;
  }

  /** The forms of a phrase's words, each in the one given language ("go live" -> [go, live]). */
  public static List<String> phraseForms(Language language, String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : words(phrase)) {
      out.add(form(language, w));
    }
    return out;
  }

  /** Lower-case ASCII folding ("é" -> "e", "ß" -> "ss"); characters with no ASCII form stay. */
  public static String fold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    if (ascii) {
      return s;
    }
    char[] in = s.toCharArray();
    char[] out = new char[in.length * 4];
    int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, n);
  }
}
