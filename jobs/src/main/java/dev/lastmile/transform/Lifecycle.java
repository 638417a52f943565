package dev.lastmile.transform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cols;
import dev.lastmile.model.Outcome;
import dev.lastmile.model.Stage;
import dev.lastmile.rules.LifecycleRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Lifecycle verdicts: stage evidence from every source, production evidence, last qualifying
 * activity, stall windows, and the outcome with the id of the rule that decided it. Pure.
 *
 * <p>Outcome rules, first that applies: {@code outcome.production} (any production evidence) →
 * IN_PRODUCTION; {@code outcome.closed} (closed_date set or a cancelled/closed status) →
 * CANCELLED; {@code outcome.on_hold} → STALLED; {@code outcome.recent_activity} (last qualifying
 * activity within the stall window) → ACTIVE; {@code outcome.idle} → STALLED.
 */
public final class Lifecycle {
  private Lifecycle() {}

  public static final String STAGE_RANK = "stage_rank";
  public static final String AT = "at";
  public static final String EVIDENCE = "evidence";

  /** Case-insensitive whole-value match of a config regex. */
  static Column matches(Column value, String regex) {
    return lower(trim(value)).rlike("^(?i)(?:" + regex + ")$");
  }

  /** The highest stage whose vocabulary (picked by the selector) matches the value, as a rank. */
  static Column stageRank(Column value, LifecycleRules rules,
      java.util.function.Function<LifecycleRules.StageRule, String> vocabulary) {
    Column out = lit(null).cast("int");
    for (LifecycleRules.StageRule r : rules.stages()) { // ascending: the last match wins
      String re = vocabulary.apply(r);
      if (re != null) {
        out = when(matches(value, re), lit(r.stage().rank())).otherwise(out);
      }
    }
    return out;
  }

  /**
   * Stage evidence rows: initiative_id, stage_rank, source, source_ref, at (timestamp or null).
   */
  public static Dataset<Row> stageEvidence(Dataset<Row> registry, Dataset<Row> issues,
      Dataset<Row> history, Dataset<Row> models, LifecycleRules rules) {
    Dataset<Row> reg = registry.select(col(Cols.INITIATIVE_ID),
        stageRank(col(Cols.REGISTRY_STAGE), rules, LifecycleRules.StageRule::registry).as(STAGE_RANK),
        lit("registry_field").as(Cols.SOURCE),
        concat(lit("registry_stage="), col(Cols.REGISTRY_STAGE)).as(Cols.SOURCE_REF),
        lit(null).cast("timestamp").as(AT));
    Dataset<Row> prodDate = registry.filter(col(Cols.PRODUCTION_DATE).isNotNull())
        .select(col(Cols.INITIATIVE_ID), lit(Stage.OPERATION.rank()).as(STAGE_RANK),
            lit("registry_field").as(Cols.SOURCE),
            concat(lit("production_date="), col(Cols.PRODUCTION_DATE).cast("string")).as(Cols.SOURCE_REF),
            col(Cols.PRODUCTION_DATE).cast("timestamp").as(AT));
    Dataset<Row> current = issues.select(col(Cols.INITIATIVE_ID),
        stageRank(col(Cols.ISSUE_STATUS), rules, LifecycleRules.StageRule::jiraStatus).as(STAGE_RANK),
        lit("jira_status").as(Cols.SOURCE),
        concat(col(Cols.ISSUE_KEY), lit(" status="), col(Cols.ISSUE_STATUS)).as(Cols.SOURCE_REF),
        coalesce(col(Cols.UPDATED), col(Cols.CREATED)).as(AT));
    Dataset<Row> past = history.select(col(Cols.INITIATIVE_ID),
        stageRank(col(Cols.TO_STATUS), rules, LifecycleRules.StageRule::jiraStatus).as(STAGE_RANK),
        lit("status_history").as(Cols.SOURCE),
        concat(col(Cols.ISSUE_KEY), lit(" -> "), col(Cols.TO_STATUS)).as(Cols.SOURCE_REF),
        col(Cols.CHANGED_AT).as(AT));
    Column isEpic = lower(col(Cols.ISSUE_TYPE)).isin("epic", "épopée", "epos");
    Dataset<Row> epics = issues.filter(isEpic).select(col(Cols.INITIATIVE_ID),
        stageRank(epicPrefix(col(Cols.SUMMARY)), rules, LifecycleRules.StageRule::epicName)
            .as(STAGE_RANK),
        lit("jira_epic_name").as(Cols.SOURCE),
        concat(col(Cols.ISSUE_KEY), lit(" "), col(Cols.SUMMARY)).as(Cols.SOURCE_REF),
        col(Cols.CREATED).as(AT));
    String prefix = rules.labelStagePrefix().toLowerCase();
    Dataset<Row> labels = issues
        .select(col(Cols.INITIATIVE_ID), col(Cols.ISSUE_KEY), col(Cols.CREATED),
            org.apache.spark.sql.functions.explode(col(Cols.LABELS)).as("label"))
        .filter(lower(col("label")).startsWith(prefix))
        .select(col(Cols.INITIATIVE_ID),
            stageRank(org.apache.spark.sql.functions.substring(col("label"), prefix.length() + 1, 200),
                rules, LifecycleRules.StageRule::epicName).as(STAGE_RANK),
            lit("jira_label").as(Cols.SOURCE),
            concat(col(Cols.ISSUE_KEY), lit(" label="), col("label")).as(Cols.SOURCE_REF),
            col(Cols.CREATED).as(AT));
    Dataset<Row> mlflow = models.select(col(Cols.INITIATIVE_ID),
        when(modelProduction(rules), lit(Stage.OPERATION.rank()))
            .when(modelDeployment(rules), lit(Stage.DEPLOYMENT.rank())).as(STAGE_RANK),
        lit("model_registry").as(Cols.SOURCE),
        concat(col(Cols.MODEL_NAME), lit(" v"), col(Cols.MODEL_VERSION), lit(" "),
            col(Cols.MODEL_STAGE)).as(Cols.SOURCE_REF),
        coalesce(col(Cols.MODEL_UPDATED), col(Cols.MODEL_CREATED)).as(AT));
    return reg.unionByName(prodDate).unionByName(current).unionByName(past).unionByName(epics)
        .unionByName(labels).unionByName(mlflow).filter(col(STAGE_RANK).isNotNull());
  }

  /** "POC - Churn model" → "poc"; "Build: churn" → "build"; otherwise the whole name. */
  static Column epicPrefix(Column summary) {
    return org.apache.spark.sql.functions.regexp_replace(lower(trim(summary)),
        "^\\s*\\[?([^\\]\\-–:|]+?)\\]?\\s*[-–:|].*$", "$1");
  }

  static Column modelProduction(LifecycleRules rules) {
    Column c = col(Cols.MODEL_STAGE).isin(rules.mlflowList("production_stages").toArray());
    for (String a : rules.mlflowList("production_aliases")) {
      c = c.or(exists(col(Cols.ALIASES), x -> lower(x).equalTo(a.toLowerCase())));
    }
    return c;
  }

  static Column modelDeployment(LifecycleRules rules) {
    Column c = col(Cols.MODEL_STAGE).isin(rules.mlflowList("deployment_stages").toArray());
    for (String a : rules.mlflowList("deployment_aliases")) {
      c = c.or(exists(col(Cols.ALIASES), x -> lower(x).equalTo(a.toLowerCase())));
    }
    return c;
  }

  /** Production evidence rows: initiative_id, evidence (what), at. */
  public static Dataset<Row> productionEvidence(Dataset<Row> registry, Dataset<Row> issues,
      Dataset<Row> history, Dataset<Row> models, LifecycleRules rules) {
    String prodStatus = rules.jiraProductionStatuses();
    Dataset<Row> regDate = registry.filter(col(Cols.PRODUCTION_DATE).isNotNull())
        .select(col(Cols.INITIATIVE_ID),
            concat(lit("registry production_date "), col(Cols.PRODUCTION_DATE).cast("string")).as(EVIDENCE),
            col(Cols.PRODUCTION_DATE).cast("timestamp").as(AT));
    Dataset<Row> out = regDate;
    if (rules.registryStatusIsProduction()) {
      out = out.unionByName(registry
          .filter(matches(col(Cols.STATUS), rules.registryStatus("in_production")))
          .select(col(Cols.INITIATIVE_ID),
              concat(lit("registry status '"), col(Cols.STATUS), lit("'")).as(EVIDENCE),
              lit(null).cast("timestamp").as(AT)));
    }
    out = out.unionByName(issues.filter(matches(col(Cols.ISSUE_STATUS), prodStatus))
        .select(col(Cols.INITIATIVE_ID),
            concat(lit("jira "), col(Cols.ISSUE_KEY), lit(" status '"), col(Cols.ISSUE_STATUS),
                lit("'")).as(EVIDENCE),
            coalesce(col(Cols.RESOLVED), col(Cols.UPDATED)).as(AT)));
    out = out.unionByName(history.filter(matches(col(Cols.TO_STATUS), prodStatus))
        .select(col(Cols.INITIATIVE_ID),
            concat(lit("jira "), col(Cols.ISSUE_KEY), lit(" was '"), col(Cols.TO_STATUS),
                lit("'")).as(EVIDENCE),
            col(Cols.CHANGED_AT).as(AT)));
    out = out.unionByName(models.filter(modelProduction(rules))
        .select(col(Cols.INITIATIVE_ID),
            concat(lit("mlflow "), col(Cols.MODEL_NAME), lit(" v"), col(Cols.MODEL_VERSION), lit(" "),
                col(Cols.MODEL_STAGE),
                when(org.apache.spark.sql.functions.size(col(Cols.ALIASES)).gt(0),
                    concat(lit(" @"), org.apache.spark.sql.functions.array_join(col(Cols.ALIASES), ",@")))
                    .otherwise(lit(""))).as(EVIDENCE),
            coalesce(col(Cols.MODEL_UPDATED), col(Cols.MODEL_CREATED)).as(AT)));
    return out;
  }

  /**
   * Qualifying activity timestamps per initiative: issue created and resolved, comments and
   * status changes by people (bot accounts excluded), {@code updated} only for issues exported
   * without a changelog (a CSV carries no history), and model-registry changes.
   */
  public static Dataset<Row> activity(Dataset<Row> issues, Dataset<Row> texts,
      Dataset<Row> history, Dataset<Row> models, LifecycleRules rules) {
    String bots = rules.botAuthors();
    Column human = col(Cols.AUTHOR).isNull().or(org.apache.spark.sql.functions.not(
        col(Cols.AUTHOR).rlike(bots)));
    Dataset<Row> created = issues.select(col(Cols.INITIATIVE_ID), col(Cols.CREATED).as(AT));
    Dataset<Row> resolved = issues.select(col(Cols.INITIATIVE_ID), col(Cols.RESOLVED).as(AT));
    // Comments and status changes: the latest per initiative and author first, then the bot test
    // on those few rows. The bot regex costs ~4.5 us a row; per comment it was most of the
    // assessment's task CPU at 1M issues. Inside the aggregate, Catalyst cannot push it back down
    // to the rows (a filter on the author would be).
    Dataset<Row> authored = texts.filter(col(Cols.SOURCE).equalTo("jira_comment"))
        .select(col(Cols.INITIATIVE_ID), col(Cols.AUTHOR), col(Cols.TEXT_AT).as(AT))
        .unionByName(history.select(col(Cols.INITIATIVE_ID), col(Cols.AUTHOR),
            col(Cols.CHANGED_AT).as(AT)))
        .groupBy(Cols.INITIATIVE_ID, Cols.AUTHOR).agg(max(AT).as(AT))
        .groupBy(Cols.INITIATIVE_ID).agg(max(when(human, col(AT))).as(AT));
    Dataset<Row> out = created.unionByName(resolved).unionByName(authored);
    if (rules.useUpdatedWithoutHistory()) {
      out = out.unionByName(issues.filter(org.apache.spark.sql.functions.not(col("has_history")))
          .select(col(Cols.INITIATIVE_ID), col(Cols.UPDATED).as(AT)));
    }
    if (rules.modelRegistryActivity()) {
      out = out.unionByName(models.select(col(Cols.INITIATIVE_ID),
          greatest(col(Cols.MODEL_CREATED), col(Cols.MODEL_UPDATED)).as(AT)));
    }
    return out.filter(col(AT).isNotNull()).groupBy(Cols.INITIATIVE_ID)
        .agg(to_date(max(AT)).as(Cols.LAST_ACTIVITY_DATE));
  }

  /**
   * Stall window per stage rank: the configured days, or in {@code derived} mode the configured
   * percentile of time spent in the stage among initiatives that moved past it (at least the
   * configured minimum; the default where no initiative moved past). Columns: stage_rank,
   * stall_window_days.
   */
  public static Dataset<Row> stallWindows(Dataset<Row> stageEvidence, LifecycleRules rules) {
    Map<Stage, Integer> fixed = rules.stallDaysPerStage();
    List<Row> rows = new ArrayList<>();
    for (Stage s : Stage.values()) {
      rows.add(org.apache.spark.sql.RowFactory.create(s.rank(), fixed.get(s)));
    }
    Dataset<Row> fixedDF = stageEvidence.sparkSession().createDataFrame(rows,
        new org.apache.spark.sql.types.StructType()
            .add(STAGE_RANK, "int").add("fixed_days", "int"));
    if (!"derived".equalsIgnoreCase(rules.stallMode())) {
      return fixedDF.withColumnRenamed("fixed_days", Cols.STALL_WINDOW_DAYS);
    }
    // Entry time per initiative and stage; time in stage = next entered stage - this one.
    Dataset<Row> entered = stageEvidence.filter(col(AT).isNotNull())
        .groupBy(Cols.INITIATIVE_ID, STAGE_RANK).agg(min(AT).as("entered"));
    Dataset<Row> next = entered.as("a").join(entered.as("b"),
            col("a." + Cols.INITIATIVE_ID).equalTo(col("b." + Cols.INITIATIVE_ID))
                .and(col("b." + STAGE_RANK).gt(col("a." + STAGE_RANK))))
        .groupBy(col("a." + Cols.INITIATIVE_ID), col("a." + STAGE_RANK))
        .agg(min(col("b.entered")).as("left_at"), min(col("a.entered")).as("entered"));
    Dataset<Row> derived = next
        .withColumn("days", datediff(col("left_at"), col("entered")))
        .filter(col("days").geq(0))
        .groupBy(col("a." + STAGE_RANK).as(STAGE_RANK))
        .agg(percentile_approx(col("days"), lit(rules.stallDerivedPercentile()), lit(10000))
            .as("p_days"), count(lit(1)).as("moved_past"));
    return fixedDF.join(derived, STAGE_RANK, "left")
        .select(col(STAGE_RANK), when(col("p_days").isNull(), col("fixed_days"))
            .otherwise(greatest(col("p_days"), lit(rules.stallDerivedMinDays())))
            .cast("int").as(Cols.STALL_WINDOW_DAYS));
  }

  /**
   * One row per registry initiative with outcome, stages, production and activity fields.
   * Columns: the registry columns plus reached_production, production_evidence,
   * production_date (effective), furthest_stage, furthest_stage_source, stall_stage,
   * last_activity_date, days_since_activity, stall_window_days, outcome, outcome_rule_id,
   * linked_issue_count.
   */
  public static Dataset<Row> outcomes(Dataset<Row> registry, Dataset<Row> issues,
      Dataset<Row> stageEvidence, Dataset<Row> production, Dataset<Row> activity,
      Dataset<Row> windows, LifecycleRules rules, LocalDate asOf) {
    Dataset<Row> furthest = stageEvidence.groupBy(Cols.INITIATIVE_ID).agg(
        max(struct(col(STAGE_RANK), col(Cols.SOURCE), col(Cols.SOURCE_REF))).as("f"));
    Dataset<Row> prod = production.groupBy(Cols.INITIATIVE_ID).agg(
        min(col(AT)).as("first_production_at"),
        org.apache.spark.sql.functions.array_join(
            org.apache.spark.sql.functions.array_sort(
                org.apache.spark.sql.functions.collect_set(col(EVIDENCE))), "; ")
            .as(Cols.PRODUCTION_EVIDENCE));
    Dataset<Row> issueCounts = issues.groupBy(Cols.INITIATIVE_ID)
        .agg(count(lit(1)).cast("int").as(Cols.LINKED_ISSUE_COUNT));
    Column asOfDate = lit(java.sql.Date.valueOf(asOf));
    Dataset<Row> j = registry
        .join(furthest, Cols.INITIATIVE_ID, "left")
        .join(prod, Cols.INITIATIVE_ID, "left")
        .join(activity, Cols.INITIATIVE_ID, "left")
        .join(issueCounts, Cols.INITIATIVE_ID, "left");
    Column reached = col(Cols.PRODUCTION_EVIDENCE).isNotNull();
    Column furthestRank = when(reached, lit(Stage.OPERATION.rank()))
        .otherwise(coalesce(col("f." + STAGE_RANK), lit(Stage.DISCOVERY.rank())));
    Column lastActivity = coalesce(col(Cols.LAST_ACTIVITY_DATE), col(Cols.START_DATE));
    j = j.withColumn(Cols.REACHED_PRODUCTION, reached)
        .withColumn("_furthest_rank", furthestRank)
        .withColumn(Cols.FURTHEST_STAGE_SOURCE,
            when(reached.and(coalesce(col("f." + STAGE_RANK), lit(0)).lt(Stage.OPERATION.rank())),
                col(Cols.PRODUCTION_EVIDENCE))
                .when(col("f." + STAGE_RANK).isNotNull(),
                    concat(col("f." + Cols.SOURCE), lit(": "), col("f." + Cols.SOURCE_REF)))
                .otherwise(lit("no stage evidence (DISCOVERY assumed)")))
        .withColumn(Cols.LAST_ACTIVITY_DATE, lastActivity)
        .withColumn(Cols.DAYS_SINCE_ACTIVITY, datediff(asOfDate, lastActivity))
        .withColumn(Cols.PRODUCTION_DATE,
            when(reached, coalesce(col(Cols.PRODUCTION_DATE), to_date(col("first_production_at")))))
        .drop("f", "first_production_at");
    // The stall window of the stage the initiative is in (capped below OPERATION).
    Column stallRank = least(col("_furthest_rank"), lit(Stage.DEPLOYMENT.rank()));
    j = j.join(windows.withColumnRenamed(STAGE_RANK, "_w_rank"),
        stallRank.equalTo(col("_w_rank")), "left").drop("_w_rank");
    Column closed = col(Cols.CLOSED_DATE).isNotNull()
        .or(coalesce(matches(col(Cols.STATUS), rules.registryStatus("cancelled")), lit(false)));
    Column onHold = coalesce(matches(col(Cols.STATUS), rules.registryStatus("on_hold")), lit(false));
    Column recent = coalesce(col(Cols.DAYS_SINCE_ACTIVITY).leq(col(Cols.STALL_WINDOW_DAYS)),
        lit(false));
    Column outcome = when(reached, lit(Outcome.IN_PRODUCTION.code()))
        .when(closed, lit(Outcome.CANCELLED.code()))
        .when(onHold, lit(Outcome.STALLED.code()))
        .when(recent, lit(Outcome.ACTIVE.code()))
        .otherwise(lit(Outcome.STALLED.code()));
    Column ruleId = when(reached, lit("outcome.production"))
        .when(closed, lit("outcome.closed"))
        .when(onHold, lit("outcome.on_hold"))
        .when(recent, lit("outcome.recent_activity"))
        .otherwise(lit("outcome.idle"));
    Column failed = col(Cols.OUTCOME).isin(Outcome.STALLED.code(), Outcome.CANCELLED.code());
    return j.withColumn(Cols.OUTCOME, outcome)
        .withColumn(Cols.OUTCOME_RULE_ID, ruleId)
        .withColumn(Cols.FURTHEST_STAGE, stageCode(col("_furthest_rank")))
        .withColumn(Cols.STALL_STAGE, when(failed, stageCode(stallRank)))
        .withColumn(Cols.LINKED_ISSUE_COUNT, coalesce(col(Cols.LINKED_ISSUE_COUNT), lit(0)))
        .drop("_furthest_rank");
  }

  /** Rank → stage code, as a Spark expression. */
  static Column stageCode(Column rank) {
    Column out = lit(null).cast("string");
    for (Stage s : Stage.values()) {
      out = when(rank.equalTo(s.rank()), lit(s.code())).otherwise(out);
    }
    return out;
  }
}
