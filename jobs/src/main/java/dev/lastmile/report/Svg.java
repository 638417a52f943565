package dev.lastmile.report;

import static dev.lastmile.report.Html.esc;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the review pack, generated as text: no script, no external font or
 * stylesheet, so the page renders the same offline and in headless Chromium. Each chart is an
 * {@code <svg class="chart" role="img">} with a {@code <title>} for screen readers.
 */
public final class Svg {
  private Svg() {}

  public static final String[] PALETTE = {
    "#2b6cb0", "#c05621", "#2f855a", "#b83280", "#6b46c1", "#4a5568", "#b7791f", "#2c7a7b"
  };

  /** One bar: label, value, text printed at the bar's end, colour. */
  public record Bar(String label, double value, String text, String color) {}

  /**
   * One row of an interval plot: label, estimate with its interval (nullable) as a filled dot and
   * whisker, and an optional reference value (a published figure) as a hollow diamond.
   */
  public record Interval(
      String label, double value, Double low, Double high, String color, Double reference) {}

  /** A step curve: name, colour, x (months) and y (0..1) of each step. */
  public record Series(String name, String color, double[] x, double[] y) {}

  /** Horizontal bars, scaled to the largest value (or to {@code max} when positive). */
  public static String hbars(String title, List<Bar> bars, double max) {
    int labelW = 190;
    int barW = 380;
    int rowH = 24;
    int w = labelW + barW + 90;
    int h = rowH * bars.size() + 10;
    double top = max > 0 ? max : bars.stream().mapToDouble(Bar::value).max().orElse(1);
    if (top <= 0) {
      top = 1;
    }
    StringBuilder s = open(title, w, h);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = 5 + i * rowH;
      double len = Math.max(0, b.value()) / top * barW;
      s.append(text(labelW - 8, y + 16, "end", b.label(), 12));
      s.append("<rect x=\"")
          .append(labelW)
          .append("\" y=\"")
          .append(y + 3)
          .append("\" width=\"")
          .append(f(len))
          .append("\" height=\"")
          .append(rowH - 8)
          .append("\" fill=\"")
          .append(esc(b.color()))
          .append("\"><title>")
          .append(esc(b.label() + ": " + b.text()))
          .append("</title></rect>");
      s.append(text(labelW + len + 6, y + 16, "start", b.text(), 12));
    }
    return s.append("</svg>").toString();
  }

  /** Points with whiskers on a 0–100% axis (the portfolio rate beside published figures). */
  public static String intervals(String title, List<Interval> points) {
    int labelW = 340;
    int plotW = 360;
    int rowH = 26;
    int w = labelW + plotW + 30;
    int h = rowH * points.size() + 40;
    StringBuilder s = open(title, w, h);
    for (int t = 0; t <= 100; t += 20) {
      double x = labelW + plotW * t / 100.0;
      s.append(line(x, 5, x, h - 28, "#e2e8f0"));
      s.append(text(x, h - 12, "middle", t + "%", 11));
    }
    for (int i = 0; i < points.size(); i++) {
      Interval p = points.get(i);
      double y = 5 + i * rowH + rowH / 2.0;
      s.append(text(labelW - 8, y + 4, "end", shorten(p.label(), 44), 12));
      if (p.low() != null && p.high() != null) {
        double x1 = labelW + plotW * clamp(p.low());
        double x2 = labelW + plotW * clamp(p.high());
        s.append(line(x1, y, x2, y, p.color()));
        s.append(line(x1, y - 5, x1, y + 5, p.color()));
        s.append(line(x2, y - 5, x2, y + 5, p.color()));
      }
      if (p.reference() != null) {
        double rx = labelW + plotW * clamp(p.reference());
        s.append("<path d=\"M")
            .append(f(rx))
            .append(' ')
            .append(f(y - 7))
            .append(" L")
            .append(f(rx + 7))
            .append(' ')
            .append(f(y))
            .append(" L")
            .append(f(rx))
            .append(' ')
            .append(f(y + 7))
            .append(" L")
            .append(f(rx - 7))
            .append(' ')
            .append(f(y))
            .append(" Z\" fill=\"#ffffff\" stroke=\"#1a202c\" stroke-width=\"2\"><title>")
            .append(esc(p.label() + ": published " + Html.pct(p.reference())))
            .append("</title></path>");
      }
      double x = labelW + plotW * clamp(p.value());
      s.append("<circle cx=\"")
          .append(f(x))
          .append("\" cy=\"")
          .append(f(y))
          .append("\" r=\"5\" fill=\"")
          .append(esc(p.color()))
          .append("\" stroke=\"")
          .append(esc(p.color()))
          .append("\" stroke-width=\"2\"><title>")
          .append(
              esc(
                  p.label()
                      + ": "
                      + Html.pct(p.value())
                      + (p.low() == null ? "" : " " + Html.ci(p.low(), p.high(), null))))
          .append("</title></circle>");
    }
    return s.append("</svg>").toString();
  }

  /** Step curves over months on a 0–1 axis, with a legend. */
  public static String steps(String title, List<Series> series, String yLabel) {
    int left = 50;
    int plotW = 520;
    int plotH = 220;
    int top = 10;
    int w = left + plotW + 280;
    int h = top + plotH + 45;
    double maxX = 1;
    for (Series se : series) {
      for (double x : se.x()) {
        maxX = Math.max(maxX, x);
      }
    }
    maxX = Math.ceil(maxX / 6.0) * 6;
    StringBuilder s = open(title, w, h);
    for (int t = 0; t <= 4; t++) {
      double y = top + plotH - plotH * t / 4.0;
      s.append(line(left, y, left + plotW, y, "#e2e8f0"));
      s.append(text(left - 6, y + 4, "end", (t * 25) + "%", 11));
    }
    for (double m = 0; m <= maxX; m += 6) {
      double x = left + plotW * m / maxX;
      s.append(line(x, top + plotH, x, top + plotH + 4, "#718096"));
      s.append(text(x, top + plotH + 17, "middle", String.valueOf((int) m), 11));
    }
    s.append(text(left + plotW / 2.0, h - 6, "middle", "months since start", 11));
    s.append(
        text(12, top + plotH / 2.0, "middle", yLabel, 11)
            .replace("<text ", "<text transform=\"rotate(-90 12 " + f(top + plotH / 2.0) + ")\" "));
    for (int i = 0; i < series.size(); i++) {
      Series se = series.get(i);
      StringBuilder d = new StringBuilder();
      double prevY = Double.NaN;
      for (int k = 0; k < se.x().length; k++) {
        double px = left + plotW * se.x()[k] / maxX;
        double py = top + plotH - plotH * clamp(se.y()[k]);
        if (k == 0) {
          d.append('M').append(f(px)).append(' ').append(f(py));
        } else {
          d.append(" H").append(f(px)).append(" V").append(f(py));
        }
        prevY = py;
      }
      if (!Double.isNaN(prevY)) {
        s.append("<path d=\"")
            .append(d)
            .append("\" fill=\"none\" stroke=\"")
            .append(esc(se.color()))
            .append("\" stroke-width=\"2\"><title>")
            .append(esc(se.name()))
            .append("</title></path>");
      }
      double ly = top + 14 + i * 18;
      s.append(line(left + plotW + 14, ly - 4, left + plotW + 34, ly - 4, se.color()));
      s.append(text(left + plotW + 40, ly, "start", se.name(), 11));
    }
    return s.append("</svg>").toString();
  }

  /** A grid of counts, shaded by value; row and column labels; zero cells stay white. */
  public static String heatmap(
      String title, List<String> rows, List<String> cols, long[][] values) {
    int labelW = 200;
    int cell = 90;
    int headH = 40;
    int w = labelW + cell * cols.size() + 10;
    int h = headH + 26 * rows.size() + 10;
    long max = 1;
    for (long[] r : values) {
      for (long v : r) {
        max = Math.max(max, v);
      }
    }
    StringBuilder s = open(title, w, h);
    for (int j = 0; j < cols.size(); j++) {
      s.append(text(labelW + cell * j + cell / 2.0, headH - 10, "middle", cols.get(j), 10));
    }
    for (int i = 0; i < rows.size(); i++) {
      double y = headH + 26 * i;
      s.append(text(labelW - 8, y + 17, "end", rows.get(i), 11));
      for (int j = 0; j < cols.size(); j++) {
        long v = values[i][j];
        double a = v == 0 ? 0 : 0.15 + 0.85 * v / max;
        double x = labelW + cell * j;
        s.append("<rect x=\"")
            .append(f(x + 1))
            .append("\" y=\"")
            .append(f(y + 1))
            .append("\" width=\"")
            .append(cell - 2)
            .append("\" height=\"24\" fill=\"")
            .append(v == 0 ? "#f7fafc" : "rgba(192,86,33," + f(a) + ")")
            .append("\" stroke=\"#e2e8f0\"><title>")
            .append(esc(rows.get(i) + " × " + cols.get(j) + ": " + v))
            .append("</title></rect>");
        if (v > 0) {
          s.append(
              text(x + cell / 2.0, y + 17, "middle", String.valueOf(v), 11)
                  .replace("<text ", a > 0.6 ? "<text fill=\"#ffffff\" " : "<text "));
        }
      }
    }
    return s.append("</svg>").toString();
  }

  private static StringBuilder open(String title, int w, int h) {
    return new StringBuilder(
        "<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\""
            + " width=\""
            + w
            + "\" height=\""
            + h
            + "\" viewBox=\"0 0 "
            + w
            + " "
            + h
            + "\">"
            + "<title>"
            + esc(title)
            + "</title>");
  }

  private static String text(double x, double y, String anchor, String t, int size) {
    return "<text x=\""
        + f(x)
        + "\" y=\""
        + f(y)
        + "\" text-anchor=\""
        + anchor
        + "\" font-size=\""
        + size
        + "\">"
        + esc(t)
        + "</text>";
  }

  private static String line(double x1, double y1, double x2, double y2, String color) {
    return "<line x1=\""
        + f(x1)
        + "\" y1=\""
        + f(y1)
        + "\" x2=\""
        + f(x2)
        + "\" y2=\""
        + f(y2)
        + "\" stroke=\""
        + esc(color)
        + "\" stroke-width=\"1.5\"/>";
  }

  /** The text cut to at most {@code max} characters, with an ellipsis when cut. */
  static String shorten(String t, int max) {
    return t == null || t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }

  private static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
