package dev.lastmile.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Literal strings that any match of a regex must contain: a conjunction of clauses, each clause a
 * set of literals of which at least one occurs in every matching text. An empty conjunction means
 * "no requirement" (the regex must be run on every text).
 *
 * <p>{@link RuleTriggers} looks all rules' literals up in one trie walk per sentence, while the
 * rules' alternations cost hundreds of microseconds per sentence in {@code java.util.regex}. {@link
 * #branches} gives the clauses per top-level alternative of a rule. The analysis is the one RE2 and
 * code-search engines use: every node of the regex is either <em>exact</em> (the small, finite set
 * of strings it can match) or carries a requirement; concatenation crosses exact sets or joins
 * requirements, alternation unions them, optional and starred parts require nothing, and zero-width
 * assertions (word boundaries, look-arounds, anchors) match the empty string.
 *
 * <p>It is conservative by construction: anything it does not understand (inline flags,
 * back-references, unknown escapes, Unicode classes) yields "no requirement" for that node, which
 * can only make the prefilter let more texts through, never fewer.
 */
public final class RequiredLiterals {
  /** Exact sets larger than this become requirements (their strings as one clause). */
  static final int MAX_EXACT = 24;

  /** Clauses kept per node: an alternation of conjunctions multiplies them out. */
  static final int MAX_CLAUSES = 4;

  private final String re;
  private int pos;

  private RequiredLiterals(String re) {
    this.re = re;
  }

  /**
   * The clauses of each top-level alternative of {@code regex}: the regex can only match a text
   * that satisfies every clause of at least one alternative. A single alternative with no clauses
   * means nothing can be required.
   */
  public static List<List<Set<String>>> branches(String regex) {
    if (regex.contains("(?i")
        || regex.contains("(?x")
        || regex.contains("(?u")
        || regex.contains("(?-")) {
      return List.of(List.of());
    }
    RequiredLiterals p = new RequiredLiterals(regex);
    List<List<Set<String>>> out = new ArrayList<>();
    try {
      out.add(clean(p.sequence()));
      while (p.more() && p.peek() == '|') {
        p.pos++;
        out.add(clean(p.sequence()));
      }
      if (p.pos != regex.length()) {
        return List.of(List.of());
      }
    } catch (Unsupported e) {
      return List.of(List.of());
    }
    return out.stream().anyMatch(List::isEmpty) ? List.of(List.of()) : out;
  }

  private static List<Set<String>> clean(Info info) {
    List<Set<String>> out = new ArrayList<>();
    for (Set<String> clause : info.required()) {
      if (!clause.isEmpty() && !clause.contains("")) {
        out.add(minimal(clause));
      }
    }
    return best(out);
  }

  // ---- the analysis ----

  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * Exact set (when finite and small) or a conjunction of clauses. {@code exact == null} and no
   * clauses means "anything".
   */
  private record Info(Set<String> exact, List<Set<String>> clauses) {
    static Info exactly(Set<String> s) {
      return new Info(s, List.of());
    }

    static Info anything() {
      return new Info(null, List.of());
    }

    static Info empty() {
      return exactly(Set.of(""));
    }

    /** Clauses that every match satisfies. */
    List<Set<String>> required() {
      if (exact == null) {
        return clauses;
      }
      if (exact.contains("")) {
        return List.of();
      }
      return List.of(exact);
    }

    /** Drops exactness: an exact set becomes one clause. */
    Info inexact() {
      return exact == null ? this : new Info(null, required());
    }
  }

  private static Info concat(Info a, Info b) {
    if (a.exact != null && b.exact != null && a.exact.size() * b.exact.size() <= MAX_EXACT) {
      Set<String> s = new LinkedHashSet<>();
      for (String x : a.exact) {
        for (String y : b.exact) {
          s.add(x + y);
        }
      }
      return Info.exactly(s);
    }
    List<Set<String>> c = new ArrayList<>(a.required());
    c.addAll(b.required());
    return new Info(null, c.size() > MAX_CLAUSES ? best(c) : c);
  }

  private static Info union(Info a, Info b) {
    if (a.exact != null && b.exact != null && a.exact.size() + b.exact.size() <= MAX_EXACT) {
      Set<String> s = new LinkedHashSet<>(a.exact);
      s.addAll(b.exact);
      return Info.exactly(s);
    }
    // (a1 & a2) | (b1 & b2) = (a1|b1) & (a1|b2) & (a2|b1) & (a2|b2), keeping the best few
    List<Set<String>> ca = a.required();
    List<Set<String>> cb = b.required();
    if (ca.isEmpty() || cb.isEmpty()) {
      return Info.anything();
    }
    List<Set<String>> out = new ArrayList<>();
    for (Set<String> x : best(ca)) {
      for (Set<String> y : best(cb)) {
        Set<String> s = new LinkedHashSet<>(x);
        s.addAll(y);
        out.add(s);
      }
    }
    return new Info(null, best(out));
  }

  /** The {@link #MAX_CLAUSES} most selective distinct clauses. */
  private static List<Set<String>> best(List<Set<String>> clauses) {
    record Scored(Set<String> clause, int shortest) {}
    return clauses.stream()
        .distinct()
        .map(c -> new Scored(c, c.stream().mapToInt(String::length).min().orElse(0)))
        .sorted(
            Comparator.comparingInt(Scored::shortest)
                .reversed()
                .thenComparingInt(x -> x.clause().size()))
        .limit(MAX_CLAUSES)
        .map(Scored::clause)
        .toList();
  }

  /**
   * Drops literals that contain another literal of the clause: the clause holds exactly when one of
   * the remaining literals occurs.
   */
  static Set<String> minimal(Set<String> clause) {
    Set<String> out = new LinkedHashSet<>();
    for (String x : clause) {
      boolean covered = false;
      for (String y : clause) {
        if (!y.equals(x) && x.contains(y)) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        out.add(x);
      }
    }
    return out;
  }

  private static Info optional(Info a) {
    if (a.exact != null && a.exact.size() + 1 <= MAX_EXACT) {
      Set<String> s = new LinkedHashSet<>();
      s.add("");
      s.addAll(a.exact);
      return Info.exactly(s);
    }
    return Info.anything();
  }

  // ---- a recursive-descent parser for the java.util.regex subset the rules use ----

  private boolean more() {
    return pos < re.length();
  }

  private char peek() {
    return re.charAt(pos);
  }

  private Info alternation() {
    Info acc = sequence();
    while (more() && peek() == '|') {
      pos++;
      acc = union(acc, sequence());
    }
    return acc;
  }

  private Info sequence() {
    List<Info> parts = new ArrayList<>();
    while (more() && peek() != '|' && peek() != ')') {
      parts.add(quantified(atom()));
    }
    // adjacent exact parts first, so "ab" + "c" stays the literal "abc" after an inexact part
    Info acc = Info.empty();
    Info run = Info.empty();
    for (Info p : parts) {
      if (p.exact != null && run.exact.size() * p.exact.size() <= MAX_EXACT) {
        run = concat(run, p);
      } else if (p.exact != null) {
        acc = concat(acc, run);
        run = p;
      } else {
        acc = concat(concat(acc, run), p);
        run = Info.empty();
      }
    }
    return concat(acc, run);
  }

  private Info quantified(Info a) {
    while (more()) {
      char c = peek();
      int min;
      int max;
      if (c == '?') {
        pos++;
        min = 0;
        max = 1;
      } else if (c == '*') {
        pos++;
        min = 0;
        max = Integer.MAX_VALUE;
      } else if (c == '+') {
        pos++;
        min = 1;
        max = Integer.MAX_VALUE;
      } else if (c == '{' && pos + 1 < re.length() && Character.isDigit(re.charAt(pos + 1))) {
        int close = re.indexOf('}', pos);
        if (close < 0) {
          throw new Unsupported();
        }
        String body = re.substring(pos + 1, close);
        pos = close + 1;
        int comma = body.indexOf(',');
        try {
          min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).trim());
          String hi = comma < 0 ? body : body.substring(comma + 1).trim();
          max = hi.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(hi);
        } catch (NumberFormatException e) {
          throw new Unsupported();
        }
      } else {
        break;
      }
      skipModifier();
      if (min == 0) {
        a = max == 1 ? optional(a) : Info.anything();
      } else if (min > 1 || max > 1) {
        a = a.inexact(); // one or more copies: each match contains at least one
      }
    }
    return a;
  }

  /** Lazy ({@code ?}) and possessive ({@code +}) quantifier modifiers change nothing here. */
  private void skipModifier() {
    if (more() && (peek() == '?' || peek() == '+')) {
      pos++;
    }
  }

  private Info atom() {
    char c = peek();
    switch (c) {
      case '(' -> {
        return group();
      }
      case '[' -> {
        return charClass();
      }
      case '.' -> {
        pos++;
        return Info.anything();
      }
      case '^', '$' -> {
        pos++;
        return Info.empty();
      }
      case '\\' -> {
        return escape();
      }
      case '*', '+', '?', '{' -> throw new Unsupported();
      default -> {
        pos++;
        return Info.exactly(Set.of(String.valueOf(c)));
      }
    }
  }

  private Info group() {
    pos++; // '('
    boolean zeroWidth = false;
    if (re.startsWith("?:", pos)) {
      pos += 2;
    } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
      pos += 2;
      zeroWidth = true;
    } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
      pos += 3;
      zeroWidth = true;
    } else if (re.startsWith("?>", pos)) {
      pos += 2;
    } else if (re.startsWith("?<", pos)) {
      int close = re.indexOf('>', pos);
      if (close < 0) {
        throw new Unsupported();
      }
      pos = close + 1; // named group
    } else if (more() && peek() == '?') {
      throw new Unsupported(); // inline flags
    }
    Info inner = alternation();
    if (!more() || peek() != ')') {
      throw new Unsupported();
    }
    pos++;
    return zeroWidth ? Info.empty() : inner;
  }

  /** Character classes of plain characters only (no ranges, negation, nesting) stay exact. */
  private Info charClass() {
    int close = classEnd(pos);
    if (re.charAt(pos + 1) == ']' || re.substring(pos, close).contains("&&")) {
      throw new Unsupported(); // a leading ']' and intersections are read differently by Java
    }
    pos++; // '['
    boolean simple = peek() != '^';
    Set<String> chars = new LinkedHashSet<>();
    while (pos < close) {
      char c = peek();
      if (c == '\\') {
        char e = re.charAt(pos + 1);
        pos += 2;
        if (Character.isLetterOrDigit(e)) {
          simple = false; // word, space, digit, property and hex escapes
          pos = Math.max(pos, Math.min(close, skipEscapeBody(e, pos)));
        } else {
          chars.add(String.valueOf(e));
        }
      } else if (c == '[') {
        throw new Unsupported(); // nested classes
      } else if (c == '-' && !chars.isEmpty() && pos + 1 < close) {
        simple = false; // a range
        pos++;
      } else {
        chars.add(String.valueOf(c));
        pos++;
      }
    }
    pos = close + 1;
    return simple && !chars.isEmpty() && chars.size() <= 8 ? Info.exactly(chars) : Info.anything();
  }

  /** Index of the ']' closing the class opened at {@code open}. */
  private int classEnd(int open) {
    for (int i = open + 1; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        throw new Unsupported();
      } else if (c == ']' && i > open + 1) {
        return i;
      }
    }
    throw new Unsupported();
  }

  /** Where the body of the escape {@code \\e} starting at {@code from} ends. */
  private int skipEscapeBody(char e, int from) {
    if ((e == 'p' || e == 'P' || e == 'x') && from < re.length() && re.charAt(from) == '{') {
      int close = re.indexOf('}', from);
      return close < 0 ? re.length() : close + 1;
    }
    return switch (e) {
      case 'u' -> from + 4;
      case 'x' -> from + 2;
      case 'p', 'P' -> from + 1;
      default -> from;
    };
  }

  private Info escape() {
    if (pos + 1 >= re.length()) {
      throw new Unsupported();
    }
    char e = re.charAt(pos + 1);
    pos += 2;
    switch (e) {
      case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
        return Info.empty();
      }
      case 'w', 'W', 's', 'S', 'd', 'D', 'h', 'H', 'v', 'V', 'R', 'X' -> {
        return Info.anything();
      }
      case 'p', 'P' -> {
        pos = Math.min(re.length(), skipEscapeBody(e, pos));
        return Info.anything();
      }
      case 'n' -> {
        return Info.exactly(Set.of("\n"));
      }
      case 't' -> {
        return Info.exactly(Set.of("\t"));
      }
      case 'Q' -> {
        int end = re.indexOf("\\E", pos);
        String lit = end < 0 ? re.substring(pos) : re.substring(pos, end);
        pos = end < 0 ? re.length() : end + 2;
        return Info.exactly(Set.of(lit));
      }
      default -> {
        if (Character.isLetterOrDigit(e)) {
          throw new Unsupported(); // back-references, hex and control escapes, octal
        }
        return Info.exactly(Set.of(String.valueOf(e)));
      }
    }
  }
}
