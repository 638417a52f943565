package dev.lastmile.concepts;

/**
 * The languages concept files are written in; each has its own Snowball stemmer. EN, DE and FR
 * since concepts-1.0.0; ES, IT, PT and NL since concepts-1.3.0.
 */
enum Lang {
  EN,
  DE,
  FR,
  ES,
  IT,
  PT,
  NL;

  /** Languages detected only when they lead the other late-added ones (see ConceptMatcher). */
  boolean romanceOrDutch() {
    return this == ES || this == IT || this == PT || this == NL;
  }

  /** Languages that glue nouns into compounds ("Lieferantendaten", "klantgegevens"). */
  boolean compounds() {
    return this == DE || this == NL;
  }

  static Lang of(String code) {
    for (Lang l : values()) {
      if (l.name().equalsIgnoreCase(code)) {
        return l;
      }
    }
    return null;
  }
}
