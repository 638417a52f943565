package dev.lastmile.io.parse;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict date handling. Every format resolves with {@link ResolverStyle#STRICT} and proleptic year
 * {@code u}, so 2024-02-30 is an error, never 2024-02-29. Times without a zone are taken as UTC
 * (Jira CSV exports carry the site's local time; the site zone is not in the file). Dates before
 * {@link #MIN_DATE} are out of range: no such date may reach any output.
 */
public final class Dates {
  public static final LocalDate MIN_DATE = LocalDate.of(2000, 1, 1);
  public static final LocalDate MAX_DATE = LocalDate.of(2100, 1, 1);

  private Dates() {}

  /** A named candidate format for Jira CSV timestamps. */
  public static final class Format {
    public final String pattern;
    public final Locale locale;
    final DateTimeFormatter formatter;

    /** Applied to a value before it is parsed (identity for the plain formats). */
    final UnaryOperator<String> normalise;

    /** How the format is named in a quarantine detail. */
    private final String name;

    /** The same pattern resolved SMART: parses 30/Feb/24 where the strict one refuses it. */
    final DateTimeFormatter lenient;

    final boolean hasTime;

    Format(String pattern, Locale locale) {
      this(
          pattern,
          locale,
          UnaryOperator.identity(),
          pattern + (locale == Locale.ENGLISH ? "" : " (" + locale.getLanguage() + ")"));
    }

    private Format(String pattern, Locale locale, UnaryOperator<String> normalise, String name) {
      this.pattern = pattern;
      this.locale = locale;
      this.normalise = normalise;
      this.name = name;
      this.hasTime = pattern.contains("H") || pattern.contains("h");
      DateTimeFormatterBuilder b =
          new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern);
      // Partial dates (MM/uuuu, MMM-uu, uuuu) mean the first day of the period.
      if (!pattern.contains("d")) {
        b.parseDefaulting(ChronoField.DAY_OF_MONTH, 1);
      }
      if (!pattern.contains("M")) {
        b.parseDefaulting(ChronoField.MONTH_OF_YEAR, 1);
      }
      this.formatter = b.toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
      this.lenient = formatter.withResolverStyle(ResolverStyle.SMART);
    }

    /**
     * A {@code d/MMM/uu} format whose month abbreviation may be in any of {@link MonthNames}'
     * languages and either of the forms the JDK's locale data gives (Spanish {@code ago}, Italian
     * {@code lug}, Portuguese {@code fev.}, Dutch {@code mrt.}, German {@code Mär} or {@code
     * März}), and whose day period may be written {@code a. m.} or {@code p.m.}: the value is
     * rewritten to {@code d/M/uu …} with {@code AM}/{@code PM} and parsed with {@code
     * numericPattern}.
     */
    static Format anyLanguageMonths(String pattern, String numericPattern) {
      return new Format(
          numericPattern, Locale.ENGLISH, MonthNames::numeric, pattern + " (any language)");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Month abbreviations and names in the languages Jira sites export in, to month numbers: the
   * JDK's short and full names for English, French, German, Spanish, Italian, Portuguese and Dutch,
   * without a trailing dot, and the first three letters of each full name (the older locale data's
   * abbreviations: German {@code Mär}, Spanish {@code sep}). Lower case.
   */
  static final class MonthNames {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Pattern DAY_MONTH_YEAR =
        Pattern.compile("^(\\d{1,2})/([^/\\d\\s]+?)\\.?/(\\d{2,4})(.*)$");
    private static final Pattern AM = Pattern.compile("(?i)\\s*a\\.?\\s?m\\.?$");
    private static final Pattern PM = Pattern.compile("(?i)\\s*p\\.?\\s?m\\.?$");

    static {
      Set<String> clash = new HashSet<>();
      for (String tag : new String[] {"en", "fr", "de", "es", "it", "pt", "nl"}) {
        Locale loc = Locale.forLanguageTag(tag);
        for (Month m : Month.values()) {
          for (TextStyle st : new TextStyle[] {TextStyle.SHORT, TextStyle.FULL}) {
            String n = m.getDisplayName(st, loc).toLowerCase(loc);
            n = n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
            add(n, m.getValue(), clash);
            if (st == TextStyle.FULL && n.length() > 3) {
              add(n.substring(0, 3), m.getValue(), clash);
            }
          }
        }
      }
      clash.forEach(MONTHS::remove);
    }

    private MonthNames() {}

    private static void add(String name, int month, Set<String> clash) {
      Integer old = MONTHS.putIfAbsent(name, month);
      if (old != null && old != month) {
        clash.add(name);
      }
    }

    /** The month of a name or abbreviation (any case, trailing dot or not); null if unknown. */
    static Integer month(String name) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      return MONTHS.get(n.endsWith(".") ? n.substring(0, n.length() - 1) : n);
    }

    /** {@code 12/ago/26 9:15 a. m.} as {@code 12/8/26 9:15 AM}; the value itself if not so. */
    static String numeric(String value) {
      Matcher m = DAY_MONTH_YEAR.matcher(value);
      if (!m.matches()) {
        return value;
      }
      Integer month = month(m.group(2));
      if (month == null) {
        return value;
      }
      String rest = m.group(4);
      rest = AM.matcher(rest).replaceFirst(" AM");
      rest = PM.matcher(rest).replaceFirst(" PM");
      return m.group(1) + "/" + month + "/" + m.group(3) + rest;
    }
  }

  /**
   * ISO timestamps and dates that both Jira CSV cells and JSON instants use (one instance each).
   */
  private static final Format ISO_MILLIS_ZONE =
      new Format("uuuu-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);

  private static final Format ISO_SECONDS_OFFSET =
      new Format("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
  private static final Format ISO_DATE = new Format("uuuu-MM-dd", Locale.ROOT);

  /** Candidate Jira CSV date formats, tried in this order when detecting a file's format. */
  public static final List<Format> JIRA_FORMATS = new ArrayList<>();

  static {
    for (Locale loc : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN}) {
      JIRA_FORMATS.add(new Format("d/MMM/uu h:mm a", loc));
      JIRA_FORMATS.add(new Format("d/MMM/uu H:mm", loc));
      JIRA_FORMATS.add(new Format("d/MMM/uu", loc));
    }
    JIRA_FORMATS.add(new Format("uuuu-MM-dd HH:mm", Locale.ROOT));
    JIRA_FORMATS.add(new Format("uuuu-MM-dd HH:mm:ss", Locale.ROOT));
    JIRA_FORMATS.add(ISO_MILLIS_ZONE);
    JIRA_FORMATS.add(ISO_SECONDS_OFFSET);
    JIRA_FORMATS.add(ISO_DATE);
    JIRA_FORMATS.add(new Format("d.M.uuuu H:mm", Locale.ROOT));
    JIRA_FORMATS.add(new Format("d.M.uu H:mm", Locale.ROOT));
    JIRA_FORMATS.add(new Format("d.M.uuuu", Locale.ROOT));
    JIRA_FORMATS.add(new Format("M/d/uuuu h:mm a", Locale.ENGLISH));
    JIRA_FORMATS.add(new Format("M/d/uu h:mm a", Locale.ENGLISH));
    JIRA_FORMATS.add(new Format("d/M/uuuu H:mm", Locale.ROOT));
    JIRA_FORMATS.add(new Format("M/d/uuuu H:mm", Locale.ROOT));
    // Month names in Spanish, Italian, Portuguese and Dutch sites, and in older locale data; last,
    // so that a file the formats above read keeps its format (ties go to the earlier candidate).
    JIRA_FORMATS.add(Format.anyLanguageMonths("d/MMM/uu h:mm a", "d/M/uu h:mm a"));
    JIRA_FORMATS.add(Format.anyLanguageMonths("d/MMM/uu H:mm", "d/M/uu H:mm"));
    JIRA_FORMATS.add(Format.anyLanguageMonths("d/MMM/uu", "d/M/uu"));
  }

  /**
   * The candidate format that parses the most non-empty sample values (the earliest candidate on a
   * tie), or null when none parses any. A few bad dates in the sample do not change the file's
   * format; they are quarantined later.
   */
  public static Format detect(List<String> samples) {
    List<String> values = new ArrayList<>(samples.size());
    for (String s : samples) {
      if (s != null && !s.isBlank()) {
        values.add(s.strip());
      }
    }
    Format best = null;
    int bestHits = 0;
    for (Format f : JIRA_FORMATS) {
      int hits = 0;
      for (String v : values) {
        if (shapeFits(f, v) && tryParse(f, v) != null) {
          hits++;
        }
      }
      if (hits > bestHits) {
        best = f;
        bestHits = hits;
        if (hits == values.size()) {
          // Only a candidate with more hits replaces it, and none can have more: the result is
          // that of trying every candidate (one pass instead of 25 for a file in the first format).
          break;
        }
      }
    }
    return best;
  }

  /**
   * False when {@code tryParse(f, v)} is certainly null: the value does not have the format's
   * shape. Checked without the exception that {@link DateTimeFormatter#parse(CharSequence)} throws
   * (with a stack trace and a message) for every value of another format: detection tried 25
   * formats on up to 200 rows of each file that way, 40% of the parse tasks' CPU at 200k issues
   * (docs/benchmarks.md). {@code parse} throws exactly when this unresolved parse fails, stops
   * early or leaves text over; the resolution it adds (strict calendar checks) is left to {@code
   * tryParse}.
   */
  static boolean shapeFits(Format f, String v) {
    String text = f.normalise.apply(v);
    java.text.ParsePosition pos = new java.text.ParsePosition(0);
    return f.formatter.parseUnresolved(text, pos) != null
        && pos.getErrorIndex() < 0
        && pos.getIndex() == text.length();
  }

  static LocalDateTime tryParse(Format f, String s) {
    try {
      TemporalAccessor t = f.formatter.parse(f.normalise.apply(s));
      if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
        return OffsetDateTime.from(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
      }
      if (f.hasTime) {
        return LocalDateTime.from(t);
      }
      return LocalDate.from(t).atStartOfDay();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** True when the value has the format's shape but names a day that does not exist. */
  static boolean impossible(Format f, String s) {
    try {
      f.lenient.parse(f.normalise.apply(s.strip()));
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  /** Thrown for a value that is not a valid date; the message is the quarantine detail. */
  public static final class BadDate extends Exception {
    private static final long serialVersionUID = 1L;
    public final boolean outOfRange;

    public BadDate(String message, boolean outOfRange) {
      super(message);
      this.outOfRange = outOfRange;
    }
  }

  /** Parses with a detected file format; null for an empty value. */
  public static Timestamp parse(Format f, String column, String value) throws BadDate {
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDateTime t = f == null ? null : tryParse(f, value.strip());
    if (t == null) {
      throw new BadDate(
          "Cannot parse " + column + " '" + cut(value) + "' as " + (f == null ? "a date" : f),
          false);
    }
    return checked(column, t);
  }

  /** ISO-8601 instants as the Jira REST API writes them: 2021-06-18T18:42:52.754+0000. */
  public static Timestamp parseIsoInstant(String column, String value) throws BadDate {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    for (Format f : ISO_INSTANT_FORMATS) {
      LocalDateTime t = tryParse(f, v);
      if (t != null) {
        return checked(column, t);
      }
    }
    throw new BadDate(
        "Cannot parse " + column + " '" + cut(value) + "' as an ISO-8601 timestamp", false);
  }

  private static final List<Format> ISO_INSTANT_FORMATS =
      List.of(
          ISO_MILLIS_ZONE,
          new Format("uuuu-MM-dd'T'HH:mm:ssZ", Locale.ROOT),
          new Format("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT),
          ISO_SECONDS_OFFSET,
          new Format("uuuu-MM-dd'T'HH:mm:ss.SSS", Locale.ROOT),
          new Format("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT),
          ISO_DATE);

  /** Epoch milliseconds (MLflow); negative or pre-2000 values are out of range. */
  public static Timestamp fromEpochMillis(String column, long millis) throws BadDate {
    if (millis < 0) {
      throw new BadDate(column + " is a negative epoch timestamp (" + millis + ")", true);
    }
    return checked(column, LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
  }

  /** Registry dates: ISO yyyy-MM-dd (or an ISO timestamp, whose date part is used). */
  public static LocalDate parseRegistryDate(String column, String value, List<Format> extra)
      throws BadDate {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    LocalDateTime t = tryParse(ISO_DATE, v);
    if (t == null && v.length() > 10 && v.charAt(10) == 'T') {
      for (Format f : ISO_INSTANT_FORMATS) {
        t = tryParse(f, v);
        if (t != null) {
          break;
        }
      }
    }
    if (t == null && extra != null) {
      for (Format f : extra) {
        t = tryParse(f, v);
        if (t != null) {
          break;
        }
      }
    }
    if (t == null) {
      String why = v.matches("\\d{5}(\\.\\d+)?") ? " (looks like an Excel serial number)" : "";
      throw new BadDate("Cannot parse " + column + " '" + cut(v) + "' as a date" + why, false);
    }
    checked(column, t);
    return t.toLocalDate();
  }

  /** Builds registry formats from config patterns (English locale). */
  public static List<Format> formats(List<String> patterns) {
    List<Format> out = new ArrayList<>();
    for (String p : patterns) {
      out.add(new Format(p, Locale.ENGLISH));
    }
    return out;
  }

  /** A parsed time as a timestamp; BadDate (out of range) outside 2000-01-01..2099-12-31. */
  static Timestamp inRange(String column, LocalDateTime t) throws BadDate {
    return checked(column, t);
  }

  private static Timestamp checked(String column, LocalDateTime t) throws BadDate {
    LocalDate d = t.toLocalDate();
    if (d.isBefore(MIN_DATE) || !d.isBefore(MAX_DATE)) {
      throw new BadDate(
          column + " " + d + " is outside the accepted range 2000-01-01..2099-12-31", true);
    }
    return Timestamp.from(t.toInstant(ZoneOffset.UTC));
  }

  static String cut(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
