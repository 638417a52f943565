package dev.lastmile.transform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.udf;

import dev.lastmile.model.Cols;
import dev.lastmile.model.Stage;
import dev.lastmile.rules.GoLiveStatementWords;
import dev.lastmile.rules.GoLiveWords;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.rules.StageWords;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Production evidence from what people write in Jira ({@code jira_go_live_statements}). Pure.
 *
 * <p>A go-live statement is a sentence of a comment that states production ({@link
 * GoLiveStatementWords}). With {@code needs_done_deployment_work} (the default) it counts only when
 * written on a done deployment issue, or on an issue whose epic or parent is one: an issue done and
 * not dropped (as for {@code jira_go_live_summaries}) whose name names the DEPLOYMENT or OPERATION
 * stage (a stage word, as in free text) or the go-live, and no work around the go-live ("Reefer
 * alarm triage - rollout all yards", "Despliegue en las nueve fincas"; not "pilot rollout hub gates
 * B"). A done rollout epic alone is not production: it is the DEPLOYMENT stage, at which an
 * initiative can still stall.
 */
public final class GoLiveStatements {
  private GoLiveStatements() {}

  /**
   * How statement evidence starts: the outcome rules tell it from the other production evidence.
   */
  public static final String PREFIX = "jira statement ";

  /** The rule named in the evidence. */
  static final String RULE = "jira_go_live_statements";

  private static final StructType STATEMENT =
      new StructType().add("phrase", DataTypes.StringType).add("sentence", DataTypes.StringType);

  /** Whether an issue name names deployment work: the DEPLOYMENT or OPERATION stage or go-live. */
  static Column deploymentWork(Column summary, LifecycleRules rules) {
    StageWords stages = rules.stageWords();
    GoLiveWords goLive = rules.goLiveWords();
    boolean words = rules.stageVocabulary().wordMatching();
    ValueMemo<Boolean> memo =
        new ValueMemo<>(
            v -> {
              if (v == null || goLive.aroundGoLive(v)) {
                return false;
              }
              StageWords.Match m = words ? stages.match(v, true) : null;
              return (m != null && m.stage().rank() >= Stage.DEPLOYMENT.rank())
                  || goLive.match(v) != null;
            });
    UserDefinedFunction f = udf((UDF1<String, Boolean>) memo::apply, DataTypes.BooleanType);
    return coalesce(f.apply(summary), lit(false));
  }

  /**
   * Production evidence rows (initiative_id, evidence, at) of the go-live statements in {@code
   * texts} (initiative_id, source, source_ref {@code KEY#comment-n}, text_at, text), on the issues
   * of {@code issues}; empty when the rule is off.
   */
  public static Dataset<Row> evidence(
      Dataset<Row> issues, Dataset<Row> texts, LifecycleRules rules) {
    LifecycleRules.GoLiveStatements cfg = rules.jiraGoLiveStatements();
    GoLiveStatementWords words = rules.goLiveStatementWords();
    ValueMemo<Row> memo =
        new ValueMemo<>(
            v -> {
              GoLiveStatementWords.Match m = v == null ? null : words.match(v);
              return m == null ? null : RowFactory.create(m.phrase(), m.sentence());
            });
    UserDefinedFunction statement = udf((UDF1<String, Row>) memo::apply, STATEMENT);
    Dataset<Row> said =
        texts
            .filter(
                lit(cfg.enabled())
                    .and(col(Cols.SOURCE).isin(cfg.sources().toArray()))
                    .and(col(Cols.TEXT).isNotNull()))
            .select(
                col(Cols.INITIATIVE_ID),
                regexp_extract(col(Cols.SOURCE_REF), "^([^#]+)", 1).as("_s_key"),
                col(Cols.SOURCE_REF).as("_s_ref"),
                col(Cols.TEXT_AT).as(Lifecycle.AT),
                statement.apply(col(Cols.TEXT)).as("_s"))
            .filter(col("_s").isNotNull());
    Column quote =
        concat(
            lit(PREFIX),
            col("_s_ref"),
            lit(" '"),
            col("_s.sentence"),
            lit("' (" + RULE + " '"),
            col("_s.phrase"),
            lit("'"));
    if (!cfg.needsDoneDeploymentWork()) {
      return said.select(
          col(Cols.INITIATIVE_ID),
          concat(quote, lit(")")).as(Lifecycle.EVIDENCE),
          col(Lifecycle.AT));
    }
    Dataset<Row> work =
        issues
            .filter(Lifecycle.doneAndKept(issues, rules))
            .filter(deploymentWork(col(Cols.SUMMARY), rules))
            .select(
                col(Cols.INITIATIVE_ID).as("_w_id"),
                col(Cols.ISSUE_KEY).as("_w_key"),
                col(Cols.SUMMARY).as("_w_summary"));
    Dataset<Row> parents =
        issues.select(
            col(Cols.INITIATIVE_ID).as("_p_id"),
            col(Cols.ISSUE_KEY).as("_p_key"),
            coalesce(
                    Lifecycle.optional(issues, Cols.PARENT_KEY),
                    Lifecycle.optional(issues, Cols.EPIC_KEY))
                .as("_p_parent"));
    Dataset<Row> placed =
        said.join(
                parents,
                col(Cols.INITIATIVE_ID)
                    .equalTo(col("_p_id"))
                    .and(col("_s_key").equalTo(col("_p_key"))),
                "left")
            .join(
                work,
                col(Cols.INITIATIVE_ID)
                    .equalTo(col("_w_id"))
                    .and(
                        col("_w_key")
                            .equalTo(col("_s_key"))
                            .or(col("_w_key").equalTo(col("_p_parent")))));
    return placed.select(
        col(Cols.INITIATIVE_ID),
        concat(quote, lit("; done "), col("_w_key"), lit(" '"), col("_w_summary"), lit("')"))
            .as(Lifecycle.EVIDENCE),
        col(Lifecycle.AT));
  }
}
