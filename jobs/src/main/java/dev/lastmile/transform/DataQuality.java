package dev.lastmile.transform;

import static dev.lastmile.transform.Canonical.blank;
import static dev.lastmile.transform.Lifecycle.matches;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cols;
import dev.lastmile.model.DataQualityCheck;
import dev.lastmile.model.Outcome;
import dev.lastmile.rules.LifecycleRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code data_quality} table: registry and tracking gaps that a portfolio office would chase
 * before the quarterly review (missing owners, contradictory dates, closed initiatives that are
 * still worked on…). One row per finding; the checks are {@link DataQualityCheck}. Pure.
 */
public final class DataQuality {
  private DataQuality() {}

  private static final String SRC_REGISTRY = "registry_field";
  private static final String SRC_JIRA = "jira_issue";
  private static final String SRC_HISTORY = "status_history";
  private static final String SRC_MODELS = "model_registry";
  private static final String SRC_ASSESSMENT = "assessment";

  /** Findings with the default lifecycle rules (status vocabularies, MLflow stages). */
  public static Dataset<Row> findings(Dataset<Row> registry, Dataset<Row> linkedIssues,
      Dataset<Row> statusHistory, Dataset<Row> models, Dataset<Row> assessment, LocalDate asOf) {
    return findings(registry, linkedIssues, statusHistory, models, assessment, asOf,
        LifecycleRules.loadDefault());
  }

  /**
   * One row per finding: the columns of {@code schemas/outputs/data_quality.ddl} without
   * snapshot_date. Inputs are the job's canonical frames: registry (typed, one row per
   * initiative), linked issues and status history (with initiative_id), linked model versions
   * and initiative_assessment.
   */
  public static Dataset<Row> findings(Dataset<Row> registry, Dataset<Row> linkedIssues,
      Dataset<Row> statusHistory, Dataset<Row> models, Dataset<Row> assessment, LocalDate asOf,
      LifecycleRules rules) {
    Column snapshot = to_date(lit(asOf.toString()));
    Column inProductionStatus = coalesce(
        matches(col(Cols.STATUS), rules.registryStatus("in_production")), lit(false));
    Column cancelledStatus = coalesce(
        matches(col(Cols.STATUS), rules.registryStatus("cancelled")), lit(false));
    Column onHoldStatus = coalesce(
        matches(col(Cols.STATUS), rules.registryStatus("on_hold")), lit(false));
    Column hasModels = coalesce(trim(col(Cols.MODEL_NAMES)).notEqual(""), lit(false));

    Dataset<Row> reg = registry.select(col(Cols.INITIATIVE_ID), col(Cols.STATUS),
        col(Cols.SPONSOR), col(Cols.OWNER), col(Cols.SUCCESS_KPI), col(Cols.KPI_BASELINE),
        col(Cols.KPI_TARGET), col(Cols.START_DATE), col(Cols.TARGET_PRODUCTION_DATE),
        col(Cols.PRODUCTION_DATE), col(Cols.CLOSED_DATE), col(Cols.BUDGET_PLANNED),
        col(Cols.BUDGET_SPENT), col(Cols.CURRENCY), col(Cols.MODEL_NAMES),
        col(Cols.CLOSURE_REASON), col(Cols.JIRA_KEYS));
    List<Dataset<Row>> parts = new ArrayList<>();

    // --- registry fields alone ---
    parts.add(finding(reg.filter(inProductionStatus.and(col(Cols.PRODUCTION_DATE).isNull())),
        DataQualityCheck.PRODUCTION_STATUS_WITHOUT_DATE,
        concat(lit("status '"), col(Cols.STATUS), lit("', production_date empty")),
        SRC_REGISTRY, lit(Cols.STATUS + ", " + Cols.PRODUCTION_DATE), nullDate()));
    parts.add(finding(reg.filter(
            cancelledStatus.or(col(Cols.CLOSED_DATE).isNotNull())
                .and(inProductionStatus.unary_$bang())
                .and(blank(col(Cols.CLOSURE_REASON)))),
        DataQualityCheck.CLOSED_WITHOUT_REASON,
        concat(lit("status '"), coalesce(col(Cols.STATUS), lit("")), lit("', closed_date "),
            coalesce(col(Cols.CLOSED_DATE).cast("string"), lit("empty")),
            lit(", closure_reason empty")),
        SRC_REGISTRY, lit(Cols.CLOSURE_REASON), col(Cols.CLOSED_DATE)));
    Column planned = col(Cols.BUDGET_PLANNED);
    Column spent = col(Cols.BUDGET_SPENT);
    parts.add(finding(reg.filter(planned.gt(0).and(spent.gt(planned))),
        DataQualityCheck.BUDGET_OVERRUN,
        concat(lit("spent "), format_number(spent, 0), currencySuffix(), lit(" of "),
            format_number(planned, 0), lit(" planned ("),
            format_number(spent.divide(planned).multiply(100), 0), lit("%)")),
        SRC_REGISTRY, lit(Cols.BUDGET_PLANNED + ", " + Cols.BUDGET_SPENT), nullDate()));
    parts.add(finding(reg.filter(spent.gt(0).and(planned.isNull().or(planned.equalTo(0)))),
        DataQualityCheck.BUDGET_SPENT_WITHOUT_PLAN,
        concat(lit("spent "), format_number(spent, 0), currencySuffix(), lit(", budget_planned "),
            when(planned.isNull(), lit("empty")).otherwise(lit("0"))),
        SRC_REGISTRY, lit(Cols.BUDGET_PLANNED), nullDate()));
    parts.add(finding(reg.filter(blank(col(Cols.SPONSOR))), DataQualityCheck.MISSING_SPONSOR,
        lit("sponsor empty"), SRC_REGISTRY, lit(Cols.SPONSOR), nullDate()));
    parts.add(finding(reg.filter(blank(col(Cols.OWNER))), DataQualityCheck.MISSING_OWNER,
        lit("owner empty"), SRC_REGISTRY, lit(Cols.OWNER), nullDate()));
    parts.add(finding(reg.filter(blank(col(Cols.SUCCESS_KPI))),
        DataQualityCheck.MISSING_SUCCESS_KPI, lit("success_kpi empty"), SRC_REGISTRY,
        lit(Cols.SUCCESS_KPI), nullDate()));
    parts.add(finding(reg.filter(blank(col(Cols.SUCCESS_KPI)).unary_$bang()
            .and(blank(col(Cols.KPI_BASELINE)).or(blank(col(Cols.KPI_TARGET))))),
        DataQualityCheck.KPI_WITHOUT_BASELINE_OR_TARGET,
        concat(lit("success_kpi '"), col(Cols.SUCCESS_KPI), lit("': "),
            concat_ws(" and ",
                when(blank(col(Cols.KPI_BASELINE)), lit(Cols.KPI_BASELINE)),
                when(blank(col(Cols.KPI_TARGET)), lit(Cols.KPI_TARGET))),
            lit(" empty")),
        SRC_REGISTRY, lit(Cols.KPI_BASELINE + ", " + Cols.KPI_TARGET), nullDate()));
    parts.add(finding(reg.filter(col(Cols.START_DATE).isNull()),
        DataQualityCheck.MISSING_START_DATE, lit("start_date empty"), SRC_REGISTRY,
        lit(Cols.START_DATE), nullDate()));
    Column prodBeforeStart = coalesce(col(Cols.PRODUCTION_DATE).lt(col(Cols.START_DATE)),
        lit(false));
    Column closedBeforeStart = coalesce(col(Cols.CLOSED_DATE).lt(col(Cols.START_DATE)),
        lit(false));
    parts.add(finding(reg.filter(prodBeforeStart.or(closedBeforeStart)),
        DataQualityCheck.DATES_OUT_OF_ORDER,
        concat(lit("start_date "), col(Cols.START_DATE).cast("string"), lit(" is after "),
            concat_ws(" and ",
                when(prodBeforeStart, concat(lit("production_date "),
                    col(Cols.PRODUCTION_DATE).cast("string"))),
                when(closedBeforeStart, concat(lit("closed_date "),
                    col(Cols.CLOSED_DATE).cast("string"))))),
        SRC_REGISTRY, concat_ws(", ", lit(Cols.START_DATE),
            when(prodBeforeStart, lit(Cols.PRODUCTION_DATE)),
            when(closedBeforeStart, lit(Cols.CLOSED_DATE))),
        least(when(prodBeforeStart, col(Cols.PRODUCTION_DATE)),
            when(closedBeforeStart, col(Cols.CLOSED_DATE)))));
    Column prodFuture = coalesce(col(Cols.PRODUCTION_DATE).gt(snapshot), lit(false));
    Column closedFuture = coalesce(col(Cols.CLOSED_DATE).gt(snapshot), lit(false));
    parts.add(finding(reg.filter(prodFuture.or(closedFuture)),
        DataQualityCheck.DATE_AFTER_SNAPSHOT,
        concat(concat_ws(" and ",
                when(prodFuture, concat(lit("production_date "),
                    col(Cols.PRODUCTION_DATE).cast("string"))),
                when(closedFuture, concat(lit("closed_date "),
                    col(Cols.CLOSED_DATE).cast("string")))),
            lit(" after snapshot " + asOf)),
        SRC_REGISTRY, concat_ws(", ", when(prodFuture, lit(Cols.PRODUCTION_DATE)),
            when(closedFuture, lit(Cols.CLOSED_DATE))),
        greatest(when(prodFuture, col(Cols.PRODUCTION_DATE)),
            when(closedFuture, col(Cols.CLOSED_DATE)))));

    // --- registry against the model registry ---
    Dataset<Row> modelsPerInitiative = models.groupBy(col(Cols.INITIATIVE_ID).as("m_id"))
        .agg(count(lit(1)).as("m_versions"),
            sum(when(Lifecycle.modelProduction(rules), 1).otherwise(0)).as("m_production"));
    parts.add(finding(reg.filter(col(Cols.PRODUCTION_DATE).isNotNull().and(hasModels))
            .join(modelsPerInitiative, col(Cols.INITIATIVE_ID).equalTo(col("m_id")), "left")
            .filter(coalesce(col("m_production"), lit(0L)).equalTo(0)),
        DataQualityCheck.PRODUCTION_DATE_WITHOUT_MODEL,
        concat(lit("production_date "), col(Cols.PRODUCTION_DATE).cast("string"),
            lit("; model_names '"), col(Cols.MODEL_NAMES), lit("': "),
            coalesce(col("m_versions"), lit(0L)).cast("string"),
            lit(" version(s) in the export, none in Production")),
        SRC_MODELS, col(Cols.MODEL_NAMES), col(Cols.PRODUCTION_DATE)));
    // Only when a model-registry export was given at all (some version was read).
    Dataset<Row> exportedNames = models.select(col(Cols.MODEL_NAME).as("e_name")).distinct();
    Dataset<Row> anyExport = models.agg(count(lit(1)).as("e_total"));
    Dataset<Row> listed = reg.filter(hasModels)
        .select(col(Cols.INITIATIVE_ID),
            explode(split(col(Cols.MODEL_NAMES), "[;,]")).as("l_name"))
        .select(col(Cols.INITIATIVE_ID), trim(col("l_name")).as("l_name"))
        .filter(col("l_name").notEqual(""));
    parts.add(finding(listed.crossJoin(anyExport).filter(col("e_total").gt(0))
            .join(exportedNames, col("l_name").equalTo(col("e_name")), "left_anti"),
        DataQualityCheck.LISTED_MODEL_NOT_IN_EXPORT,
        concat(lit("model '"), col("l_name"), lit("' has no version in the model-registry export")),
        SRC_MODELS, col("l_name"), nullDate()));

    // --- registry against the verdicts ---
    Dataset<Row> regAssessed = reg.join(assessment.select(col(Cols.INITIATIVE_ID).as("a_id"),
            col(Cols.OUTCOME), col(Cols.REACHED_PRODUCTION), col(Cols.PRODUCTION_EVIDENCE),
            col(Cols.DAYS_SINCE_ACTIVITY), col(Cols.STALL_WINDOW_DAYS),
            col(Cols.LAST_ACTIVITY_DATE)),
        col(Cols.INITIATIVE_ID).equalTo(col("a_id")));
    Column reached = coalesce(col(Cols.REACHED_PRODUCTION), lit(false));
    parts.add(finding(regAssessed.filter(reached.and(inProductionStatus.unary_$bang())
            .and(col(Cols.PRODUCTION_DATE).isNull())),
        DataQualityCheck.PRODUCTION_EVIDENCE_NOT_IN_REGISTRY,
        concat(lit("status '"), coalesce(col(Cols.STATUS), lit("")),
            lit("', production_date empty; production shown by "),
            coalesce(col(Cols.PRODUCTION_EVIDENCE), lit("?"))),
        SRC_ASSESSMENT, lit(Cols.STATUS + ", " + Cols.PRODUCTION_DATE), nullDate()));
    parts.add(finding(regAssessed.filter(col(Cols.TARGET_PRODUCTION_DATE).lt(snapshot)
            .and(reached.unary_$bang())
            .and(col(Cols.OUTCOME).isin(Outcome.ACTIVE.code(), Outcome.STALLED.code()))),
        DataQualityCheck.TARGET_DATE_PASSED,
        concat(lit("target_production_date "), col(Cols.TARGET_PRODUCTION_DATE).cast("string"),
            lit(" passed "), datediff(snapshot, col(Cols.TARGET_PRODUCTION_DATE)).cast("string"),
            lit(" days before the snapshot; outcome "), col(Cols.OUTCOME)),
        SRC_REGISTRY, lit(Cols.TARGET_PRODUCTION_DATE), col(Cols.TARGET_PRODUCTION_DATE)));
    parts.add(finding(regAssessed.filter(col(Cols.OUTCOME).equalTo(Outcome.STALLED.code())
            .and(inProductionStatus.or(cancelledStatus).or(onHoldStatus).unary_$bang())),
        DataQualityCheck.REGISTRY_ACTIVE_BUT_STALLED,
        concat(lit("status '"), coalesce(col(Cols.STATUS), lit("")),
            lit("' but last activity "),
            coalesce(col(Cols.LAST_ACTIVITY_DATE).cast("string"), lit("unknown")),
            when(col(Cols.DAYS_SINCE_ACTIVITY).isNotNull(), concat(lit(" ("),
                col(Cols.DAYS_SINCE_ACTIVITY).cast("string"), lit(" days; window "),
                coalesce(col(Cols.STALL_WINDOW_DAYS).cast("string"), lit("?")), lit(")")))
                .otherwise(lit(""))),
        SRC_REGISTRY, lit(Cols.STATUS), col(Cols.LAST_ACTIVITY_DATE)));

    // --- registry against Jira ---
    Dataset<Row> issueCounts = linkedIssues.groupBy(col(Cols.INITIATIVE_ID).as("i_id"))
        .agg(count(lit(1)).as("i_n"));
    parts.add(finding(reg.join(issueCounts, col(Cols.INITIATIVE_ID).equalTo(col("i_id")),
            "left_anti"),
        DataQualityCheck.NO_LINKED_ISSUES,
        when(blank(col(Cols.JIRA_KEYS)), lit("jira_keys empty and no issue labelled or linked"))
            .otherwise(concat(lit("jira_keys '"), col(Cols.JIRA_KEYS),
                lit("' match no exported issue"))),
        SRC_REGISTRY, lit(Cols.JIRA_KEYS), nullDate()));
    // Bot accounts are left out after the join to closed initiatives, inside the aggregate (a
    // filter would be pushed back down to every history row): the bot regex costs ~4.5 us a row.
    String bots = rules.botAuthors();
    Column human = coalesce(col("e_author").rlike(bots), lit(false)).unary_$bang();
    Column noAuthor = lit(null).cast("string").as("e_author");
    List<Column> historyCols = new ArrayList<>(List.of(col(Cols.INITIATIVE_ID),
        col(Cols.ISSUE_KEY), to_date(col(Cols.CHANGED_AT)).as("e_date"),
        concat(lit("status "), coalesce(col(Cols.FROM_STATUS), lit("?")), lit(" -> "),
            coalesce(col(Cols.TO_STATUS), lit("?"))).as("e_what"),
        lit(SRC_HISTORY).as("e_source"),
        hasColumn(statusHistory, Cols.AUTHOR) ? col(Cols.AUTHOR).as("e_author") : noAuthor));
    Dataset<Row> historyEvents = statusHistory.select(historyCols.toArray(new Column[0]));
    Dataset<Row> created = linkedIssues.select(col(Cols.INITIATIVE_ID), col(Cols.ISSUE_KEY),
        to_date(col(Cols.CREATED)).as("e_date"), lit("created").as("e_what"),
        lit(SRC_JIRA).as("e_source"), noAuthor);
    Dataset<Row> resolved = linkedIssues.filter(col(Cols.RESOLVED).isNotNull())
        .select(col(Cols.INITIATIVE_ID), col(Cols.ISSUE_KEY),
            to_date(col(Cols.RESOLVED)).as("e_date"), lit("resolved").as("e_what"),
            lit(SRC_JIRA).as("e_source"), noAuthor);
    Dataset<Row> events = historyEvents.unionByName(created).unionByName(resolved)
        .withColumnRenamed(Cols.INITIATIVE_ID, "e_id");
    Dataset<Row> late = reg.filter(col(Cols.CLOSED_DATE).isNotNull())
        .join(events, col(Cols.INITIATIVE_ID).equalTo(col("e_id"))
            .and(col("e_date").gt(col(Cols.CLOSED_DATE))))
        .groupBy(col(Cols.INITIATIVE_ID), col(Cols.CLOSED_DATE))
        .agg(count(when(human, lit(1))).as("late_n"),
            max_by(struct(col("e_date"), col(Cols.ISSUE_KEY), col("e_what"), col("e_source")),
                when(human, struct(col("e_date"), col(Cols.ISSUE_KEY), col("e_what"))))
                .as("latest"))
        .filter(col("late_n").gt(0));
    parts.add(finding(late, DataQualityCheck.ACTIVITY_AFTER_CLOSED,
        concat(col("late_n").cast("string"), lit(" Jira event(s) after closed_date "),
            col(Cols.CLOSED_DATE).cast("string"), lit("; latest "),
            col("latest.e_date").cast("string"), lit(" "), col("latest." + Cols.ISSUE_KEY),
            lit(" "), col("latest.e_what")),
        col("latest.e_source"), col("latest." + Cols.ISSUE_KEY), col("latest.e_date")));

    Dataset<Row> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.unionByName(parts.get(i));
    }
    Dataset<Row> who = registry.select(col(Cols.INITIATIVE_ID).as("w_id"), col(Cols.NAME),
        col(Cols.BUSINESS_UNIT), col(Cols.OWNER));
    return all.join(who, col(Cols.INITIATIVE_ID).equalTo(col("w_id")), "left")
        .select(col(Cols.INITIATIVE_ID), col(Cols.NAME), col(Cols.BUSINESS_UNIT), col(Cols.OWNER),
            col(Cols.CHECK_ID), col(Cols.SEVERITY), col(Cols.FINDING), col(Cols.DETAIL),
            col(Cols.SOURCE), col(Cols.SOURCE_REF), col(Cols.EVIDENCE_DATE));
  }

  private static Dataset<Row> finding(Dataset<Row> rows, DataQualityCheck check, Column detail,
      String source, Column sourceRef, Column evidenceDate) {
    return finding(rows, check, detail, lit(source), sourceRef, evidenceDate);
  }

  /** The common finding columns for the rows of {@code rows}. */
  private static Dataset<Row> finding(Dataset<Row> rows, DataQualityCheck check, Column detail,
      Column source, Column sourceRef, Column evidenceDate) {
    return rows.select(col(Cols.INITIATIVE_ID), lit(check.code()).as(Cols.CHECK_ID),
        lit(check.severity().name()).as(Cols.SEVERITY), lit(check.finding()).as(Cols.FINDING),
        detail.as(Cols.DETAIL), source.cast("string").as(Cols.SOURCE),
        sourceRef.cast("string").as(Cols.SOURCE_REF),
        evidenceDate.cast("date").as(Cols.EVIDENCE_DATE));
  }

  private static Column currencySuffix() {
    return when(blank(col(Cols.CURRENCY)), lit("")).otherwise(concat(lit(" "),
        col(Cols.CURRENCY)));
  }

  private static Column nullDate() {
    return lit(null).cast("date");
  }

  private static boolean hasColumn(Dataset<Row> df, String name) {
    return List.of(df.columns()).contains(name);
  }
}
