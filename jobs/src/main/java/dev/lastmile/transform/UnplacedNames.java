package dev.lastmile.transform;

import static dev.lastmile.transform.CaseMapping.lower;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;

import dev.lastmile.model.Cols;
import dev.lastmile.rules.LifecycleRules;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Statuses, issue types and registry stages that place no stage: no config mapping, no exact
 * vocabulary, no stage word, and not listed in {@code stage_vocabulary.no_stage}. One row per name
 * (compared trimmed and case-insensitively) with how many issues or initiatives carry it and an
 * example, for the UNPLACED_* data-quality checks. The stage of each distinct name is computed
 * once, not per row. Pure.
 */
public final class UnplacedNames {
  private UnplacedNames() {}

  public static final String NAME = "u_name";
  public static final String COUNT = "u_count";
  public static final String UNIT = "u_unit";
  public static final String EXAMPLE = "u_example";

  /** Current statuses and statuses from the history, counted in issues. */
  public static Dataset<Row> statuses(
      Dataset<Row> issues, Dataset<Row> history, LifecycleRules rules) {
    Dataset<Row> named =
        issues
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.ISSUE_KEY),
                Lifecycle.optional(issues, Cols.ISSUE_STATUS).as("_name"))
            .unionByName(
                history.select(
                    col(Cols.INITIATIVE_ID),
                    col(Cols.ISSUE_KEY),
                    Lifecycle.optional(history, Cols.TO_STATUS).as("_name")));
    return unplaced(
        named,
        col(Cols.ISSUE_KEY),
        "issue(s)",
        reviewedStatuses(rules),
        n -> Lifecycle.statusStage(n, rules));
  }

  /**
   * Statuses known to name no stage: the {@code no_stage} list and the not-started statuses (a
   * queue such as "Selected for Development" names no stage by design, see {@link
   * Lifecycle#statusStage}).
   */
  private static List<String> reviewedStatuses(LifecycleRules rules) {
    List<String> out = new ArrayList<>(rules.stageVocabulary().noStage().statuses());
    out.addAll(rules.stageVocabulary().notStarted().statuses());
    return out;
  }

  /** Issue types, counted in issues. */
  public static Dataset<Row> issueTypes(Dataset<Row> issues, LifecycleRules rules) {
    Dataset<Row> named =
        issues.select(
            col(Cols.INITIATIVE_ID),
            col(Cols.ISSUE_KEY),
            Lifecycle.optional(issues, Cols.ISSUE_TYPE).as("_name"));
    return unplaced(
        named,
        col(Cols.ISSUE_KEY),
        "issue(s)",
        rules.stageVocabulary().noStage().issueTypes(),
        n -> Lifecycle.issueTypeStage(n, rules));
  }

  /** Registry stages (after the registry value mapping), counted in initiatives. */
  public static Dataset<Row> registryStages(Dataset<Row> registry, LifecycleRules rules) {
    Dataset<Row> named =
        registry.select(
            col(Cols.INITIATIVE_ID), Lifecycle.optional(registry, Cols.REGISTRY_STAGE).as("_name"));
    return unplaced(
        named,
        col(Cols.INITIATIVE_ID),
        "initiative(s)",
        rules.stageVocabulary().noStage().registryStages(),
        n -> Lifecycle.registryStageRank(n, rules));
  }

  private static Dataset<Row> unplaced(
      Dataset<Row> named,
      Column unit,
      String unitName,
      List<String> noStage,
      java.util.function.Function<Column, Column> stage) {
    Column key = lower(trim(col("_name")));
    return named
        .filter(
            coalesce(trim(col("_name")).notEqual(""), lit(false))
                .and(Lifecycle.in(col("_name"), noStage).unary_$bang()))
        .groupBy(key.as("_key"))
        .agg(
            min(trim(col("_name"))).as(NAME),
            countDistinct(unit).as(COUNT),
            min(struct(unit.as("u"), col(Cols.INITIATIVE_ID).as("i"))).as("_ex"))
        .filter(stage.apply(col(NAME)).isNull())
        .select(
            col("_ex.i").as(Cols.INITIATIVE_ID),
            col(NAME),
            col(COUNT),
            lit(unitName).as(UNIT),
            col("_ex.u").as(EXAMPLE));
  }
}
