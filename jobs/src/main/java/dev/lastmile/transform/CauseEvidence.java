package dev.lastmile.transform;

import static dev.lastmile.transform.CaseMapping.lower;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cols;
import dev.lastmile.rules.CauseRules;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Finds quoted evidence for failure causes.
 *
 * <p>Reads {@link CauseInputs}: free texts (comments, descriptions, summaries, registry
 * closure_reason and notes, MLflow descriptions), short labels (status names current and in history
 * with their time in status, MLflow tags, summaries of blocking issues) and structured registry
 * fields. Writes one row per piece of evidence: initiative_id, cause, rule_id, weight, source,
 * source_ref, excerpt, evidence_date, and the lineage source_file and record_number: the input file
 * and record (CSV physical line where the record starts, JSON 1-based element) the text, label or
 * registry row was read from.
 *
 * <p>Units (texts and labels with their channel and row factor) go through {@link CauseMatcher} in
 * one typed {@code mapPartitions}: wiki markup stripped, sentences split and normalised, one {@link
 * dev.lastmile.rules.RuleTriggers} walk per sentence to find the candidate rules, their regexes
 * run, and a hit dropped when a negation cue is at most {@code window_words} words before it, a
 * hypothetical cue is in the same clause, an issue noun is negated right after it ("no security
 * concerns"), or a resolution cue follows it in the clause and is not itself blocked ("was
 * resolved", but not "until approved"). The relational work around it (units, weights, dedupe)
 * stays in Spark built-ins; the plan holds no rule.
 *
 * <p>weight = rule weight x source weight x recency x position x row factor (time in status,
 * flagged issue). Several rules of one cause on one sentence count once (the strongest). Structured
 * registry evidence (empty KPI, failed data audit, empty sponsor/owner, budget overrun) is written
 * with its rule weight and only supports text evidence in {@link CauseRanking}.
 */
public final class CauseEvidence {
  static final String CH_TEXT = "text";
  static final String CH_LABEL = "label";
  private static final String SRC_STATUS = "status_history";
  private static final String SRC_LINK = "jira_link";
  private static final String SRC_MODEL = "model_registry";
  private static final String SRC_RESOLUTION = "jira_resolution";
  private static final String SRC_REGISTRY = "registry_field";

  private CauseEvidence() {}

  /**
   * What the sentence passes and the initiative read ({@link InitiativeRead}) both read: the
   * evidence units ({@link #units}) and each initiative's reference date for recency ({@link
   * #refDates}). Built once per run and passed to both, so that the units' plan (five unions, a
   * join, a window and an aggregation over the texts, issues and history) is analysed, planned and
   * computed once, not once per reader.
   *
   * @param units the evidence units of {@link #units}
   * @param refDates initiative_id, ref_date ({@link #refDates})
   */
  public record Prepared(CauseInputs inputs, Dataset<Row> units, Dataset<Row> refDates) {}

  /**
   * The {@link Prepared} units and reference dates of {@code in}, each passed through {@code cut}
   * (a lineage cut on small runs, so that both readers start from a leaf; identity otherwise).
   */
  public static Prepared prepare(
      CauseInputs in, CauseRules rules, LocalDate asOf, UnaryOperator<Dataset<Row>> cut) {
    return new Prepared(
        in, cut.apply(units(in, rules, asOf)), cut.apply(refDates(in, lit(Date.valueOf(asOf)))));
  }

  /** Extracts cause evidence; see the class comment. */
  public static Dataset<Row> extract(CauseInputs in, CauseRules rules, LocalDate asOf) {
    return extract(prepare(in, rules, asOf, UnaryOperator.identity()), rules);
  }

  /** Extracts cause evidence from units and reference dates prepared once ({@link #prepare}). */
  public static Dataset<Row> extract(Prepared in, CauseRules rules) {
    Dataset<Row> hits = textHits(in.units(), rules);
    Dataset<Row> weighted = weigh(hits.join(in.refDates(), Cols.INITIATIVE_ID), rules);
    Dataset<Row> text = dedupe(weighted).select(outputColumns());
    return text.unionByName(structured(in.inputs().registry(), rules).select(outputColumns()));
  }

  static Column[] outputColumns() {
    return new Column[] {
      col(Cols.INITIATIVE_ID),
      col(Cols.CAUSE),
      col(Cols.RULE_ID),
      col(Cols.WEIGHT).cast(DataTypes.DoubleType).as(Cols.WEIGHT),
      col(Cols.SOURCE),
      col(Cols.SOURCE_REF),
      col(Cols.EXCERPT),
      col(Cols.EVIDENCE_DATE).cast(DataTypes.DateType).as(Cols.EVIDENCE_DATE),
      col(Cols.SOURCE_FILE),
      col(Cols.RECORD_NUMBER).cast(DataTypes.LongType).as(Cols.RECORD_NUMBER)
    };
  }

  // ---- 1. evidence units: every text and label with its channel and row factor ----

  private static Column[] unitColumns() {
    return new Column[] {
      col(Cols.INITIATIVE_ID),
      col(Cols.SOURCE),
      col(Cols.SOURCE_REF),
      col(Cols.TEXT_AT).cast(DataTypes.TimestampType).as(Cols.TEXT_AT),
      col(Cols.TEXT),
      col(Cols.CHANNEL),
      col(Cols.FACTOR).cast(DataTypes.DoubleType).as(Cols.FACTOR),
      col(Cols.SOURCE_FILE),
      col(Cols.RECORD_NUMBER)
    };
  }

  /**
   * The lineage of a frame's rows: source_file and record_number of the input record they were read
   * from, nulls when the frame carries none (hand-built inputs).
   */
  static Column[] lineage(Dataset<Row> rows) {
    return new Column[] {
      Lifecycle.optional(rows, Cols.SOURCE_FILE).as(Cols.SOURCE_FILE),
      Lifecycle.optional(rows, Cols.RECORD_NUMBER, "bigint")
          .cast(DataTypes.LongType)
          .as(Cols.RECORD_NUMBER)
    };
  }

  private static Dataset<Row> withLineage(Dataset<Row> rows) {
    Column[] l = lineage(rows);
    Map<String, Column> cols = new LinkedHashMap<>();
    cols.put(Cols.SOURCE_FILE, l[0]);
    cols.put(Cols.RECORD_NUMBER, l[1]);
    return rows.withColumns(cols);
  }

  static Dataset<Row> units(CauseInputs in, CauseRules rules, LocalDate asOf) {
    Dataset<Row> texts =
        withLineage(in.texts())
            .withColumn(Cols.CHANNEL, lit(CH_TEXT))
            .withColumn(Cols.FACTOR, lit(1.0));
    if (in.issues() != null) {
      Dataset<Row> flags =
          in.issues()
              .select(
                  col(Cols.ISSUE_KEY),
                  when(col(Cols.FLAGGED), lit(rules.flaggedFactor())).otherwise(lit(1.0)).as("ff"))
              .dropDuplicates(Cols.ISSUE_KEY);
      texts =
          texts
              .withColumn(
                  Cols.ISSUE_KEY,
                  regexp_extract(col(Cols.SOURCE_REF), "^([A-Za-z][A-Za-z0-9_]*-\\d+)", 1))
              .join(flags, Cols.ISSUE_KEY, "left")
              .withColumn(Cols.FACTOR, coalesce(col("ff"), lit(1.0)));
    }
    // One balanced union (Unions.byName) instead of a chain: the same rows in the same order.
    List<Dataset<Row>> parts = new ArrayList<>();
    parts.add(texts.select(unitColumns()));
    if (in.models() != null) {
      parts.add(modelUnits(in.models()).select(unitColumns()));
    }
    if (in.issues() != null) {
      parts.add(linkUnits(in.issues()).select(unitColumns()));
      parts.add(resolutionUnits(in.issues()).select(unitColumns()));
    }
    parts.add(statusUnits(in, rules, asOf).select(unitColumns()));
    Dataset<Row> all = Unions.byName(parts);
    return all.filter(col(Cols.TEXT).isNotNull().and(length(trim(col(Cols.TEXT))).gt(0)))
        .dropDuplicates(Cols.INITIATIVE_ID, Cols.SOURCE, Cols.TEXT);
  }

  private static Dataset<Row> modelUnits(Dataset<Row> raw) {
    Dataset<Row> models = withLineage(raw);
    Column ref = concat(col(Cols.MODEL_NAME), lit(" v"), col(Cols.MODEL_VERSION));
    Column at = coalesce(col(Cols.MODEL_UPDATED), col(Cols.MODEL_CREATED));
    Dataset<Row> desc =
        models.select(
            col(Cols.INITIATIVE_ID),
            lit(SRC_MODEL).as(Cols.SOURCE),
            ref.as(Cols.SOURCE_REF),
            at.as(Cols.TEXT_AT),
            col(Cols.DESCRIPTION).as(Cols.TEXT),
            lit(CH_TEXT).as(Cols.CHANNEL),
            lit(1.0).as(Cols.FACTOR),
            col(Cols.SOURCE_FILE),
            col(Cols.RECORD_NUMBER));
    Dataset<Row> tags =
        models
            .select(
                col(Cols.INITIATIVE_ID),
                ref.as("ref"),
                at.as(Cols.TEXT_AT),
                explode(split(coalesce(col(Cols.TAGS), lit("")), ";")).as("kv"),
                col(Cols.SOURCE_FILE),
                col(Cols.RECORD_NUMBER))
            .withColumn("kv", trim(col("kv")))
            .filter(col("kv").contains("="))
            .select(
                col(Cols.INITIATIVE_ID),
                lit(SRC_MODEL).as(Cols.SOURCE),
                concat(col("ref"), lit("#tag:"), substring_index(col("kv"), "=", 1))
                    .as(Cols.SOURCE_REF),
                col(Cols.TEXT_AT),
                concat(lit("tag "), col("kv")).as(Cols.TEXT),
                lit(CH_LABEL).as(Cols.CHANNEL),
                lit(1.0).as(Cols.FACTOR),
                col(Cols.SOURCE_FILE),
                col(Cols.RECORD_NUMBER));
    return desc.unionByName(tags);
  }

  private static Dataset<Row> linkUnits(Dataset<Row> raw) {
    Dataset<Row> issues = withLineage(raw);
    Dataset<Row> blockers =
        issues.select(
            col(Cols.ISSUE_KEY).as("blocker_key"), col(Cols.SUMMARY).as("blocker_summary"));
    return issues
        .filter(col(Cols.BLOCKED_BY).isNotNull())
        .select(
            col(Cols.INITIATIVE_ID),
            col(Cols.ISSUE_KEY),
            coalesce(col(Cols.UPDATED), col(Cols.CREATED)).as(Cols.TEXT_AT),
            explode(col(Cols.BLOCKED_BY)).as("blocker_key"),
            col(Cols.SOURCE_FILE),
            col(Cols.RECORD_NUMBER))
        .join(blockers.dropDuplicates("blocker_key"), "blocker_key")
        .select(
            col(Cols.INITIATIVE_ID),
            lit(SRC_LINK).as(Cols.SOURCE),
            concat(col(Cols.ISSUE_KEY), lit(" blocked by "), col("blocker_key"))
                .as(Cols.SOURCE_REF),
            col(Cols.TEXT_AT),
            concat(lit("Blocked by "), col("blocker_key"), lit(": "), col("blocker_summary"))
                .as(Cols.TEXT),
            lit(CH_LABEL).as(Cols.CHANNEL),
            lit(1.0).as(Cols.FACTOR),
            col(Cols.SOURCE_FILE),
            col(Cols.RECORD_NUMBER));
  }

  private static Dataset<Row> resolutionUnits(Dataset<Row> raw) {
    return withLineage(raw)
        .filter(col(Cols.RESOLUTION).isNotNull())
        .select(
            col(Cols.INITIATIVE_ID),
            lit(SRC_RESOLUTION).as(Cols.SOURCE),
            concat(col(Cols.ISSUE_KEY), lit("#resolution")).as(Cols.SOURCE_REF),
            col(Cols.RESOLVED).as(Cols.TEXT_AT),
            col(Cols.RESOLUTION).as(Cols.TEXT),
            lit(CH_LABEL).as(Cols.CHANNEL),
            lit(1.0).as(Cols.FACTOR),
            col(Cols.SOURCE_FILE),
            col(Cols.RECORD_NUMBER));
  }

  /**
   * Status names, current (issues) and in history, one unit per issue and status with the longest
   * time spent in it; the factor grows with the time in status.
   */
  private static Dataset<Row> statusUnits(CauseInputs in, CauseRules rules, LocalDate asOf) {
    Column asOfTs = lit(java.sql.Timestamp.valueOf(asOf.atStartOfDay()));
    List<Dataset<Row>> parts = new ArrayList<>();
    if (in.statusHistory() != null) {
      WindowSpec w = Window.partitionBy(Cols.ISSUE_KEY).orderBy(Cols.CHANGED_AT);
      Dataset<Row> h =
          withLineage(in.statusHistory())
              .withColumn("next_at", lead(col(Cols.CHANGED_AT), 1).over(w))
              .withColumn("first", lag(col(Cols.CHANGED_AT), 1).over(w).isNull());
      parts.add(
          h.select(
              col(Cols.INITIATIVE_ID),
              col(Cols.ISSUE_KEY),
              col(Cols.TO_STATUS).as(Cols.STATUS),
              col(Cols.CHANGED_AT).as(Cols.TEXT_AT),
              datediff(coalesce(col("next_at"), asOfTs), col(Cols.CHANGED_AT)).as("days"),
              col(Cols.SOURCE_FILE),
              col(Cols.RECORD_NUMBER)));
      parts.add(
          h.filter(col("first"))
              .select(
                  col(Cols.INITIATIVE_ID),
                  col(Cols.ISSUE_KEY),
                  col(Cols.FROM_STATUS).as(Cols.STATUS),
                  col(Cols.CHANGED_AT).as(Cols.TEXT_AT),
                  lit(null).cast(DataTypes.IntegerType).as("days"),
                  col(Cols.SOURCE_FILE),
                  col(Cols.RECORD_NUMBER)));
    }
    if (in.issues() != null) {
      parts.add(
          withLineage(in.issues())
              .select(
                  col(Cols.INITIATIVE_ID),
                  col(Cols.ISSUE_KEY),
                  col(Cols.ISSUE_STATUS).as(Cols.STATUS),
                  coalesce(col(Cols.UPDATED), col(Cols.CREATED)).as(Cols.TEXT_AT),
                  lit(null).cast(DataTypes.IntegerType).as("days"),
                  col(Cols.SOURCE_FILE),
                  col(Cols.RECORD_NUMBER)));
    }
    if (parts.isEmpty()) {
      return in.texts()
          .limit(0)
          .select(
              col(Cols.INITIATIVE_ID),
              col(Cols.SOURCE),
              col(Cols.SOURCE_REF),
              col(Cols.TEXT_AT),
              col(Cols.TEXT),
              lit(CH_LABEL).as(Cols.CHANNEL),
              lit(1.0).as(Cols.FACTOR),
              lineage(in.texts())[0],
              lineage(in.texts())[1]);
    }
    Dataset<Row> s = Unions.byName(parts);
    CauseRules.StatusWeighting sw = rules.status();
    Column days = col("days");
    Column factor =
        when(days.isNull(), lit(1.0))
            .otherwise(
                least(
                    lit(sw.maxFactor()),
                    lit(sw.minFactor())
                        .plus(days.divide(sw.fullDays()).multiply(1.0 - sw.minFactor()))));
    return s.filter(col(Cols.STATUS).isNotNull())
        .groupBy(col(Cols.INITIATIVE_ID), col(Cols.ISSUE_KEY), col(Cols.STATUS))
        .agg(
            max(col("days")).as("days"),
            max(col(Cols.TEXT_AT)).as(Cols.TEXT_AT),
            min(struct(col(Cols.SOURCE_FILE), col(Cols.RECORD_NUMBER))).as("_rec"))
        .select(
            col(Cols.INITIATIVE_ID),
            lit(SRC_STATUS).as(Cols.SOURCE),
            concat(col(Cols.ISSUE_KEY), lit("#status")).as(Cols.SOURCE_REF),
            col(Cols.TEXT_AT),
            concat(
                    lit("Status '"),
                    col(Cols.STATUS),
                    lit("'"),
                    when(days.isNotNull(), concat(lit(" for "), days, lit(" days")))
                        .otherwise(lit("")))
                .as(Cols.TEXT),
            lit(CH_LABEL).as(Cols.CHANNEL),
            factor.as(Cols.FACTOR),
            col("_rec." + Cols.SOURCE_FILE).as(Cols.SOURCE_FILE),
            col("_rec." + Cols.RECORD_NUMBER).as(Cols.RECORD_NUMBER));
  }

  // ---- 2. sentences and rule hits ----

  /**
   * Rule hits, one row per kept hit of a rule on a sentence: the units go through one typed {@code
   * mapPartitions} that runs {@link CauseMatcher} (compiled once per JVM), so the plan holds no
   * rule: its size and the generated code do not grow with the vocabulary.
   */
  static Dataset<Row> textHits(Dataset<Row> units, CauseRules rules) {
    Dataset<CauseTextHit> hits =
        withMatcher(units, rules, CauseEvidence::matchAll, CauseTextHit.class);
    return hits.select(
        col("initiativeId").as(Cols.INITIATIVE_ID),
        col("source").as(Cols.SOURCE),
        col("sourceRef").as(Cols.SOURCE_REF),
        col("textAt").as(Cols.TEXT_AT),
        col("channel").as(Cols.CHANNEL),
        col("factor").as(Cols.FACTOR),
        col("sentenceIdx").as(Cols.SENTENCE_IDX),
        col("sentence").as(Cols.SENTENCE),
        col("ruleId").as(Cols.RULE_ID),
        col("cause").as(Cols.CAUSE),
        col("ruleWeight").as("rule_weight"),
        col("matchPos").as(Cols.MATCH_POS),
        col("excerpt").as(Cols.EXCERPT),
        col("sourceFile").as(Cols.SOURCE_FILE),
        col("recordNumber").as(Cols.RECORD_NUMBER));
  }

  /** What one partition of text units becomes, given the executor's compiled matcher. */
  @FunctionalInterface
  interface PerPartition<T> extends java.io.Serializable {
    Iterator<T> apply(Iterator<CauseTextUnit> units, CauseMatcher matcher) throws Exception;
  }

  /**
   * The text units as a typed Dataset, run through {@code perPartition} in one typed {@code
   * mapPartitions} with the matcher of {@code rules}. The rules go to each executor once, as a
   * broadcast, not inside every task (260 KB of serialised rules per task before); an executor
   * builds the matcher on its first task and keeps it, keyed by the rules' fingerprint, so a
   * --config override is never matched with another run's rules.
   */
  static <T> Dataset<T> withMatcher(
      Dataset<Row> units, CauseRules rules, PerPartition<T> perPartition, Class<T> bean) {
    Dataset<CauseTextUnit> in =
        units
            .select(
                col(Cols.INITIATIVE_ID).as("initiativeId"),
                col(Cols.SOURCE).as("source"),
                col(Cols.SOURCE_REF).as("sourceRef"),
                col(Cols.TEXT_AT).as("textAt"),
                col(Cols.TEXT).as("text"),
                col(Cols.CHANNEL).as("channel"),
                col(Cols.FACTOR).as("factor"),
                col(Cols.SOURCE_FILE).as("sourceFile"),
                col(Cols.RECORD_NUMBER).as("recordNumber"))
            .as(Encoders.bean(CauseTextUnit.class));
    Broadcast<CauseRules> shipped =
        JavaSparkContext.fromSparkContext(units.sparkSession().sparkContext()).broadcast(rules);
    String fingerprint = rules.fingerprint();
    return in.mapPartitions(
        (MapPartitionsFunction<CauseTextUnit, T>)
            it -> perPartition.apply(it, CauseMatcher.of(fingerprint, shipped::value)),
        Encoders.bean(bean));
  }

  /**
   * Texts up to this many characters have their hits remembered within a partition; longer ones are
   * matched each time (the limit of {@link ValueMemo}).
   */
  static final int MEMO_MAX_TEXT_CHARS = ValueMemo.MAX_CHARS;

  /**
   * At most this many texts are remembered per partition and channel; then the memo starts over.
   */
  static final int MEMO_MAX_ENTRIES = 20_000;

  static Iterator<CauseTextHit> matchAll(Iterator<CauseTextUnit> units, CauseMatcher matcher) {
    List<CauseTextHit> out = new ArrayList<>();
    // The matcher's hits for each distinct text and channel, computed once per partition:
    // CauseMatcher.match is a function of the text and the label flag (the compiled rules hold no
    // per-call state, and the hits are immutable records), and the same text recurs across
    // initiatives: status and resolution names, model tags, recurring summaries and comments.
    ValueMemo<List<CauseMatcher.Hit>> labels =
        new ValueMemo<>(t -> matcher.match(t, true), MEMO_MAX_ENTRIES);
    ValueMemo<List<CauseMatcher.Hit>> texts =
        new ValueMemo<>(t -> matcher.match(t, false), MEMO_MAX_ENTRIES);
    while (units.hasNext()) {
      CauseTextUnit u = units.next();
      ValueMemo<List<CauseMatcher.Hit>> memo = CH_LABEL.equals(u.getChannel()) ? labels : texts;
      for (CauseMatcher.Hit h : memo.apply(u.getText())) {
        CauseTextHit t = new CauseTextHit();
        t.setInitiativeId(u.getInitiativeId());
        t.setSource(u.getSource());
        t.setSourceRef(u.getSourceRef());
        t.setTextAt(u.getTextAt());
        t.setChannel(u.getChannel());
        t.setFactor(u.getFactor());
        t.setSentenceIdx(h.sentenceIdx());
        t.setSentence(h.sentence());
        t.setRuleId(h.ruleId());
        t.setCause(h.cause());
        t.setRuleWeight(h.ruleWeight());
        t.setMatchPos(h.matchPos());
        t.setExcerpt(h.excerpt());
        t.setSourceFile(u.getSourceFile());
        t.setRecordNumber(u.getRecordNumber());
        out.add(t);
      }
    }
    return out.iterator();
  }

  // ---- 3. weights ----

  static Dataset<Row> refDates(CauseInputs in, Column asOfDate) {
    Dataset<Row> lastText =
        in.texts()
            .groupBy(col(Cols.INITIATIVE_ID))
            .agg(max(to_date(col(Cols.TEXT_AT))).as("last_text"));
    return in.registry()
        .select(
            col(Cols.INITIATIVE_ID), col(Cols.CLOSED_DATE).cast(DataTypes.DateType).as("closed"))
        .dropDuplicates(Cols.INITIATIVE_ID)
        .join(lastText, Cols.INITIATIVE_ID, "left")
        .select(
            col(Cols.INITIATIVE_ID),
            least(coalesce(col("closed"), col("last_text"), asOfDate), asOfDate).as(Cols.REF_DATE));
  }

  /** The {@code source_weights} factor of a row with source and source_ref columns. */
  static Column sourceWeight(Map<String, Double> weights) {
    Column out = null;
    double dflt = weights.getOrDefault("default", 1.0);
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      String k = e.getKey();
      if (!k.contains(":")) {
        continue;
      }
      String[] p = k.split(":", 2);
      Column c = col(Cols.SOURCE).equalTo(p[0]).and(col(Cols.SOURCE_REF).equalTo(p[1]));
      out = out == null ? when(c, lit(e.getValue())) : out.when(c, lit(e.getValue()));
    }
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      String k = e.getKey();
      if (k.contains(":") || k.equals("default")) {
        continue;
      }
      Column c = col(Cols.SOURCE).equalTo(k);
      out = out == null ? when(c, lit(e.getValue())) : out.when(c, lit(e.getValue()));
    }
    return out == null ? lit(dflt) : out.otherwise(lit(dflt));
  }

  /**
   * The {@code recency} factor of a row with text_at and ref_date columns: half-life decay of the
   * text's age at the initiative's reference date, down to the floor.
   */
  static Column recency(CauseRules.Recency rc) {
    Column evDate = to_date(col(Cols.TEXT_AT));
    Column age = greatest(lit(0), datediff(col(Cols.REF_DATE), evDate));
    return when(evDate.isNull(), lit(rc.unknownFactor()))
        .otherwise(
            lit(rc.floor())
                .plus(
                    lit(1.0 - rc.floor())
                        .multiply(exp(age.multiply(-Math.log(2) / rc.halfLifeDays())))));
  }

  static Dataset<Row> weigh(Dataset<Row> hits, CauseRules rules) {
    Column evDate = to_date(col(Cols.TEXT_AT));
    Column recency = recency(rules.recency());
    Column matchPos = col(Cols.MATCH_POS);
    Column order = col(Cols.SENTENCE_IDX).multiply(100000).plus(matchPos);
    WindowSpec perCause =
        Window.partitionBy(Cols.INITIATIVE_ID, Cols.SOURCE, Cols.SOURCE_REF, Cols.CAUSE);
    WindowSpec perText =
        Window.partitionBy(Cols.INITIATIVE_ID, Cols.SOURCE, Cols.SOURCE_REF).orderBy("first_pos");
    Column position =
        greatest(
            lit(rules.positionFloor()),
            lit(1.0).minus(dense_rank().over(perText).minus(1).multiply(rules.positionStep())));
    return hits.withColumn("first_pos", min(order).over(perCause))
        .withColumn(
            Cols.WEIGHT,
            round(
                col("rule_weight")
                    .multiply(sourceWeight(rules.sourceWeights()))
                    .multiply(recency)
                    .multiply(position)
                    .multiply(col(Cols.FACTOR)),
                4))
        .withColumn(Cols.EVIDENCE_DATE, evDate);
  }

  /** One row per (initiative, source, source_ref, sentence, cause): the strongest rule. */
  private static Dataset<Row> dedupe(Dataset<Row> weighted) {
    WindowSpec w =
        Window.partitionBy(
                Cols.INITIATIVE_ID, Cols.SOURCE, Cols.SOURCE_REF, Cols.SENTENCE_IDX, Cols.CAUSE)
            .orderBy(col(Cols.WEIGHT).desc(), col(Cols.RULE_ID));
    return weighted.withColumn("rn", row_number().over(w)).filter(col("rn").equalTo(1));
  }

  // ---- 4. structured registry evidence ----

  static Dataset<Row> structured(Dataset<Row> registry, CauseRules rules) {
    List<Column> rows = new ArrayList<>();
    Column kpi = trim(coalesce(col(Cols.SUCCESS_KPI).cast(DataTypes.StringType), lit("")));
    Column audit =
        lower(trim(coalesce(col(Cols.DATA_AUDIT_COMPLETED).cast(DataTypes.StringType), lit(""))));
    Column sponsor = trim(coalesce(col(Cols.SPONSOR), lit("")));
    Column owner = trim(coalesce(col(Cols.OWNER), lit("")));
    Column planned = col(Cols.BUDGET_PLANNED).cast(DataTypes.DoubleType);
    Column spent = col(Cols.BUDGET_SPENT).cast(DataTypes.DoubleType);
    for (CauseRules.StructuredRule r : rules.structured()) {
      Column[] c =
          switch (r.check()) {
            case EMPTY_SUCCESS_KPI ->
                new Column[] {kpi.equalTo(""), lit(Cols.SUCCESS_KPI), lit("success_kpi is empty")};
            case DATA_AUDIT_NOT_COMPLETED ->
                new Column[] {
                  audit.isin(rules.auditNotCompletedValues().toArray()),
                  lit(Cols.DATA_AUDIT_COMPLETED),
                  concat(lit("data_audit_completed = "), col(Cols.DATA_AUDIT_COMPLETED))
                };
            case DATA_AUDIT_EMPTY ->
                new Column[] {
                  audit.equalTo(""),
                  lit(Cols.DATA_AUDIT_COMPLETED),
                  lit("data_audit_completed is empty")
                };
            case EMPTY_SPONSOR ->
                new Column[] {sponsor.equalTo(""), lit(Cols.SPONSOR), lit("sponsor is empty")};
            case EMPTY_OWNER ->
                new Column[] {owner.equalTo(""), lit(Cols.OWNER), lit("owner is empty")};
            case BUDGET_OVERRUN ->
                new Column[] {
                  spent.gt(planned).and(planned.gt(0)),
                  lit(Cols.BUDGET_SPENT),
                  concat_ws(
                      " ",
                      lit("budget_spent"),
                      format_number(spent, 0),
                      lit("> budget_planned"),
                      format_number(planned, 0),
                      coalesce(col(Cols.CURRENCY), lit("")))
                };
          };
      Column cond = c[0];
      Column ref = c[1];
      Column excerpt = c[2];
      rows.add(
          when(
              cond,
              struct(
                  lit(r.ruleId()).as(Cols.RULE_ID),
                  lit(r.cause()).as(Cols.CAUSE),
                  lit(r.weight()).as(Cols.WEIGHT),
                  ref.as(Cols.SOURCE_REF),
                  excerpt.as(Cols.EXCERPT))));
    }
    if (rows.isEmpty()) {
      rows.add(
          lit(null)
              .cast(
                  "struct<rule_id:string,cause:string,weight:double,source_ref:string,excerpt:strin"
                      + "g>"));
    }
    Column[] lin = lineage(registry);
    return registry
        .select(
            col(Cols.INITIATIVE_ID),
            explode(array_compact(array(rows.toArray(new Column[0])))).as(Cols.HIT),
            lin[0],
            lin[1])
        .select(
            col(Cols.INITIATIVE_ID),
            col(Cols.HIT + "." + Cols.CAUSE).as(Cols.CAUSE),
            col(Cols.HIT + "." + Cols.RULE_ID).as(Cols.RULE_ID),
            col(Cols.HIT + "." + Cols.WEIGHT).as(Cols.WEIGHT),
            lit(SRC_REGISTRY).as(Cols.SOURCE),
            col(Cols.HIT + "." + Cols.SOURCE_REF).as(Cols.SOURCE_REF),
            col(Cols.HIT + "." + Cols.EXCERPT).as(Cols.EXCERPT),
            lit(null).cast(DataTypes.DateType).as(Cols.EVIDENCE_DATE),
            col(Cols.SOURCE_FILE),
            col(Cols.RECORD_NUMBER));
  }
}
