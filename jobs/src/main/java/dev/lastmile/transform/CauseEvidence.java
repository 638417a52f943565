package dev.lastmile.transform;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.array_contains;
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
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cols;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.rules.RuleTriggers;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Finds quoted evidence for failure causes.
 *
 * <p>Reads {@link CauseInputs}: free texts (comments, descriptions, summaries, registry
 * closure_reason and notes, MLflow descriptions), short labels (status names current and in
 * history with their time in status, MLflow tags, summaries of blocking issues) and structured
 * registry fields. Writes one row per piece of evidence: initiative_id, cause, rule_id, weight,
 * source, source_ref, excerpt, evidence_date.
 *
 * <p>Texts are stripped of wiki markup, split into sentences once ({@code split} +
 * {@code posexplode}) and normalised once. One pass of {@link RuleTriggers} over each sentence
 * finds the rules whose required literals it contains; only those rules run their alternation
 * with {@code rlike} and, on hits only, {@code regexp_extract} of the text before and after the
 * match: a hit
 * is dropped when a negation cue is at most {@code window_words} words before it, a hypothetical
 * cue is in the same clause, an issue noun is negated right after it ("no security concerns"),
 * or a resolution cue follows it in the clause and is not itself blocked ("was resolved", but
 * not "until approved"). Everything but the trigger walk is a Spark built-in function.
 *
 * <p>weight = rule weight x source weight x recency x position x row factor (time in status,
 * flagged issue). Several rules of one cause on one sentence count once (the strongest).
 * Structured registry evidence (empty KPI, failed data audit, empty sponsor/owner, budget
 * overrun) is written with its rule weight and only supports text evidence in {@link
 * CauseRanking}.
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

  /** Extracts cause evidence; see the class comment. */
  public static Dataset<Row> extract(CauseInputs in, CauseRules rules, LocalDate asOf) {
    Column asOfDate = lit(Date.valueOf(asOf));
    Dataset<Row> units = units(in, rules, asOf);
    Dataset<Row> hits = textHits(units, rules);
    Dataset<Row> refDates = refDates(in, asOfDate);
    Dataset<Row> weighted = weigh(hits.join(refDates, Cols.INITIATIVE_ID), rules);
    Dataset<Row> text = dedupe(weighted).select(outputColumns());
    return text.unionByName(structured(in.registry(), rules).select(outputColumns()));
  }

  private static Column[] outputColumns() {
    return new Column[] {
      col(Cols.INITIATIVE_ID),
      col(Cols.CAUSE),
      col(Cols.RULE_ID),
      col(Cols.WEIGHT).cast(DataTypes.DoubleType).as(Cols.WEIGHT),
      col(Cols.SOURCE),
      col(Cols.SOURCE_REF),
      col(Cols.EXCERPT),
      col(Cols.EVIDENCE_DATE).cast(DataTypes.DateType).as(Cols.EVIDENCE_DATE)
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
      col(Cols.FACTOR).cast(DataTypes.DoubleType).as(Cols.FACTOR)
    };
  }

  static Dataset<Row> units(CauseInputs in, CauseRules rules, LocalDate asOf) {
    Dataset<Row> texts =
        in.texts()
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
              .withColumn(Cols.ISSUE_KEY, regexp_extract(col(Cols.SOURCE_REF), "^([A-Za-z][A-Za-z0-9_]*-\\d+)", 1))
              .join(flags, Cols.ISSUE_KEY, "left")
              .withColumn(Cols.FACTOR, coalesce(col("ff"), lit(1.0)));
    }
    Dataset<Row> all = texts.select(unitColumns());
    if (in.models() != null) {
      all = all.unionByName(modelUnits(in.models()).select(unitColumns()));
    }
    if (in.issues() != null) {
      all = all.unionByName(linkUnits(in.issues()).select(unitColumns()));
      all = all.unionByName(resolutionUnits(in.issues()).select(unitColumns()));
    }
    all = all.unionByName(statusUnits(in, rules, asOf).select(unitColumns()));
    return all.filter(col(Cols.TEXT).isNotNull().and(length(trim(col(Cols.TEXT))).gt(0)))
        .dropDuplicates(Cols.INITIATIVE_ID, Cols.SOURCE, Cols.TEXT);
  }

  private static Dataset<Row> modelUnits(Dataset<Row> models) {
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
            lit(1.0).as(Cols.FACTOR));
    Dataset<Row> tags =
        models
            .select(
                col(Cols.INITIATIVE_ID),
                ref.as("ref"),
                at.as(Cols.TEXT_AT),
                explode(split(coalesce(col(Cols.TAGS), lit("")), ";")).as("kv"))
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
                lit(1.0).as(Cols.FACTOR));
    return desc.unionByName(tags);
  }

  private static Dataset<Row> linkUnits(Dataset<Row> issues) {
    Dataset<Row> blockers =
        issues.select(
            col(Cols.ISSUE_KEY).as("blocker_key"), col(Cols.SUMMARY).as("blocker_summary"));
    return issues
        .filter(col(Cols.BLOCKED_BY).isNotNull())
        .select(
            col(Cols.INITIATIVE_ID),
            col(Cols.ISSUE_KEY),
            coalesce(col(Cols.UPDATED), col(Cols.CREATED)).as(Cols.TEXT_AT),
            explode(col(Cols.BLOCKED_BY)).as("blocker_key"))
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
            lit(1.0).as(Cols.FACTOR));
  }

  private static Dataset<Row> resolutionUnits(Dataset<Row> issues) {
    return issues
        .filter(col(Cols.RESOLUTION).isNotNull())
        .select(
            col(Cols.INITIATIVE_ID),
            lit(SRC_RESOLUTION).as(Cols.SOURCE),
            concat(col(Cols.ISSUE_KEY), lit("#resolution")).as(Cols.SOURCE_REF),
            col(Cols.RESOLVED).as(Cols.TEXT_AT),
            col(Cols.RESOLUTION).as(Cols.TEXT),
            lit(CH_LABEL).as(Cols.CHANNEL),
            lit(1.0).as(Cols.FACTOR));
  }

  /**
   * Status names, current (issues) and in history, one unit per issue and status with the
   * longest time spent in it; the factor grows with the time in status.
   */
  private static Dataset<Row> statusUnits(CauseInputs in, CauseRules rules, LocalDate asOf) {
    Column asOfTs = lit(java.sql.Timestamp.valueOf(asOf.atStartOfDay()));
    List<Dataset<Row>> parts = new ArrayList<>();
    if (in.statusHistory() != null) {
      WindowSpec w = Window.partitionBy(Cols.ISSUE_KEY).orderBy(Cols.CHANGED_AT);
      Dataset<Row> h =
          in.statusHistory()
              .withColumn("next_at", lead(col(Cols.CHANGED_AT), 1).over(w))
              .withColumn("first", lag(col(Cols.CHANGED_AT), 1).over(w).isNull());
      parts.add(
          h.select(
              col(Cols.INITIATIVE_ID),
              col(Cols.ISSUE_KEY),
              col(Cols.TO_STATUS).as(Cols.STATUS),
              col(Cols.CHANGED_AT).as(Cols.TEXT_AT),
              datediff(coalesce(col("next_at"), asOfTs), col(Cols.CHANGED_AT)).as("days")));
      parts.add(
          h.filter(col("first"))
              .select(
                  col(Cols.INITIATIVE_ID),
                  col(Cols.ISSUE_KEY),
                  col(Cols.FROM_STATUS).as(Cols.STATUS),
                  col(Cols.CHANGED_AT).as(Cols.TEXT_AT),
                  lit(null).cast(DataTypes.IntegerType).as("days")));
    }
    if (in.issues() != null) {
      parts.add(
          in.issues()
              .select(
                  col(Cols.INITIATIVE_ID),
                  col(Cols.ISSUE_KEY),
                  col(Cols.ISSUE_STATUS).as(Cols.STATUS),
                  coalesce(col(Cols.UPDATED), col(Cols.CREATED)).as(Cols.TEXT_AT),
                  lit(null).cast(DataTypes.IntegerType).as("days")));
    }
    if (parts.isEmpty()) {
      return in.texts().limit(0).select(
          col(Cols.INITIATIVE_ID), col(Cols.SOURCE), col(Cols.SOURCE_REF), col(Cols.TEXT_AT),
          col(Cols.TEXT), lit(CH_LABEL).as(Cols.CHANNEL), lit(1.0).as(Cols.FACTOR));
    }
    Dataset<Row> s = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      s = s.unionByName(parts.get(i));
    }
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
        .agg(max(col("days")).as("days"), max(col(Cols.TEXT_AT)).as(Cols.TEXT_AT))
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
            factor.as(Cols.FACTOR));
  }

  // ---- 2. sentences and rule hits ----

  static Dataset<Row> textHits(Dataset<Row> units, CauseRules rules) {
    Dataset<Row> sentences =
        units
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.SOURCE),
                col(Cols.SOURCE_REF),
                col(Cols.TEXT_AT),
                col(Cols.CHANNEL),
                col(Cols.FACTOR),
                posexplode(TextPrep.sentences(TextPrep.stripMarkup(col(Cols.TEXT), rules))))
            .withColumnRenamed("pos", Cols.SENTENCE_IDX)
            .withColumn(Cols.SENTENCE, trim(col("col")))
            .drop("col")
            .filter(length(col(Cols.SENTENCE)).gt(0))
            .withColumn(Cols.NORM, TextPrep.normalise(col(Cols.SENTENCE), rules));

    Column isLabel = col(Cols.CHANNEL).equalTo(CH_LABEL);
    Column gate = isLabel.and(col(Cols.NORM).rlike(rules.labelGate()));
    Column candidates = col(Cols.CANDIDATE_RULES);
    List<Column> hitStructs = new ArrayList<>();
    List<CauseRules.Rule> rs = rules.rules();
    for (int i = 0; i < rs.size(); i++) {
      CauseRules.Rule r = rs.get(i);
      Column applies;
      if (r.appliesTo(CH_TEXT) && r.appliesTo(CH_LABEL)) {
        applies = lit(true);
      } else if (r.appliesTo(CH_LABEL)) {
        applies = gate;
      } else {
        applies = lit(true);
      }
      String wrap = "^(.*?)(" + r.regex() + ")(.*)$";
      Column norm = col(Cols.NORM);
      hitStructs.add(
          when(
              array_contains(candidates, i).and(applies).and(norm.rlike(r.regex())),
              struct(
                  lit(r.ruleId()).as(Cols.RULE_ID),
                  lit(r.cause()).as(Cols.CAUSE),
                  lit(r.weight()).as(Cols.WEIGHT),
                  regexp_extract(norm, wrap, 1).as(Cols.MATCH_PRE),
                  regexp_extract(norm, wrap, 2).as(Cols.MATCH),
                  regexp_extract(norm, wrap, 3).as(Cols.MATCH_POST))));
    }
    Dataset<Row> hits =
        sentences
            .withColumn(Cols.CANDIDATE_RULES, candidateRules(rules).apply(col(Cols.NORM)))
            .filter(size(candidates).gt(0))
            .withColumn(Cols.HIT, explode(array_compact(array(hitStructs.toArray(new Column[0])))))
            .select(
                col("*"),
                col(Cols.HIT + "." + Cols.RULE_ID).as(Cols.RULE_ID),
                col(Cols.HIT + "." + Cols.CAUSE).as(Cols.CAUSE),
                col(Cols.HIT + "." + Cols.WEIGHT).as("rule_weight"),
                col(Cols.HIT + "." + Cols.MATCH_PRE).as(Cols.MATCH_PRE),
                col(Cols.HIT + "." + Cols.MATCH).as(Cols.MATCH),
                col(Cols.HIT + "." + Cols.MATCH_POST).as(Cols.MATCH_POST))
            .drop(Cols.HIT, Cols.CANDIDATE_RULES);
    return hits.filter(col(Cols.RULE_ID).isNotNull().and(kept(rules.negation())));
  }

  /**
   * The indexes of the rules whose required literals a normalised sentence contains ({@link
   * RuleTriggers}). The one function that is not a Spark built-in: a single trie walk over the
   * sentence replaces an {@code rlike} of the alternation of all rules, which cost ~600
   * microseconds per sentence against ~4 (docs/benchmarks.md). Only candidate rules run their
   * regex, so the hits are exactly those of running every rule on every sentence.
   */
  static UserDefinedFunction candidateRules(CauseRules rules) {
    RuleTriggers triggers = rules.triggers();
    return udf((UDF1<String, int[]>) triggers::candidates,
            DataTypes.createArrayType(DataTypes.IntegerType, false))
        .withName("lastmile_cause_candidates");
  }

  /** True when the hit is neither negated, hypothetical nor resolved. */
  static Column kept(CauseRules.Negation g) {
    String breaks = g.clauseBreaks();
    Column pre = regexp_replace(col(Cols.MATCH_PRE), "^.*(?:" + breaks + ")", "");
    Column post = regexp_replace(col(Cols.MATCH_POST), "(?:" + breaks + ").*$", "");
    Column m = col(Cols.MATCH);
    Column negated =
        pre.rlike("\\b" + g.negationCues() + "\\b(?:\\W+\\w+){0," + g.windowWords() + "}\\W*$");
    Column hypothetical = pre.rlike("\\b" + g.hypotheticalCues() + "\\b");
    Column mPost = concat(m, lit(" "), post);
    Column issueNegated =
        mPost.rlike(
            "\\b" + g.issueNegators() + "\\b(?:\\W+" + g.issueModifiers() + ")*\\W+"
                + g.issueNouns() + "\\b");
    Column tail = concat(regexp_replace(m, "^\\S+\\s*", ""), lit(" "),
        regexp_extract(post, "^(.{0," + g.resolutionWindowChars() + "})", 1));
    String blocked =
        "(?<!\\b" + g.resolutionBlockers() + "\\b[^.;]{0," + g.resolutionBlockerChars() + "})"
            + "(?<!\\b" + g.resolutionDeterminers() + " )";
    Column startsNegative =
        m.rlike("^(?:" + g.negationCues() + "|" + String.join("|", g.negativeStarts()) + ")\\b");
    Column resolved =
        startsNegative.unary_$bang().and(tail.rlike(blocked + "\\b" + g.resolutionCues() + "\\b")
            .or(pre.rlike("\\b" + g.noLonger() + "\\b|\\b" + g.resolvedBefore()
                + "\\b\\W+(?:\\w+\\W+){0,1}" + g.resolvedBeforeObjects() + "\\b")));
    return negated.or(hypothetical).or(issueNegated).or(resolved).unary_$bang();
  }

  // ---- 3. weights ----

  private static Dataset<Row> refDates(CauseInputs in, Column asOfDate) {
    Dataset<Row> lastText =
        in.texts()
            .groupBy(col(Cols.INITIATIVE_ID))
            .agg(max(to_date(col(Cols.TEXT_AT))).as("last_text"));
    return in.registry()
        .select(col(Cols.INITIATIVE_ID), col(Cols.CLOSED_DATE).cast(DataTypes.DateType).as("closed"))
        .dropDuplicates(Cols.INITIATIVE_ID)
        .join(lastText, Cols.INITIATIVE_ID, "left")
        .select(
            col(Cols.INITIATIVE_ID),
            least(coalesce(col("closed"), col("last_text"), asOfDate), asOfDate)
                .as(Cols.REF_DATE));
  }

  private static Column sourceWeight(Map<String, Double> weights) {
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

  static Dataset<Row> weigh(Dataset<Row> hits, CauseRules rules) {
    CauseRules.Recency rc = rules.recency();
    Column evDate = to_date(col(Cols.TEXT_AT));
    Column age = greatest(lit(0), datediff(col(Cols.REF_DATE), evDate));
    Column recency =
        when(evDate.isNull(), lit(rc.unknownFactor()))
            .otherwise(
                lit(rc.floor())
                    .plus(
                        lit(1.0 - rc.floor())
                            .multiply(exp(age.multiply(-Math.log(2) / rc.halfLifeDays())))));
    Column matchPos = length(col(Cols.MATCH_PRE));
    Column order = col(Cols.SENTENCE_IDX).multiply(100000).plus(matchPos);
    WindowSpec perCause =
        Window.partitionBy(Cols.INITIATIVE_ID, Cols.SOURCE, Cols.SOURCE_REF, Cols.CAUSE);
    WindowSpec perText =
        Window.partitionBy(Cols.INITIATIVE_ID, Cols.SOURCE, Cols.SOURCE_REF).orderBy("first_pos");
    Column position =
        greatest(
            lit(rules.positionFloor()),
            lit(1.0).minus(dense_rank().over(perText).minus(1).multiply(rules.positionStep())));
    int max = rules.excerpt().maxChars();
    Column excerpt =
        when(length(col(Cols.SENTENCE)).leq(max), col(Cols.SENTENCE))
            .otherwise(
                col(Cols.SENTENCE)
                    .substr(greatest(lit(1), matchPos.minus(rules.excerpt().charsBeforeMatch())),
                        lit(max)));
    return hits.withColumn(Cols.MATCH_POS, matchPos)
        .withColumn("first_pos", min(order).over(perCause))
        .withColumn(
            Cols.WEIGHT,
            round(
                col("rule_weight")
                    .multiply(sourceWeight(rules.sourceWeights()))
                    .multiply(recency)
                    .multiply(position)
                    .multiply(col(Cols.FACTOR)),
                4))
        .withColumn(Cols.EXCERPT, excerpt)
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
    Column audit = lower(trim(coalesce(col(Cols.DATA_AUDIT_COMPLETED).cast(DataTypes.StringType), lit(""))));
    Column sponsor = trim(coalesce(col(Cols.SPONSOR), lit("")));
    Column owner = trim(coalesce(col(Cols.OWNER), lit("")));
    Column planned = col(Cols.BUDGET_PLANNED).cast(DataTypes.DoubleType);
    Column spent = col(Cols.BUDGET_SPENT).cast(DataTypes.DoubleType);
    for (CauseRules.StructuredRule r : rules.structured()) {
      Column[] c = switch (r.check()) {
        case EMPTY_SUCCESS_KPI -> new Column[] {
            kpi.equalTo(""), lit(Cols.SUCCESS_KPI), lit("success_kpi is empty")};
        case DATA_AUDIT_NOT_COMPLETED -> new Column[] {
            audit.isin(rules.auditNotCompletedValues().toArray()),
            lit(Cols.DATA_AUDIT_COMPLETED),
            concat(lit("data_audit_completed = "), col(Cols.DATA_AUDIT_COMPLETED))};
        case DATA_AUDIT_EMPTY -> new Column[] {
            audit.equalTo(""), lit(Cols.DATA_AUDIT_COMPLETED),
            lit("data_audit_completed is empty")};
        case EMPTY_SPONSOR -> new Column[] {
            sponsor.equalTo(""), lit(Cols.SPONSOR), lit("sponsor is empty")};
        case EMPTY_OWNER -> new Column[] {
            owner.equalTo(""), lit(Cols.OWNER), lit("owner is empty")};
        case BUDGET_OVERRUN -> new Column[] {
            spent.gt(planned).and(planned.gt(0)),
            lit(Cols.BUDGET_SPENT),
            concat_ws(" ", lit("budget_spent"), format_number(spent, 0), lit("> budget_planned"),
                format_number(planned, 0), coalesce(col(Cols.CURRENCY), lit("")))};
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
      rows.add(lit(null).cast("struct<rule_id:string,cause:string,weight:double,source_ref:string,excerpt:string>"));
    }
    return registry
        .select(
            col(Cols.INITIATIVE_ID),
            explode(array_compact(array(rows.toArray(new Column[0])))).as(Cols.HIT))
        .select(
            col(Cols.INITIATIVE_ID),
            col(Cols.HIT + "." + Cols.CAUSE).as(Cols.CAUSE),
            col(Cols.HIT + "." + Cols.RULE_ID).as(Cols.RULE_ID),
            col(Cols.HIT + "." + Cols.WEIGHT).as(Cols.WEIGHT),
            lit(SRC_REGISTRY).as(Cols.SOURCE),
            col(Cols.HIT + "." + Cols.SOURCE_REF).as(Cols.SOURCE_REF),
            col(Cols.HIT + "." + Cols.EXCERPT).as(Cols.EXCERPT),
            lit(null).cast(DataTypes.DateType).as(Cols.EVIDENCE_DATE));
  }
}
