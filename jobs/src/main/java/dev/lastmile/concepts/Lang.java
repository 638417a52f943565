package dev.lastmile.concepts;

/** The languages concept files are written in; each has its own Snowball stemmer. */
enum Lang {
  EN,
  DE,
  FR;

  static Lang of(String code) {
    for (Lang l : values()) {
      if (l.name().equalsIgnoreCase(code)) {
        return l;
      }
    }
    return null;
  }
}
