package dev.lastmile.transform;

import static dev.lastmile.transform.CaseMapping.lower;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.replace;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.concepts.CauseModel;
import dev.lastmile.model.Cols;
import dev.lastmile.model.Outcome;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.rules.CauseRulesFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The initiative read: a cause for a failed initiative that no sentence on its own explains.
 *
 * <p>Reads the cause inputs, the cause evidence of the sentence passes and the lifecycle outcomes.
 * Only initiatives whose outcome is STALLED or CANCELLED and that have no cause evidence but
 * supporting registry checks qualify. Their text units go through the same compiled matcher in one
 * typed {@code mapPartitions} ({@link CauseMatcher#reads}): per sentence, each cause the learned
 * model gives at least {@code initiative_read.min_probability}, unless the regex rules' scope reads
 * the sentence as no live problem. The rest is Spark built-ins: a sentence's support for a cause is
 * its probability x source weight ({@code source_weights} with {@code
 * initiative_read.source_weights} over them; a source weighted 0 is not read) x recency ({@code
 * recency}), the same sentence counted once per initiative; a cause's support is the sum over its
 * sentences. The best-supported cause is named when its support reaches {@code min_support}, it
 * leads the runner-up by at least {@code min_margin} of its support, and one of its sentences reads
 * it at least {@code min_best_probability} likely (many weak readings alone do not name a cause).
 * Writes one cause_evidence row per named initiative: the best sentence of the cause (largest
 * support) quoted whole, rule id {@code model.initiative.<cause>}, weight {@code
 * initiative_read.weight}. {@link CauseRanking} ranks it as a learned guess and caps the
 * initiative's confidence at {@code initiative_read.max_confidence}. Pure: no I/O.
 */
public final class InitiativeRead {
  /** Rule ids of the initiative read start with this, then the cause code in lower case. */
  public static final String RULE_PREFIX = CauseModel.RULE_PREFIX + "initiative.";

  private static final String PROB = "probability";
  private static final String SUPPORT = "support";
  private static final String SENTENCES = "sentences";
  private static final String BEST_PROB = "best_probability";
  private static final String RUNNER_UP = "runner_up";
  private static final String BEST = "best";
  private static final String BOILERPLATE_KEY = "boilerplate_key";
  private static final String SHARED_BY = "shared_by";

  private InitiativeRead() {}

  /**
   * Evidence rows (the columns of {@link CauseEvidence#extract}) for the failed initiatives that
   * {@code evidence} leaves without a cause; empty when {@code initiative_read} is disabled.
   *
   * @param outcomes initiative_id, outcome (the lifecycle verdicts)
   */
  public static Dataset<Row> extract(
      CauseInputs in,
      Dataset<Row> evidence,
      Dataset<Row> outcomes,
      CauseRules rules,
      LocalDate asOf) {
    return extract(
        CauseEvidence.prepare(in, rules, asOf, UnaryOperator.identity()),
        evidence,
        outcomes,
        rules);
  }

  /**
   * {@link #extract(CauseInputs, Dataset, Dataset, CauseRules, LocalDate)} on the units and
   * reference dates the sentence passes read ({@link CauseEvidence#prepare}, for the snapshot date
   * they were prepared for), not built again.
   */
  public static Dataset<Row> extract(
      CauseEvidence.Prepared in, Dataset<Row> evidence, Dataset<Row> outcomes, CauseRules rules) {
    CauseRulesFiles.InitiativeReadSpec spec = rules.initiativeRead();
    if (!spec.enabled()) {
      return evidence.select(CauseEvidence.outputColumns()).limit(0);
    }
    Dataset<Row> support = support(in, evidence, outcomes, rules);
    WindowSpec byInit =
        Window.partitionBy(Cols.INITIATIVE_ID).orderBy(col(SUPPORT).desc(), col(Cols.CAUSE).asc());
    Column margin = col(SUPPORT).minus(coalesce(col(RUNNER_UP), lit(0.0))).divide(col(SUPPORT));
    Column best = col(BEST);
    return support
        .withColumn("rn", row_number().over(byInit))
        .withColumn(RUNNER_UP, lead(col(SUPPORT), 1).over(byInit))
        .filter(
            col("rn")
                .equalTo(1)
                .and(col(SUPPORT).geq(spec.minSupport()))
                .and(col(BEST_PROB).geq(spec.minBestProbability()))
                .and(margin.geq(spec.minMargin())))
        .select(
            col(Cols.INITIATIVE_ID),
            col(Cols.CAUSE),
            concat(lit(RULE_PREFIX), lower(col(Cols.CAUSE))).as(Cols.RULE_ID),
            lit(spec.weight()).as(Cols.WEIGHT),
            best.getField(Cols.SOURCE).as(Cols.SOURCE),
            best.getField(Cols.SOURCE_REF).as(Cols.SOURCE_REF),
            best.getField(Cols.EXCERPT).as(Cols.EXCERPT),
            to_date(best.getField(Cols.TEXT_AT)).as(Cols.EVIDENCE_DATE),
            best.getField(Cols.SOURCE_FILE).as(Cols.SOURCE_FILE),
            best.getField(Cols.RECORD_NUMBER).as(Cols.RECORD_NUMBER))
        .select(CauseEvidence.outputColumns());
  }

  /**
   * Per qualifying initiative and cause: {@code support} (the sum of its sentences' support),
   * {@code sentences} (how many distinct sentences carry it), {@code best_probability} (the largest
   * probability of one of them) and {@code best} (the sentence with the largest support: its
   * weight, probability, source, source_ref, excerpt, text_at, lineage). The measure behind {@link
   * #extract}; a harness prints it to choose thresholds.
   */
  public static Dataset<Row> support(
      CauseInputs in,
      Dataset<Row> evidence,
      Dataset<Row> outcomes,
      CauseRules rules,
      LocalDate asOf) {
    return support(
        CauseEvidence.prepare(in, rules, asOf, UnaryOperator.identity()),
        evidence,
        outcomes,
        rules);
  }

  static Dataset<Row> support(
      CauseEvidence.Prepared in, Dataset<Row> evidence, Dataset<Row> outcomes, CauseRules rules) {
    Column piece =
        struct(
            col(Cols.WEIGHT),
            col(PROB),
            col(Cols.SOURCE),
            col(Cols.SOURCE_REF),
            col(Cols.EXCERPT),
            col(Cols.TEXT_AT),
            col(Cols.SOURCE_FILE),
            col(Cols.RECORD_NUMBER));
    return sentenceSupport(in, evidence, outcomes, rules)
        .groupBy(col(Cols.INITIATIVE_ID), col(Cols.CAUSE))
        .agg(
            round(sum(col(Cols.WEIGHT)), 4).as(SUPPORT),
            count(lit(1)).as(SENTENCES),
            max(col(PROB)).as(BEST_PROB),
            max(piece).as(BEST));
  }

  /**
   * Per qualifying initiative, cause and distinct sentence (compared in lower case): the model's
   * {@code probability} and the sentence's support {@code weight} = probability x source weight x
   * recency, from its strongest occurrence (source, source_ref, sentence, excerpt, text_at,
   * lineage).
   */
  public static Dataset<Row> sentenceSupport(
      CauseInputs in,
      Dataset<Row> evidence,
      Dataset<Row> outcomes,
      CauseRules rules,
      LocalDate asOf) {
    return sentenceSupport(
        CauseEvidence.prepare(in, rules, asOf, UnaryOperator.identity()),
        evidence,
        outcomes,
        rules);
  }

  static Dataset<Row> sentenceSupport(
      CauseEvidence.Prepared in, Dataset<Row> evidence, Dataset<Row> outcomes, CauseRules rules) {
    List<String> supporting = rules.supportingRuleIds();
    Dataset<Row> explained =
        evidence
            .filter(col(Cols.RULE_ID).isin(supporting.toArray()).unary_$bang())
            .select(col(Cols.INITIATIVE_ID));
    Dataset<Row> open =
        outcomes
            .filter(col(Cols.OUTCOME).isin(Outcome.STALLED.code(), Outcome.CANCELLED.code()))
            .select(col(Cols.INITIATIVE_ID))
            .join(explained, Cols.INITIATIVE_ID, "left_anti")
            .distinct();
    Column sourceWeight = CauseEvidence.sourceWeight(rules.initiativeReadSourceWeights());
    Dataset<Row> units =
        in.units()
            .filter(col(Cols.CHANNEL).equalTo(CauseEvidence.CH_TEXT).and(sourceWeight.gt(0)))
            .join(open, Cols.INITIATIVE_ID, "left_semi");
    Column w =
        round(col(PROB).multiply(sourceWeight).multiply(CauseEvidence.recency(rules.recency())), 4);
    // the same sentence in a description and a comment (or on every ticket) counts once
    WindowSpec perSentence =
        Window.partitionBy(col(Cols.INITIATIVE_ID), col(Cols.CAUSE), lower(col(Cols.SENTENCE)))
            .orderBy(
                col(Cols.WEIGHT).desc(),
                col(Cols.SOURCE),
                col(Cols.SOURCE_REF),
                col(Cols.SENTENCE_IDX));
    Dataset<Row> read = reads(units, rules);
    int shared = rules.initiativeRead().boilerplateMinInitiatives();
    if (shared > 0) {
      read = withoutBoilerplate(read, in.inputs().registry(), shared);
    }
    return read.join(in.refDates(), Cols.INITIATIVE_ID)
        .withColumn(Cols.WEIGHT, w)
        .withColumn("rn", row_number().over(perSentence))
        .filter(col("rn").equalTo(1))
        .drop("rn");
  }

  /**
   * The readings minus boilerplate: a sentence that, in lower case and with its initiative's
   * registry name replaced by a placeholder, is read in at least {@code minInitiatives} distinct
   * initiatives ("Scope of this phase: Milk collection forecast." on every epic, "Added the
   * acceptance criteria." on every story) says nothing about any one of them.
   */
  static Dataset<Row> withoutBoilerplate(
      Dataset<Row> read, Dataset<Row> registry, int minInitiatives) {
    Column name = lower(col(Cols.NAME));
    Column sentence = lower(col(Cols.SENTENCE));
    Column masked =
        when(length(trim(coalesce(name, lit("")))).gt(0), replace(sentence, name, lit("{name}")))
            .otherwise(sentence);
    Dataset<Row> names =
        registry.select(col(Cols.INITIATIVE_ID), col(Cols.NAME)).dropDuplicates(Cols.INITIATIVE_ID);
    return read.join(names, Cols.INITIATIVE_ID, "left")
        .withColumn(BOILERPLATE_KEY, masked)
        .withColumn(
            SHARED_BY,
            size(collect_set(col(Cols.INITIATIVE_ID)).over(Window.partitionBy(BOILERPLATE_KEY))))
        .filter(col(SHARED_BY).lt(minInitiatives))
        .drop(BOILERPLATE_KEY, SHARED_BY, Cols.NAME);
  }

  /** The model's reading of each sentence of the units, in one typed {@code mapPartitions}. */
  static Dataset<Row> reads(Dataset<Row> units, CauseRules rules) {
    Dataset<CauseSentenceRead> reads =
        CauseEvidence.withMatcher(units, rules, InitiativeRead::readAll, CauseSentenceRead.class);
    return reads.select(
        col("initiativeId").as(Cols.INITIATIVE_ID),
        col("source").as(Cols.SOURCE),
        col("sourceRef").as(Cols.SOURCE_REF),
        col("textAt").as(Cols.TEXT_AT),
        col("sentenceIdx").as(Cols.SENTENCE_IDX),
        col("sentence").as(Cols.SENTENCE),
        col("cause").as(Cols.CAUSE),
        col("probability").as(PROB),
        col("excerpt").as(Cols.EXCERPT),
        col("sourceFile").as(Cols.SOURCE_FILE),
        col("recordNumber").as(Cols.RECORD_NUMBER));
  }

  private static Iterator<CauseSentenceRead> readAll(
      Iterator<CauseTextUnit> units, CauseMatcher matcher) {
    List<CauseSentenceRead> out = new ArrayList<>();
    while (units.hasNext()) {
      CauseTextUnit u = units.next();
      for (CauseMatcher.Read r : matcher.reads(u.getText())) {
        CauseSentenceRead t = new CauseSentenceRead();
        t.setInitiativeId(u.getInitiativeId());
        t.setSource(u.getSource());
        t.setSourceRef(u.getSourceRef());
        t.setTextAt(u.getTextAt());
        t.setSourceFile(u.getSourceFile());
        t.setRecordNumber(u.getRecordNumber());
        t.setSentenceIdx(r.sentenceIdx());
        t.setSentence(r.sentence());
        t.setCause(r.cause());
        t.setProbability(r.probability());
        t.setExcerpt(r.excerpt());
        out.add(t);
      }
    }
    return out.iterator();
  }
}
