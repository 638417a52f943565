package dev.lastmile.transform;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.get;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.concepts.CauseModel;
import dev.lastmile.model.Cause;
import dev.lastmile.model.Cols;
import dev.lastmile.rules.CauseRules;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Ranks the causes of each initiative from its cause evidence.
 *
 * <p>Reads cause_evidence rows (as written by {@link CauseEvidence#extract}); writes one row per
 * initiative that has evidence: initiative_id, primary_cause, causes (strongest first), confidence,
 * evidence_count.
 *
 * <p>A cause's score is the sum of its evidence weights. Supporting rules (structured registry
 * fields, rules marked {@code supporting}) add to a cause only when it has other evidence, so a
 * cause is never named on supporting evidence alone; a cause whose score stays below {@code
 * ranking.min_score} is not named. Order: causes a rule or concept found before causes only the
 * learned pass found (rule ids {@code model.*}: a guess never outranks a rule), then score, then
 * strongest single piece, then earliest evidence, then the taxonomy order. With nothing left the
 * primary cause is {@code UNKNOWN} and the list is empty.
 *
 * <p>confidence = (1 - exp(-top / amount_scale)) x ((1 - margin_share) + margin_share x (top -
 * second) / top): more evidence and a wider margin over the runner-up both raise it; 0 for UNKNOWN.
 * A primary cause only the learned pass found is capped at {@code model_pass.max_confidence}; one
 * only the initiative read found ({@link InitiativeRead}, rule ids {@code model.initiative.*}) at
 * the lower of that and {@code initiative_read.max_confidence}.
 */
public final class CauseRanking {
  private CauseRanking() {}

  /** Ranks causes per initiative with evidence; see the class comment. */
  public static Dataset<Row> rank(Dataset<Row> evidence, CauseRules rules) {
    CauseRules.Ranking rk = rules.ranking();
    Column supporting = col(Cols.RULE_ID).isin(rules.supportingRuleIds().toArray());
    Column ruled =
        supporting
            .unary_$bang()
            .and(col(Cols.RULE_ID).startsWith(CauseModel.RULE_PREFIX).unary_$bang());
    // direct evidence a sentence pass found (anything but supporting checks and the initiative
    // read)
    Column sentence =
        supporting
            .unary_$bang()
            .and(col(Cols.RULE_ID).startsWith(InitiativeRead.RULE_PREFIX).unary_$bang());
    Column taxonomyOrder = lit(Cause.values().length);
    for (int i = Cause.values().length - 1; i >= 0; i--) {
      taxonomyOrder =
          when(col(Cols.CAUSE).equalTo(Cause.values()[i].code()), lit(i)).otherwise(taxonomyOrder);
    }
    Dataset<Row> perCause =
        evidence
            .groupBy(col(Cols.INITIATIVE_ID), col(Cols.CAUSE))
            .agg(
                sum(when(supporting.unary_$bang(), col(Cols.WEIGHT)).otherwise(0.0)).as("direct"),
                sum(when(supporting, col(Cols.WEIGHT)).otherwise(0.0)).as("support"),
                max(when(supporting.unary_$bang(), col(Cols.WEIGHT))).as("top_piece"),
                min(coalesce(col(Cols.EVIDENCE_DATE).cast(DataTypes.StringType), lit("9999")))
                    .as("first_date"),
                count(lit(1)).as("n"),
                max(when(ruled, lit(1)).otherwise(lit(0))).as("ruled"),
                max(when(sentence, lit(1)).otherwise(lit(0))).as("sentence"),
                max(taxonomyOrder).as("tax"))
            .withColumn(
                Cols.SCORE,
                when(col("direct").gt(0), col("direct").plus(col("support"))).otherwise(0.0));
    Column named = col(Cols.SCORE).gt(0).and(col(Cols.SCORE).geq(rk.minScore()));
    Column key =
        struct(
            col("ruled").multiply(-1).as("r"),
            col(Cols.SCORE).multiply(-1).as("s"),
            coalesce(col("top_piece"), lit(0.0)).multiply(-1).as("p"),
            col("first_date").as("d"),
            col("tax").as("t"),
            col(Cols.CAUSE).as("c"),
            col(Cols.SCORE).as("score"),
            col("sentence").as("sentence"));
    Dataset<Row> perInit =
        perCause
            .groupBy(col(Cols.INITIATIVE_ID))
            .agg(
                sort_array(collect_list(when(named, key))).as("ranked"),
                sum(col("n")).cast(DataTypes.IntegerType).as(Cols.EVIDENCE_COUNT));
    Column ranked = col("ranked");
    Column top = coalesce(get(ranked, lit(0)).getField("score"), lit(0.0));
    Column second = when(size(ranked).geq(2), get(ranked, lit(1)).getField("score")).otherwise(0.0);
    Column amount = lit(1.0).minus(exp(top.divide(-rk.amountScale())));
    Column margin = when(top.gt(0), top.minus(second).divide(top)).otherwise(0.0);
    Column confidence =
        when(size(ranked).equalTo(0), lit(0.0))
            .otherwise(
                round(
                    amount.multiply(
                        lit(1.0 - rk.marginShare()).plus(margin.multiply(rk.marginShare()))),
                    3));
    // a cause only the learned pass found is a guess for a person to confirm: capped confidence
    Column guessed = size(ranked).gt(0).and(get(ranked, lit(0)).getField("r").equalTo(0));
    // ... and one only the initiative read found (no sentence names it) is capped lower still
    Column read = guessed.and(get(ranked, lit(0)).getField("sentence").equalTo(0));
    Column capped =
        when(
                read,
                functions.least(
                    confidence,
                    lit(rules.modelPass().maxConfidence()),
                    lit(rules.initiativeRead().maxConfidence())))
            .when(guessed, functions.least(confidence, lit(rules.modelPass().maxConfidence())))
            .otherwise(confidence);
    return perInit.select(
        col(Cols.INITIATIVE_ID),
        when(size(ranked).gt(0), get(ranked, lit(0)).getField("c"))
            .otherwise(lit(Cause.UNKNOWN.code()))
            .as(Cols.PRIMARY_CAUSE),
        transform(ranked, x -> x.getField("c")).as(Cols.CAUSES),
        greatest(lit(0.0), capped).as(Cols.CONFIDENCE),
        col(Cols.EVIDENCE_COUNT));
  }

  /**
   * Like {@link #rank(Dataset, CauseRules)} but with one row for every initiative of {@code
   * initiatives} (an initiative_id column): those without evidence get {@code UNKNOWN}, an empty
   * list, confidence 0 and evidence_count 0.
   */
  public static Dataset<Row> rank(
      Dataset<Row> evidence, CauseRules rules, Dataset<Row> initiatives) {
    Dataset<Row> ranked = rank(evidence, rules);
    return initiatives
        .select(col(Cols.INITIATIVE_ID))
        .distinct()
        .join(ranked, Cols.INITIATIVE_ID, "left")
        .select(
            col(Cols.INITIATIVE_ID),
            coalesce(col(Cols.PRIMARY_CAUSE), lit(Cause.UNKNOWN.code())).as(Cols.PRIMARY_CAUSE),
            coalesce(col(Cols.CAUSES), array().cast("array<string>")).as(Cols.CAUSES),
            coalesce(col(Cols.CONFIDENCE), lit(0.0)).as(Cols.CONFIDENCE),
            coalesce(col(Cols.EVIDENCE_COUNT), lit(0)).as(Cols.EVIDENCE_COUNT));
  }
}
