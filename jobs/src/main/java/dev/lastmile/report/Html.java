package dev.lastmile.report;

import java.util.Locale;

/** HTML escaping and number formatting for the review pack. Every value goes through here. */
public final class Html {
  private Html() {}

  /** Escapes text for element content and double- or single-quoted attribute values. */
  public static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = String.valueOf(value);
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            b.append(' '); // control characters are not allowed in HTML text
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** A fraction as a percentage with one decimal ("41.7%"); an en dash for null. */
  public static String pct(Double fraction) {
    return fraction == null || fraction.isNaN()
        ? "–"
        : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /** A change of a fraction in percentage points with a sign ("+3.1 pp"). */
  public static String pp(Double now, Double before) {
    if (now == null || before == null || now.isNaN() || before.isNaN()) {
      return "–";
    }
    double d = (now - before) * 100;
    return String.format(Locale.ROOT, "%+.1f pp", Math.abs(d) < 0.05 ? 0.0 : d);
  }

  /** A signed count change ("+2", "0", "-1"); an en dash when either side is unknown. */
  public static String delta(Long now, Long before) {
    if (now == null || before == null) {
      return "–";
    }
    long d = now - before;
    return d > 0 ? "+" + d : String.valueOf(d);
  }

  /** A number with the given decimals; an en dash for null. */
  public static String num(Double v, int decimals) {
    return v == null || v.isNaN() ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** Confidence interval "(95% CI 33.1–50.8%)". */
  public static String ci(Double low, Double high, Double level) {
    if (low == null || high == null) {
      return "";
    }
    String lvl = level == null ? "95" : String.format(Locale.ROOT, "%.0f", level * 100);
    return "("
        + lvl
        + "% CI "
        + String.format(Locale.ROOT, "%.1f", low * 100)
        + "–"
        + String.format(Locale.ROOT, "%.1f%%", high * 100)
        + ")";
  }
}
