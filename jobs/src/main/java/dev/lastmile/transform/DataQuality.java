package dev.lastmile.transform;

import static dev.lastmile.transform.Canonical.blank;
import static org.apache.spark.sql.functions.array;
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
import dev.lastmile.rules.RegistryStatusWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
  public static Dataset<Row> findings(
      Dataset<Row> registry,
      Dataset<Row> linkedIssues,
      Dataset<Row> statusHistory,
      Dataset<Row> models,
      Dataset<Row> assessment,
      LocalDate asOf) {
    return findings(
        registry,
        linkedIssues,
        statusHistory,
        models,
        assessment,
        asOf,
        LifecycleRules.loadDefault());
  }

  /**
   * The frames the checks read, built once per run. {@code reg}: the registry columns the checks
   * use; the rest are the job's frames.
   */
  private record Frames(
      Dataset<Row> reg,
      Dataset<Row> registry,
      Dataset<Row> issues,
      Dataset<Row> history,
      Dataset<Row> models,
      LocalDate asOf,
      LifecycleRules rules) {}

  /**
   * One check: the rows it flags (each with initiative_id) and the expressions of the finding's
   * detail, source, source_ref and evidence_date over those rows. A check of one registry row (with
   * its verdict, model-version and issue counts) is a {@code condition} over the {@link
   * #perInitiative} frame, and {@code rows} is null: all of them are read in one pass. The others
   * build their own {@code rows}, and {@code condition} is null.
   */
  private record Check(
      DataQualityCheck check,
      Function<Frames, Dataset<Row>> rows,
      Column condition,
      Column detail,
      Column source,
      Column sourceRef,
      Column evidenceDate) {
    /** A check of one row of the per-initiative frame. */
    Check(
        DataQualityCheck check,
        Column condition,
        Column detail,
        Column source,
        Column sourceRef,
        Column evidenceDate) {
      this(check, null, condition, detail, source, sourceRef, evidenceDate);
    }

    /** A check that builds its own rows. */
    Check(
        DataQualityCheck check,
        Function<Frames, Dataset<Row>> rows,
        Column detail,
        Column source,
        Column sourceRef,
        Column evidenceDate) {
      this(check, rows, null, detail, source, sourceRef, evidenceDate);
    }

    /** The finding's columns (without the initiative's name, business unit and owner). */
    Column[] columns() {
      return new Column[] {
        col(Cols.INITIATIVE_ID),
        lit(check.code()).as(Cols.CHECK_ID),
        lit(check.severity().name()).as(Cols.SEVERITY),
        lit(check.finding()).as(Cols.FINDING),
        detail.as(Cols.DETAIL),
        source.cast("string").as(Cols.SOURCE),
        sourceRef.cast("string").as(Cols.SOURCE_REF),
        evidenceDate.cast("date").as(Cols.EVIDENCE_DATE)
      };
    }
  }

  /** The names of {@link Check#columns}, in order. */
  private static final List<String> FINDING_COLUMNS =
      List.of(
          Cols.INITIATIVE_ID,
          Cols.CHECK_ID,
          Cols.SEVERITY,
          Cols.FINDING,
          Cols.DETAIL,
          Cols.SOURCE,
          Cols.SOURCE_REF,
          Cols.EVIDENCE_DATE);

  /** Per-initiative frame columns: the verdict's id, model-version and linked-issue counts. */
  private static final String A_ID = "a_id";

  private static final String M_VERSIONS = "m_versions";
  private static final String M_PRODUCTION = "m_production";
  private static final String I_ID = "i_id";

  /**
   * One row per finding: the columns of {@code schemas/outputs/data_quality.ddl} without
   * snapshot_date. Inputs are the job's canonical frames: registry (typed, one row per initiative),
   * linked issues and status history (with initiative_id), linked model versions and
   * initiative_assessment. The checks are {@link #checks}, each run when enabled in the rules
   * ({@code data_quality.checks}).
   */
  public static Dataset<Row> findings(
      Dataset<Row> registry,
      Dataset<Row> linkedIssues,
      Dataset<Row> statusHistory,
      Dataset<Row> models,
      Dataset<Row> assessment,
      LocalDate asOf,
      LifecycleRules rules) {
    Dataset<Row> reg =
        registry.select(
            col(Cols.INITIATIVE_ID),
            col(Cols.STATUS),
            col(Cols.SPONSOR),
            col(Cols.OWNER),
            col(Cols.SUCCESS_KPI),
            col(Cols.KPI_BASELINE),
            col(Cols.KPI_TARGET),
            col(Cols.START_DATE),
            col(Cols.TARGET_PRODUCTION_DATE),
            col(Cols.PRODUCTION_DATE),
            col(Cols.CLOSED_DATE),
            col(Cols.BUDGET_PLANNED),
            col(Cols.BUDGET_SPENT),
            col(Cols.CURRENCY),
            col(Cols.MODEL_NAMES),
            col(Cols.CLOSURE_REASON),
            col(Cols.JIRA_KEYS));
    Frames f = new Frames(reg, registry, linkedIssues, statusHistory, models, asOf, rules);
    List<Check> enabled =
        checks(asOf, rules).stream().filter(c -> rules.checkEnabled(c.check())).toList();
    List<Column> oneRow = new ArrayList<>();
    List<Dataset<Row>> parts = new ArrayList<>();
    for (Check c : enabled) {
      if (c.condition() != null) {
        oneRow.add(when(c.condition(), struct(c.columns())));
        continue;
      }
      parts.add(c.rows().apply(f).select(c.columns()));
    }
    if (!oneRow.isEmpty()) {
      String finding = "_finding";
      List<Column> fields = new ArrayList<>();
      for (String name : FINDING_COLUMNS) {
        fields.add(col(finding + "." + name).as(name));
      }
      Dataset<Row> part =
          perInitiative(reg, linkedIssues, models, assessment, rules)
              .select(explode(array(oneRow.toArray(new Column[0]))).as(finding))
              .filter(col(finding).isNotNull())
              .select(fields.toArray(new Column[0]));
      parts.add(0, part);
    }
    Dataset<Row> all = parts.isEmpty() ? empty(registry) : Unions.byName(parts);
    Dataset<Row> who =
        registry.select(
            col(Cols.INITIATIVE_ID).as("w_id"),
            col(Cols.NAME),
            col(Cols.BUSINESS_UNIT),
            col(Cols.OWNER));
    return all.join(who, col(Cols.INITIATIVE_ID).equalTo(col("w_id")), "left")
        .select(
            col(Cols.INITIATIVE_ID),
            col(Cols.NAME),
            col(Cols.BUSINESS_UNIT),
            col(Cols.OWNER),
            col(Cols.CHECK_ID),
            col(Cols.SEVERITY),
            col(Cols.FINDING),
            col(Cols.DETAIL),
            col(Cols.SOURCE),
            col(Cols.SOURCE_REF),
            col(Cols.EVIDENCE_DATE));
  }

  /**
   * One row per registry row: the registry columns the checks use, its verdict's columns ({@link
   * #A_ID} null when it has none), the counts of its model versions ({@link #M_VERSIONS}, {@link
   * #M_PRODUCTION}; null when none) and whether issues are linked to it ({@link #I_ID} null when
   * none). Every joined frame has at most one row per initiative, so the registry's rows are
   * neither lost nor repeated.
   */
  private static Dataset<Row> perInitiative(
      Dataset<Row> reg,
      Dataset<Row> linkedIssues,
      Dataset<Row> models,
      Dataset<Row> assessment,
      LifecycleRules rules) {
    return reg.join(
            assessment.select(
                col(Cols.INITIATIVE_ID).as(A_ID),
                col(Cols.OUTCOME),
                col(Cols.REACHED_PRODUCTION),
                col(Cols.PRODUCTION_EVIDENCE),
                col(Cols.DAYS_SINCE_ACTIVITY),
                col(Cols.STALL_WINDOW_DAYS),
                col(Cols.LAST_ACTIVITY_DATE)),
            col(Cols.INITIATIVE_ID).equalTo(col(A_ID)),
            "left")
        .join(
            models
                .groupBy(col(Cols.INITIATIVE_ID).as("m_id"))
                .agg(
                    count(lit(1)).as(M_VERSIONS),
                    sum(when(Lifecycle.modelProduction(rules), 1).otherwise(0)).as(M_PRODUCTION)),
            col(Cols.INITIATIVE_ID).equalTo(col("m_id")),
            "left")
        .join(
            linkedIssues.select(col(Cols.INITIATIVE_ID).as(I_ID)).distinct(),
            col(Cols.INITIATIVE_ID).equalTo(col(I_ID)),
            "left");
  }

  /** The checks in table order. */
  private static List<Check> checks(LocalDate asOf, LifecycleRules rules) {
    Column snapshot = to_date(lit(asOf.toString()));
    Column inProductionStatus =
        RegistryStatuses.names(col(Cols.STATUS), rules, RegistryStatusWords.Concept.PRODUCTION);
    Column cancelledStatus =
        RegistryStatuses.names(col(Cols.STATUS), rules, RegistryStatusWords.Concept.CANCELLED);
    Column onHoldStatus =
        RegistryStatuses.names(col(Cols.STATUS), rules, RegistryStatusWords.Concept.ON_HOLD);
    Column hasModels = coalesce(trim(col(Cols.MODEL_NAMES)).notEqual(""), lit(false));
    Column planned = col(Cols.BUDGET_PLANNED);
    Column spent = col(Cols.BUDGET_SPENT);
    Column prodBeforeStart =
        coalesce(col(Cols.PRODUCTION_DATE).lt(col(Cols.START_DATE)), lit(false));
    Column closedBeforeStart = coalesce(col(Cols.CLOSED_DATE).lt(col(Cols.START_DATE)), lit(false));
    Column prodFuture = coalesce(col(Cols.PRODUCTION_DATE).gt(snapshot), lit(false));
    Column closedFuture = coalesce(col(Cols.CLOSED_DATE).gt(snapshot), lit(false));
    Column reached = coalesce(col(Cols.REACHED_PRODUCTION), lit(false));
    // The registry row has a verdict (checks against the verdicts read only those).
    Column assessed = col(A_ID).isNotNull();
    List<Check> out = new ArrayList<>();

    // --- registry fields alone ---
    out.add(
        new Check(
            DataQualityCheck.PRODUCTION_STATUS_WITHOUT_DATE,
            inProductionStatus.and(col(Cols.PRODUCTION_DATE).isNull()),
            concat(lit("status '"), col(Cols.STATUS), lit("', production_date empty")),
            lit(SRC_REGISTRY),
            lit(Cols.STATUS + ", " + Cols.PRODUCTION_DATE),
            nullDate()));
    out.add(
        new Check(
            DataQualityCheck.CLOSED_WITHOUT_REASON,
            cancelledStatus
                .or(col(Cols.CLOSED_DATE).isNotNull())
                .and(inProductionStatus.unary_$bang())
                .and(blank(col(Cols.CLOSURE_REASON))),
            concat(
                lit("status '"),
                coalesce(col(Cols.STATUS), lit("")),
                lit("', closed_date "),
                coalesce(col(Cols.CLOSED_DATE).cast("string"), lit("empty")),
                lit(", closure_reason empty")),
            lit(SRC_REGISTRY),
            lit(Cols.CLOSURE_REASON),
            col(Cols.CLOSED_DATE)));
    out.add(
        new Check(
            DataQualityCheck.BUDGET_OVERRUN,
            planned.gt(0).and(spent.gt(planned)),
            concat(
                lit("spent "),
                format_number(spent, 0),
                currencySuffix(),
                lit(" of "),
                format_number(planned, 0),
                lit(" planned ("),
                format_number(spent.divide(planned).multiply(100), 0),
                lit("%)")),
            lit(SRC_REGISTRY),
            lit(Cols.BUDGET_PLANNED + ", " + Cols.BUDGET_SPENT),
            nullDate()));
    out.add(
        new Check(
            DataQualityCheck.BUDGET_SPENT_WITHOUT_PLAN,
            spent.gt(0).and(planned.isNull().or(planned.equalTo(0))),
            concat(
                lit("spent "),
                format_number(spent, 0),
                currencySuffix(),
                lit(", budget_planned "),
                when(planned.isNull(), lit("empty")).otherwise(lit("0"))),
            lit(SRC_REGISTRY),
            lit(Cols.BUDGET_PLANNED),
            nullDate()));
    out.add(missing(DataQualityCheck.MISSING_SPONSOR, Cols.SPONSOR));
    out.add(missing(DataQualityCheck.MISSING_OWNER, Cols.OWNER));
    out.add(missing(DataQualityCheck.MISSING_SUCCESS_KPI, Cols.SUCCESS_KPI));
    out.add(
        new Check(
            DataQualityCheck.KPI_WITHOUT_BASELINE_OR_TARGET,
            blank(col(Cols.SUCCESS_KPI))
                .unary_$bang()
                .and(blank(col(Cols.KPI_BASELINE)).or(blank(col(Cols.KPI_TARGET)))),
            concat(
                lit("success_kpi '"),
                col(Cols.SUCCESS_KPI),
                lit("': "),
                concat_ws(
                    " and ",
                    when(blank(col(Cols.KPI_BASELINE)), lit(Cols.KPI_BASELINE)),
                    when(blank(col(Cols.KPI_TARGET)), lit(Cols.KPI_TARGET))),
                lit(" empty")),
            lit(SRC_REGISTRY),
            lit(Cols.KPI_BASELINE + ", " + Cols.KPI_TARGET),
            nullDate()));
    out.add(
        new Check(
            DataQualityCheck.MISSING_START_DATE,
            col(Cols.START_DATE).isNull(),
            lit("start_date empty"),
            lit(SRC_REGISTRY),
            lit(Cols.START_DATE),
            nullDate()));
    out.add(
        new Check(
            DataQualityCheck.DATES_OUT_OF_ORDER,
            prodBeforeStart.or(closedBeforeStart),
            concat(
                lit("start_date "),
                col(Cols.START_DATE).cast("string"),
                lit(" is after "),
                concat_ws(
                    " and ",
                    when(
                        prodBeforeStart,
                        concat(lit("production_date "), col(Cols.PRODUCTION_DATE).cast("string"))),
                    when(
                        closedBeforeStart,
                        concat(lit("closed_date "), col(Cols.CLOSED_DATE).cast("string"))))),
            lit(SRC_REGISTRY),
            concat_ws(
                ", ",
                lit(Cols.START_DATE),
                when(prodBeforeStart, lit(Cols.PRODUCTION_DATE)),
                when(closedBeforeStart, lit(Cols.CLOSED_DATE))),
            least(
                when(prodBeforeStart, col(Cols.PRODUCTION_DATE)),
                when(closedBeforeStart, col(Cols.CLOSED_DATE)))));
    out.add(
        new Check(
            DataQualityCheck.DATE_AFTER_SNAPSHOT,
            prodFuture.or(closedFuture),
            concat(
                concat_ws(
                    " and ",
                    when(
                        prodFuture,
                        concat(lit("production_date "), col(Cols.PRODUCTION_DATE).cast("string"))),
                    when(
                        closedFuture,
                        concat(lit("closed_date "), col(Cols.CLOSED_DATE).cast("string")))),
                lit(" after snapshot " + asOf)),
            lit(SRC_REGISTRY),
            concat_ws(
                ", ",
                when(prodFuture, lit(Cols.PRODUCTION_DATE)),
                when(closedFuture, lit(Cols.CLOSED_DATE))),
            greatest(
                when(prodFuture, col(Cols.PRODUCTION_DATE)),
                when(closedFuture, col(Cols.CLOSED_DATE)))));

    // --- registry against the model registry ---
    out.add(
        new Check(
            DataQualityCheck.PRODUCTION_DATE_WITHOUT_MODEL,
            col(Cols.PRODUCTION_DATE)
                .isNotNull()
                .and(hasModels)
                .and(coalesce(col(M_PRODUCTION), lit(0L)).equalTo(0)),
            concat(
                lit("production_date "),
                col(Cols.PRODUCTION_DATE).cast("string"),
                lit("; model_names '"),
                col(Cols.MODEL_NAMES),
                lit("': "),
                coalesce(col(M_VERSIONS), lit(0L)).cast("string"),
                lit(" version(s) in the export, none in Production")),
            lit(SRC_MODELS),
            col(Cols.MODEL_NAMES),
            col(Cols.PRODUCTION_DATE)));
    // Only when a model-registry export was given at all (some version was read).
    out.add(
        new Check(
            DataQualityCheck.LISTED_MODEL_NOT_IN_EXPORT,
            f ->
                f.reg()
                    .filter(hasModels)
                    .select(
                        col(Cols.INITIATIVE_ID),
                        explode(split(col(Cols.MODEL_NAMES), "[;,]")).as("l_name"))
                    .select(col(Cols.INITIATIVE_ID), trim(col("l_name")).as("l_name"))
                    .filter(col("l_name").notEqual(""))
                    .crossJoin(f.models().agg(count(lit(1)).as("e_total")))
                    .filter(col("e_total").gt(0))
                    .join(
                        f.models().select(col(Cols.MODEL_NAME).as("e_name")).distinct(),
                        col("l_name").equalTo(col("e_name")),
                        "left_anti"),
            concat(
                lit("model '"),
                col("l_name"),
                lit("' has no version in the model-registry export")),
            lit(SRC_MODELS),
            col("l_name"),
            nullDate()));

    // --- registry against the verdicts ---
    out.add(
        new Check(
            DataQualityCheck.PRODUCTION_EVIDENCE_NOT_IN_REGISTRY,
            assessed
                .and(reached)
                .and(inProductionStatus.unary_$bang())
                .and(col(Cols.PRODUCTION_DATE).isNull()),
            concat(
                lit("status '"),
                coalesce(col(Cols.STATUS), lit("")),
                lit("', production_date empty; production shown by "),
                coalesce(col(Cols.PRODUCTION_EVIDENCE), lit("?"))),
            lit(SRC_ASSESSMENT),
            lit(Cols.STATUS + ", " + Cols.PRODUCTION_DATE),
            nullDate()));
    out.add(
        new Check(
            DataQualityCheck.TARGET_DATE_PASSED,
            assessed
                .and(col(Cols.TARGET_PRODUCTION_DATE).lt(snapshot))
                .and(reached.unary_$bang())
                .and(col(Cols.OUTCOME).isin(Outcome.ACTIVE.code(), Outcome.STALLED.code())),
            concat(
                lit("target_production_date "),
                col(Cols.TARGET_PRODUCTION_DATE).cast("string"),
                lit(" passed "),
                datediff(snapshot, col(Cols.TARGET_PRODUCTION_DATE)).cast("string"),
                lit(" days before the snapshot; outcome "),
                col(Cols.OUTCOME)),
            lit(SRC_REGISTRY),
            lit(Cols.TARGET_PRODUCTION_DATE),
            col(Cols.TARGET_PRODUCTION_DATE)));
    out.add(
        new Check(
            DataQualityCheck.REGISTRY_ACTIVE_BUT_STALLED,
            assessed
                .and(col(Cols.OUTCOME).equalTo(Outcome.STALLED.code()))
                .and(inProductionStatus.or(cancelledStatus).or(onHoldStatus).unary_$bang()),
            concat(
                lit("status '"),
                coalesce(col(Cols.STATUS), lit("")),
                lit("' but last activity "),
                coalesce(col(Cols.LAST_ACTIVITY_DATE).cast("string"), lit("unknown")),
                when(
                        col(Cols.DAYS_SINCE_ACTIVITY).isNotNull(),
                        concat(
                            lit(" ("),
                            col(Cols.DAYS_SINCE_ACTIVITY).cast("string"),
                            lit(" days; window "),
                            coalesce(col(Cols.STALL_WINDOW_DAYS).cast("string"), lit("?")),
                            lit(")")))
                    .otherwise(lit(""))),
            lit(SRC_REGISTRY),
            lit(Cols.STATUS),
            col(Cols.LAST_ACTIVITY_DATE)));

    // --- registry against Jira ---
    out.add(
        new Check(
            DataQualityCheck.NO_LINKED_ISSUES,
            col(I_ID).isNull(),
            when(blank(col(Cols.JIRA_KEYS)), lit("jira_keys empty and no issue labelled or linked"))
                .otherwise(
                    concat(
                        lit("jira_keys '"), col(Cols.JIRA_KEYS), lit("' match no exported issue"))),
            lit(SRC_REGISTRY),
            lit(Cols.JIRA_KEYS),
            nullDate()));
    out.add(
        new Check(
            DataQualityCheck.ACTIVITY_AFTER_CLOSED,
            DataQuality::lateActivity,
            concat(
                col("late_n").cast("string"),
                lit(" Jira event(s) after closed_date "),
                col(Cols.CLOSED_DATE).cast("string"),
                lit("; latest "),
                col("latest.e_date").cast("string"),
                lit(" "),
                col("latest." + Cols.ISSUE_KEY),
                lit(" "),
                col("latest.e_what")),
            col("latest.e_source"),
            col("latest." + Cols.ISSUE_KEY),
            col("latest.e_date")));

    // --- names that placed no stage (docs/stages.md: map them in --config) ---
    out.add(
        unplaced(
            DataQualityCheck.UNPLACED_STATUS,
            "status",
            f -> UnplacedNames.statuses(f.issues(), f.history(), rules),
            SRC_JIRA));
    out.add(
        unplaced(
            DataQualityCheck.UNPLACED_ISSUE_TYPE,
            "issue type",
            f -> UnplacedNames.issueTypes(f.issues(), rules),
            SRC_JIRA));
    out.add(
        unplaced(
            DataQualityCheck.UNPLACED_REGISTRY_STAGE,
            "registry_stage",
            f -> UnplacedNames.registryStages(f.registry(), rules),
            SRC_REGISTRY));
    return out;
  }

  /** A registry column that is empty. */
  private static Check missing(DataQualityCheck check, String column) {
    return new Check(
        check,
        blank(col(column)),
        lit(column + " empty"),
        lit(SRC_REGISTRY),
        lit(column),
        nullDate());
  }

  /** A name that placed no stage: one row per name, on the initiative of its example. */
  private static Check unplaced(
      DataQualityCheck check, String what, Function<Frames, Dataset<Row>> names, String source) {
    return new Check(
        check,
        names,
        concat(
            lit(what + " '"),
            col(UnplacedNames.NAME),
            lit("' names no stage: "),
            col(UnplacedNames.COUNT).cast("string"),
            lit(" "),
            col(UnplacedNames.UNIT),
            lit(", e.g. "),
            col(UnplacedNames.EXAMPLE),
            lit("; map it in --config stage_vocabulary (docs/stages.md)")),
        lit(source),
        col(UnplacedNames.EXAMPLE),
        nullDate());
  }

  /**
   * Jira events after closed_date by people. Bot accounts are left out after the join to closed
   * initiatives, inside the aggregate (a filter would be pushed back down to every history row):
   * the bot regex costs ~4.5 us a row.
   */
  private static Dataset<Row> lateActivity(Frames f) {
    Dataset<Row> statusHistory = f.history();
    Dataset<Row> linkedIssues = f.issues();
    String bots = f.rules().botAuthors();
    Column human = coalesce(col("e_author").rlike(bots), lit(false)).unary_$bang();
    Column noAuthor = lit(null).cast("string").as("e_author");
    List<Column> historyCols =
        new ArrayList<>(
            List.of(
                col(Cols.INITIATIVE_ID),
                col(Cols.ISSUE_KEY),
                to_date(col(Cols.CHANGED_AT)).as("e_date"),
                concat(
                        lit("status "),
                        coalesce(col(Cols.FROM_STATUS), lit("?")),
                        lit(" -> "),
                        coalesce(col(Cols.TO_STATUS), lit("?")))
                    .as("e_what"),
                lit(SRC_HISTORY).as("e_source"),
                hasColumn(statusHistory, Cols.AUTHOR)
                    ? col(Cols.AUTHOR).as("e_author")
                    : noAuthor));
    Dataset<Row> historyEvents = statusHistory.select(historyCols.toArray(new Column[0]));
    Dataset<Row> created =
        linkedIssues.select(
            col(Cols.INITIATIVE_ID),
            col(Cols.ISSUE_KEY),
            to_date(col(Cols.CREATED)).as("e_date"),
            lit("created").as("e_what"),
            lit(SRC_JIRA).as("e_source"),
            noAuthor);
    Dataset<Row> resolved =
        linkedIssues
            .filter(col(Cols.RESOLVED).isNotNull())
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.ISSUE_KEY),
                to_date(col(Cols.RESOLVED)).as("e_date"),
                lit("resolved").as("e_what"),
                lit(SRC_JIRA).as("e_source"),
                noAuthor);
    Dataset<Row> events =
        historyEvents
            .unionByName(created)
            .unionByName(resolved)
            .withColumnRenamed(Cols.INITIATIVE_ID, "e_id");
    return f.reg()
        .filter(col(Cols.CLOSED_DATE).isNotNull())
        .join(
            events,
            col(Cols.INITIATIVE_ID)
                .equalTo(col("e_id"))
                .and(col("e_date").gt(col(Cols.CLOSED_DATE))))
        .groupBy(col(Cols.INITIATIVE_ID), col(Cols.CLOSED_DATE))
        .agg(
            count(when(human, lit(1))).as("late_n"),
            max_by(
                    struct(col("e_date"), col(Cols.ISSUE_KEY), col("e_what"), col("e_source")),
                    when(human, struct(col("e_date"), col(Cols.ISSUE_KEY), col("e_what"))))
                .as("latest"))
        .filter(col("late_n").gt(0));
  }

  private static Dataset<Row> empty(Dataset<Row> registry) {
    return registry
        .limit(0)
        .select(
            col(Cols.INITIATIVE_ID),
            lit(null).cast("string").as(Cols.CHECK_ID),
            lit(null).cast("string").as(Cols.SEVERITY),
            lit(null).cast("string").as(Cols.FINDING),
            lit(null).cast("string").as(Cols.DETAIL),
            lit(null).cast("string").as(Cols.SOURCE),
            lit(null).cast("string").as(Cols.SOURCE_REF),
            nullDate().as(Cols.EVIDENCE_DATE));
  }

  private static Column currencySuffix() {
    return when(blank(col(Cols.CURRENCY)), lit("")).otherwise(concat(lit(" "), col(Cols.CURRENCY)));
  }

  private static Column nullDate() {
    return lit(null).cast("date");
  }

  private static boolean hasColumn(Dataset<Row> df, String name) {
    return List.of(df.columns()).contains(name);
  }
}
