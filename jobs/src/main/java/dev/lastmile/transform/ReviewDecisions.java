package dev.lastmile.transform;

import static dev.lastmile.transform.CaseMapping.upper;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cause;
import dev.lastmile.model.Cols;
import dev.lastmile.model.Outcome;
import dev.lastmile.model.QuarantineReason;
import dev.lastmile.model.Stage;
import dev.lastmile.transform.stats.StatsMath;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Reviewer decisions (--overrides): checks them against the taxonomy and the run's own verdicts,
 * applies the valid ones to initiative_assessment, and measures how often the rules agreed with the
 * reviewers. Pure: Dataset in, Datasets out.
 *
 * <p>A decision sets any of outcome, stall_stage and primary_cause; the fields it leaves empty keep
 * the rules' values, except that a decision making an initiative failed (STALLED or CANCELLED)
 * where the rules did not gets the rules' furthest stage (capped at DEPLOYMENT, as the rules cap
 * it) and strongest cause (else UNKNOWN), and one making it not failed clears stall stage and
 * cause, so that the contract "null unless failed" holds for every row.
 */
public final class ReviewDecisions {
  private ReviewDecisions() {}

  /** Decisions that can be applied (one per initiative) and the quarantine rows of the rest. */
  public record Checked(Dataset<Row> decisions, Dataset<Row> quarantine) {}

  static final String FAILED_REASON = "_reason";
  static final String FAILED_DETAIL = "_detail";

  private static Column codeIn(Column value, List<String> codes) {
    return upper(value).isin(codes.toArray());
  }

  private static List<String> codes(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static Column failedOutcome(Column outcome) {
    return outcome.isin(Outcome.STALLED.code(), Outcome.CANCELLED.code());
  }

  /**
   * Checks the decisions read by {@code io.OverridesSource} against the rules' assessment (one row
   * per registry initiative). Reasons, first that applies: FIELD_COUNT_MISMATCH, MISSING_REQUIRED
   * (no initiative_id, or no field decided), UNKNOWN_ENUM (a code not in the taxonomy), BAD_DATE
   * (decided_on not an existing YYYY-MM-DD date), REJECTED_DECISION (initiative not in the
   * registry, or a stall stage or cause for an initiative that is not failed), DUPLICATE_ID (an
   * earlier decision for an initiative decided again later).
   */
  public static Checked check(Dataset<Row> raw, Dataset<Row> rulesAssessment) {
    Column outcome = upper(col(Cols.OUTCOME));
    Column decidedOn = to_date(try_to_timestamp(col(Cols.DECIDED_ON), lit("yyyy-MM-dd")));
    Dataset<Row> known =
        rulesAssessment.select(
            col(Cols.INITIATIVE_ID).as("_known_id"), col(Cols.OUTCOME).as("_rules_outcome"));
    Dataset<Row> j = raw.join(known, col(Cols.INITIATIVE_ID).equalTo(col("_known_id")), "left");
    Column effectiveOutcome = coalesce(outcome, col("_rules_outcome"));
    Column reason =
        when(
                col("field_count_ok").equalTo(false),
                lit(QuarantineReason.FIELD_COUNT_MISMATCH.code()))
            .when(col(Cols.INITIATIVE_ID).isNull(), lit(QuarantineReason.MISSING_REQUIRED.code()))
            .when(
                col(Cols.OUTCOME)
                    .isNull()
                    .and(col(Cols.STALL_STAGE).isNull())
                    .and(col(Cols.PRIMARY_CAUSE).isNull()),
                lit(QuarantineReason.MISSING_REQUIRED.code()))
            .when(
                col(Cols.OUTCOME)
                    .isNotNull()
                    .and(codeIn(col(Cols.OUTCOME), codes(Outcome.values())).unary_$bang()),
                lit(QuarantineReason.UNKNOWN_ENUM.code()))
            .when(
                col(Cols.STALL_STAGE)
                    .isNotNull()
                    .and(codeIn(col(Cols.STALL_STAGE), codes(Stage.values())).unary_$bang()),
                lit(QuarantineReason.UNKNOWN_ENUM.code()))
            .when(
                col(Cols.PRIMARY_CAUSE)
                    .isNotNull()
                    .and(codeIn(col(Cols.PRIMARY_CAUSE), codes(Cause.values())).unary_$bang()),
                lit(QuarantineReason.UNKNOWN_ENUM.code()))
            .when(
                col(Cols.DECIDED_ON).isNotNull().and(decidedOn.isNull()),
                lit(QuarantineReason.BAD_DATE.code()))
            .when(col("_known_id").isNull(), lit(QuarantineReason.REJECTED_DECISION.code()))
            .when(
                col(Cols.STALL_STAGE)
                    .isNotNull()
                    .or(col(Cols.PRIMARY_CAUSE).isNotNull())
                    .and(failedOutcome(effectiveOutcome).unary_$bang()),
                lit(QuarantineReason.REJECTED_DECISION.code()));
    Column detail =
        when(
                col("field_count_ok").equalTo(false),
                lit("the record has another number of fields than the header"))
            .when(col(Cols.INITIATIVE_ID).isNull(), lit("the decision has no initiative_id"))
            .when(
                col(Cols.OUTCOME)
                    .isNull()
                    .and(col(Cols.STALL_STAGE).isNull())
                    .and(col(Cols.PRIMARY_CAUSE).isNull()),
                concat(
                    lit("the decision for "),
                    col(Cols.INITIATIVE_ID),
                    lit(" sets none of outcome, stall_stage, primary_cause")))
            .when(
                col(Cols.OUTCOME)
                    .isNotNull()
                    .and(codeIn(col(Cols.OUTCOME), codes(Outcome.values())).unary_$bang()),
                concat(
                    lit("outcome '"),
                    col(Cols.OUTCOME),
                    lit("' is not an outcome code (schemas/taxonomy/outcomes.json)")))
            .when(
                col(Cols.STALL_STAGE)
                    .isNotNull()
                    .and(codeIn(col(Cols.STALL_STAGE), codes(Stage.values())).unary_$bang()),
                concat(
                    lit("stall_stage '"),
                    col(Cols.STALL_STAGE),
                    lit("' is not a stage code (schemas/taxonomy/stages.json)")))
            .when(
                col(Cols.PRIMARY_CAUSE)
                    .isNotNull()
                    .and(codeIn(col(Cols.PRIMARY_CAUSE), codes(Cause.values())).unary_$bang()),
                concat(
                    lit("primary_cause '"),
                    col(Cols.PRIMARY_CAUSE),
                    lit("' is not a cause code (schemas/taxonomy/causes.json)")))
            .when(
                col(Cols.DECIDED_ON).isNotNull().and(decidedOn.isNull()),
                concat(
                    lit("decided_on '"), col(Cols.DECIDED_ON), lit("' is not a date YYYY-MM-DD")))
            .when(
                col("_known_id").isNull(),
                concat(lit("initiative "), col(Cols.INITIATIVE_ID), lit(" is not in the registry")))
            .otherwise(
                concat(
                    lit("stall_stage or primary_cause given for "),
                    col(Cols.INITIATIVE_ID),
                    lit(" whose outcome is "),
                    coalesce(effectiveOutcome, lit("?")),
                    lit(", not STALLED or CANCELLED")));
    Dataset<Row> checked =
        j.withColumn(FAILED_REASON, reason)
            .withColumn(FAILED_DETAIL, detail)
            .withColumn("_decided_on", decidedOn);
    Dataset<Row> ok =
        checked
            .filter(col(FAILED_REASON).isNull())
            .withColumn(
                "_rank",
                row_number()
                    .over(
                        Window.partitionBy(Cols.INITIATIVE_ID)
                            .orderBy(
                                col("_decided_on").desc_nulls_last(),
                                col(Cols.RECORD_NUMBER).desc())));
    Dataset<Row> kept =
        ok.filter(col("_rank").equalTo(1))
            .select(
                col(Cols.INITIATIVE_ID),
                upper(col(Cols.OUTCOME)).as(Cols.OUTCOME),
                upper(col(Cols.STALL_STAGE)).as(Cols.STALL_STAGE),
                upper(col(Cols.PRIMARY_CAUSE)).as(Cols.PRIMARY_CAUSE),
                col(Cols.REVIEWER),
                col("_decided_on").as(Cols.DECIDED_ON),
                col(Cols.NOTE).as(Cols.REVIEW_NOTE),
                col(Cols.SOURCE_FILE),
                col(Cols.RECORD_NUMBER));
    Dataset<Row> bad =
        checked
            .filter(col(FAILED_REASON).isNotNull())
            .select(
                col(Cols.SOURCE_FILE),
                col(Cols.RECORD_NUMBER),
                col(FAILED_REASON).as(Cols.REASON),
                col(FAILED_DETAIL).as(Cols.DETAIL),
                org.apache.spark.sql.functions.substring(col(Cols.RAW), 1, 4000).as(Cols.RAW),
                org.apache.spark.sql.functions.length(col(Cols.RAW)).as(Cols.RAW_LENGTH));
    Dataset<Row> superseded =
        ok.filter(col("_rank").gt(1))
            .select(
                col(Cols.SOURCE_FILE),
                col(Cols.RECORD_NUMBER),
                lit(QuarantineReason.DUPLICATE_ID.code()).as(Cols.REASON),
                concat(
                        lit("an earlier decision for "),
                        col(Cols.INITIATIVE_ID),
                        lit(
                            ": a later one in the file (by decided_on, then file order) is applied"
                                + ""))
                    .as(Cols.DETAIL),
                org.apache.spark.sql.functions.substring(col(Cols.RAW), 1, 4000).as(Cols.RAW),
                org.apache.spark.sql.functions.length(col(Cols.RAW)).as(Cols.RAW_LENGTH));
    return new Checked(kept, bad.unionByName(superseded));
  }

  /**
   * The rules' assessment with no decisions applied: verdict_source = rules, the rules_* columns
   * equal to the verdict, reviewer columns null.
   */
  public static Dataset<Row> rulesOnly(Dataset<Row> assessment) {
    // One projection (the columns do not refer to each other): each withColumn re-analyses the
    // whole plan below it, on a small run the verdicts' plan.
    Map<String, Column> cols = new LinkedHashMap<>();
    cols.put(Cols.RULES_OUTCOME, col(Cols.OUTCOME));
    cols.put(Cols.RULES_STALL_STAGE, col(Cols.STALL_STAGE));
    cols.put(Cols.RULES_PRIMARY_CAUSE, col(Cols.PRIMARY_CAUSE));
    cols.put(Cols.RULES_CONFIDENCE, col(Cols.CONFIDENCE));
    cols.put(Cols.VERDICT_SOURCE, lit("rules"));
    cols.put(Cols.REVIEWER, lit(null).cast("string"));
    cols.put(Cols.DECIDED_ON, lit(null).cast("date"));
    cols.put(Cols.REVIEW_NOTE, lit(null).cast("string"));
    return assessment.withColumns(cols);
  }

  /**
   * Applies checked decisions to the rules' assessment (from {@link Verdicts#assess}); see the
   * class comment. Initiatives without a decision are unchanged apart from the added columns.
   */
  public static Dataset<Row> apply(Dataset<Row> rulesAssessment, Dataset<Row> decisions) {
    Dataset<Row> base =
        rulesOnly(rulesAssessment).drop(Cols.REVIEWER, Cols.DECIDED_ON, Cols.REVIEW_NOTE);
    Dataset<Row> d =
        decisions.select(
            col(Cols.INITIATIVE_ID).as("_d_id"),
            col(Cols.OUTCOME).as("_d_outcome"),
            col(Cols.STALL_STAGE).as("_d_stage"),
            col(Cols.PRIMARY_CAUSE).as("_d_cause"),
            col(Cols.REVIEWER),
            col(Cols.DECIDED_ON),
            col(Cols.REVIEW_NOTE));
    Dataset<Row> j = base.join(d, col(Cols.INITIATIVE_ID).equalTo(col("_d_id")), "left");
    Column decided = col("_d_id").isNotNull();
    Column outcome = coalesce(col("_d_outcome"), col(Cols.RULES_OUTCOME));
    Column failed = failedOutcome(outcome);
    Column rulesFailed = failedOutcome(col(Cols.RULES_OUTCOME));
    Column rulesStallRank = rankOf(col(Cols.FURTHEST_STAGE));
    Column stage =
        when(
            failed,
            coalesce(
                col("_d_stage"),
                col(Cols.RULES_STALL_STAGE),
                Lifecycle.stageCode(
                    org.apache.spark.sql.functions.least(
                        rulesStallRank, lit(Stage.DEPLOYMENT.rank())))));
    Column cause =
        when(
            failed,
            coalesce(
                col("_d_cause"),
                col(Cols.RULES_PRIMARY_CAUSE),
                element_at(col(Cols.CAUSES), 1),
                lit(Cause.UNKNOWN.code())));
    Column confidence =
        when(failed.and(col("_d_cause").isNull()).and(rulesFailed), col(Cols.RULES_CONFIDENCE));
    // One projection: no column refers to another one replaced here (stage, cause and confidence
    // read the rules_* columns and the decision's).
    Map<String, Column> cols = new LinkedHashMap<>();
    cols.put(Cols.OUTCOME, when(decided, outcome).otherwise(col(Cols.OUTCOME)));
    cols.put(Cols.STALL_STAGE, when(decided, stage).otherwise(col(Cols.STALL_STAGE)));
    cols.put(Cols.PRIMARY_CAUSE, when(decided, cause).otherwise(col(Cols.PRIMARY_CAUSE)));
    cols.put(Cols.CONFIDENCE, when(decided, confidence).otherwise(col(Cols.CONFIDENCE)));
    cols.put(Cols.VERDICT_SOURCE, when(decided, lit("reviewer")).otherwise(lit("rules")));
    return j.withColumns(cols).drop("_d_id", "_d_outcome", "_d_stage", "_d_cause");
  }

  /**
   * override_agreement: for each verdict field, the applied decisions that set it and how many the
   * rules had decided the same way; one row per field (code null) and one per field and reviewer
   * code, with Wilson intervals at the given level.
   */
  public static Dataset<Row> agreement(
      Dataset<Row> assessed, Dataset<Row> decisions, ReviewParams params) {
    Dataset<Row> j =
        decisions
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.OUTCOME).as("_d_outcome"),
                col(Cols.STALL_STAGE).as("_d_stage"),
                col(Cols.PRIMARY_CAUSE).as("_d_cause"))
            .join(
                assessed.select(
                    Cols.INITIATIVE_ID,
                    Cols.RULES_OUTCOME,
                    Cols.RULES_STALL_STAGE,
                    Cols.RULES_PRIMARY_CAUSE),
                Cols.INITIATIVE_ID);
    Dataset<Row> pairs =
        pair(j, Cols.OUTCOME, "_d_outcome", Cols.RULES_OUTCOME)
            .unionByName(pair(j, Cols.STALL_STAGE, "_d_stage", Cols.RULES_STALL_STAGE))
            .unionByName(pair(j, Cols.PRIMARY_CAUSE, "_d_cause", Cols.RULES_PRIMARY_CAUSE));
    Dataset<Row> perField =
        pairs
            .groupBy(col(Cols.FIELD))
            .agg(count(lit(1)).as(Cols.DECISIONS), sum(col("_agree")).as(Cols.AGREED))
            .withColumn(Cols.CODE, lit(null).cast("string"));
    Dataset<Row> perCode =
        pairs
            .groupBy(col(Cols.FIELD), col(Cols.CODE))
            .agg(count(lit(1)).as(Cols.DECISIONS), sum(col("_agree")).as(Cols.AGREED));
    double z = StatsMath.normalQuantile(0.5 + params.confidenceLevel() / 2.0);
    return perField
        .unionByName(perCode)
        .withColumn(Cols.AGREEMENT_RATE, StatsMath.rate(col(Cols.AGREED), col(Cols.DECISIONS)))
        .withColumn(Cols.CI_LOW, StatsMath.wilsonLow(col(Cols.AGREED), col(Cols.DECISIONS), z))
        .withColumn(Cols.CI_HIGH, StatsMath.wilsonHigh(col(Cols.AGREED), col(Cols.DECISIONS), z))
        .withColumn(Cols.CONFIDENCE_LEVEL, lit(params.confidenceLevel()))
        .withColumn(Cols.SMALL_SAMPLE, col(Cols.DECISIONS).lt(params.smallSampleBelow()));
  }

  /** Stage code to rank, as a Spark expression (DISCOVERY when unknown). */
  static Column rankOf(Column code) {
    Column out = lit(Stage.DISCOVERY.rank());
    for (Stage s : Stage.values()) {
      out = when(code.equalTo(s.code()), lit(s.rank())).otherwise(out);
    }
    return out;
  }

  private static Dataset<Row> pair(Dataset<Row> j, String field, String decided, String rules) {
    return j.filter(col(decided).isNotNull())
        .select(
            lit(field).as(Cols.FIELD),
            col(decided).as(Cols.CODE),
            when(coalesce(col(decided).equalTo(col(rules)), lit(false)), lit(1L))
                .otherwise(lit(0L))
                .as("_agree"));
  }
}
