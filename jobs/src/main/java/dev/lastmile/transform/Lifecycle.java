package dev.lastmile.transform;

import static dev.lastmile.rules.RegistryStatusWords.Concept.CANCELLED;
import static dev.lastmile.rules.RegistryStatusWords.Concept.ON_HOLD;
import static dev.lastmile.rules.RegistryStatusWords.Concept.PRODUCTION;
import static dev.lastmile.transform.CaseMapping.lower;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cols;
import dev.lastmile.model.Outcome;
import dev.lastmile.model.Stage;
import dev.lastmile.model.StageSource;
import dev.lastmile.rules.GoLiveWords;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.rules.StageWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Lifecycle verdicts: stage evidence from every source, production evidence, last qualifying
 * activity, stall windows, and the outcome with the id of the rule that decided it. Pure.
 *
 * <p>Outcome rules are the ordered {@code outcome_rules} of lifecycle.json, first that applies (by
 * default {@code outcome.production} → IN_PRODUCTION, {@code outcome.closed} → CANCELLED, {@code
 * outcome.on_hold} → STALLED, {@code outcome.recent_activity} → ACTIVE, {@code outcome.idle} →
 * STALLED), folded once by {@link #decide}.
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
  static Column stageRank(
      Column value,
      LifecycleRules rules,
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

  /** Tie-break between evidence of one stage: exact vocabularies before stage words. */
  public static final String PRIORITY = "priority";

  /**
   * The stage a Jira status names: the config mapping, else the exact regex, else a stage word. A
   * status of {@code stage_vocabulary.not_started.statuses} is a queue, not work, and names no
   * stage unless the mapping names one: Jira's stock "Selected for Development" holds the word
   * "development" but says the engineering work has not started.
   */
  public static Column statusStage(Column status, LifecycleRules rules) {
    return coalesce(
        mappedStage(status, rules.stageVocabulary().statuses()),
        when(
            queued(status, rules).unary_$bang(),
            coalesce(
                stageRank(status, rules, LifecycleRules.StageRule::jiraStatus),
                wordRank(status, rules))));
  }

  /** The stage a registry_stage names: the exact regex, else a stage word. */
  public static Column registryStageRank(Column stage, LifecycleRules rules) {
    return coalesce(
        stageRank(stage, rules, LifecycleRules.StageRule::registry), wordRank(stage, rules));
  }

  /** The stage an issue type names: the config mapping, else a stage word. */
  public static Column issueTypeStage(Column type, LifecycleRules rules) {
    return coalesce(mappedStage(type, rules.stageVocabulary().issueTypes()), wordRank(type, rules));
  }

  /** A case-insensitive exact mapping of names to stages, as a rank. */
  static Column mappedStage(Column value, Map<String, Stage> mapping) {
    Column out = lit(null).cast("int");
    for (Map.Entry<String, Stage> e : mapping.entrySet()) {
      out =
          when(
                  lower(trim(value)).equalTo(e.getKey().strip().toLowerCase(Locale.ROOT)),
                  lit(e.getValue().rank()))
              .otherwise(out);
    }
    return out;
  }

  /** The stage word found in a name: struct(rank int, word string), null when none. */
  static Column wordMatch(Column value, LifecycleRules rules) {
    return wordMatch(value, rules, false);
  }

  /** As {@link #wordMatch(Column, LifecycleRules)}; free text leaves out the ambiguous words. */
  static Column wordMatch(Column value, LifecycleRules rules, boolean freeText) {
    if (!rules.stageVocabulary().wordMatching()) {
      return lit(null).cast(WORD_MATCH);
    }
    StageWords words = rules.stageWords();
    ValueMemo<Row> memo = new ValueMemo<>(v -> wordMatchRow(words, v, freeText));
    UserDefinedFunction f = udf((UDF1<String, Row>) memo::apply, WORD_MATCH);
    return f.apply(value);
  }

  private static final StructType WORD_MATCH =
      new StructType().add("rank", DataTypes.IntegerType).add("word", DataTypes.StringType);

  static Column wordRank(Column value, LifecycleRules rules) {
    return wordMatch(value, rules).getField("rank");
  }

  /**
   * Whether an issue's work has started, so that its summary, type, labels, components, sprints and
   * fix versions can show a stage: not in a not-started status, not in a not-started status
   * category (Jira's statusCategory, the weak fallback for statuses nobody listed) and not dropped
   * (a won't-do resolution).
   */
  static Column started(Dataset<Row> issues, LifecycleRules rules) {
    LifecycleRules.NotStarted n = rules.stageVocabulary().notStarted();
    return in(col(Cols.ISSUE_STATUS), n.statuses())
        .unary_$bang()
        .and(in(optional(issues, Cols.STATUS_CATEGORY), n.statusCategories()).unary_$bang())
        .and(in(optional(issues, Cols.RESOLUTION), n.resolutions()).unary_$bang());
  }

  /** Null-safe case-insensitive membership (false for null). */
  static Column in(Column value, List<String> names) {
    List<String> lower = new ArrayList<>();
    names.forEach(x -> lower.add(x.strip().toLowerCase(Locale.ROOT)));
    return coalesce(lower(trim(value)).isin(lower.toArray()), lit(false));
  }

  /** A column of the frame, or null when the frame has none (older fixtures, other inputs). */
  static Column optional(Dataset<Row> df, String name) {
    return optional(df, name, "string");
  }

  /** A column of the frame, or a null of {@code type} when the frame has none. */
  static Column optional(Dataset<Row> df, String name, String type) {
    return List.of(df.columns()).contains(name) ? col(name) : lit(null).cast(type);
  }

  /**
   * One stage-evidence frame: initiative_id, stage_rank, priority, source, source_ref, at, and the
   * lineage of the record it was read from (source_file, record_number; null when the input frame
   * carries none).
   */
  private static Dataset<Row> evidence(
      Dataset<Row> rows, Column rank, int priority, StageSource source, Column ref, Column at) {
    return rows.select(
        col(Cols.INITIATIVE_ID),
        rank.as(STAGE_RANK),
        lit(priority).as(PRIORITY),
        lit(source.code()).as(Cols.SOURCE),
        ref.as(Cols.SOURCE_REF),
        at.as(AT),
        optional(rows, Cols.SOURCE_FILE).as(Cols.SOURCE_FILE),
        optional(rows, Cols.RECORD_NUMBER, "bigint").cast("bigint").as(Cols.RECORD_NUMBER));
  }

  /** The lineage columns of a frame (nulls when it has none), to carry through a select. */
  private static Column[] lineage(Dataset<Row> rows) {
    return new Column[] {
      optional(rows, Cols.SOURCE_FILE).as(Cols.SOURCE_FILE),
      optional(rows, Cols.RECORD_NUMBER, "bigint").cast("bigint").as(Cols.RECORD_NUMBER)
    };
  }

  /** Word evidence from a name column: rank and " (stage word 'w')" appended to the reference. */
  private static Dataset<Row> wordEvidence(
      Dataset<Row> rows,
      Column name,
      StageSource source,
      Column ref,
      Column at,
      LifecycleRules rules) {
    // Titles and labels are free text: an epic named "Strategy - assistant for fleet maintenance"
    // is
    // not in operation.
    boolean freeText =
        source == StageSource.JIRA_SUMMARY
            || source == StageSource.JIRA_LABEL
            || source == StageSource.JIRA_EPIC_NAME;
    Dataset<Row> m = rows.withColumn("_wm", wordMatch(name, rules, freeText));
    return evidence(
        m,
        col("_wm.rank"),
        0,
        source,
        concat(ref, lit(" (stage word '"), col("_wm.word"), lit("')")),
        at);
  }

  /**
   * Stage evidence rows: initiative_id, stage_rank, priority, source, source_ref, at (timestamp or
   * null), source_file and record_number (the input record the evidence was read from). Exact
   * vocabularies (priority 1): registry stage and production date, status names (current and
   * history; a config mapping or the stage regex), epic-name prefixes, stage: labels, MLflow stages
   * and aliases. Stage words anywhere in a name (priority 0, {@link StageWords}): registry stage
   * and statuses the exact vocabularies miss, and the summaries, issue types, labels, components,
   * sprints and fix versions of issues whose work started.
   *
   * <p>One pass per input frame: each registry row, issue and history row lists its candidate
   * evidence (an array of {@link #candidate} structs, one per source it can show a stage in, and
   * one per label, component, sprint and fix version), exploded once; a candidate's exact rank
   * wins, else its stage word. The same rows as {@link #stageEvidenceByParts}, which plans one
   * union branch per source (about 20): its readers aggregate with {@code max(struct)}, so the row
   * order does not matter.
   */
  public static Dataset<Row> stageEvidence(
      Dataset<Row> registry,
      Dataset<Row> issues,
      Dataset<Row> history,
      Dataset<Row> models,
      LifecycleRules rules) {
    List<Dataset<Row>> parts = new ArrayList<>();
    boolean words = rules.stageVocabulary().wordMatching();
    if (rules.stageSource(StageSource.REGISTRY_FIELD)) {
      parts.add(
          candidates(
              registry,
              List.of(
                  candidate(
                      col(Cols.REGISTRY_STAGE),
                      stageRank(
                          col(Cols.REGISTRY_STAGE), rules, LifecycleRules.StageRule::registry),
                      words,
                      false,
                      StageSource.REGISTRY_FIELD,
                      concat(lit("registry_stage="), col(Cols.REGISTRY_STAGE)),
                      noTime()),
                  candidate(
                      lit(null),
                      when(col(Cols.PRODUCTION_DATE).isNotNull(), lit(Stage.OPERATION.rank())),
                      false,
                      false,
                      StageSource.REGISTRY_FIELD,
                      concat(lit("production_date="), col(Cols.PRODUCTION_DATE).cast("string")),
                      col(Cols.PRODUCTION_DATE).cast("timestamp"))),
              rules));
    }
    Column isEpic =
        lower(col(Cols.ISSUE_TYPE))
            .isin(
                rules.stageVocabulary().epicIssueTypes().stream()
                    .map(CaseMapping::lowerOf)
                    .distinct()
                    .toArray());
    Column nameRef = concat(col(Cols.ISSUE_KEY), lit(" "), col(Cols.SUMMARY));
    Column begun = started(issues, rules);
    List<Column> perIssue = new ArrayList<>();
    if (rules.stageSource(StageSource.JIRA_STATUS)) {
      perIssue.add(
          statusCandidate(
              col(Cols.ISSUE_STATUS),
              StageSource.JIRA_STATUS,
              concat(col(Cols.ISSUE_KEY), lit(" status="), col(Cols.ISSUE_STATUS)),
              coalesce(col(Cols.UPDATED), col(Cols.CREATED)),
              rules));
    }
    if (rules.stageSource(StageSource.JIRA_EPIC_NAME)) {
      perIssue.add(
          when(
              isEpic,
              candidate(
                  lit(null),
                  stageRank(
                      epicPrefix(col(Cols.SUMMARY)), rules, LifecycleRules.StageRule::epicName),
                  false,
                  false,
                  StageSource.JIRA_EPIC_NAME,
                  nameRef,
                  col(Cols.CREATED))));
    }
    if (rules.stageSource(StageSource.JIRA_ISSUE_TYPE)) {
      perIssue.add(
          when(
              begun,
              candidate(
                  col(Cols.ISSUE_TYPE),
                  mappedStage(col(Cols.ISSUE_TYPE), rules.stageVocabulary().issueTypes()),
                  words,
                  false,
                  StageSource.JIRA_ISSUE_TYPE,
                  concat(col(Cols.ISSUE_KEY), lit(" type="), col(Cols.ISSUE_TYPE)),
                  col(Cols.CREATED))));
    }
    // Titles and labels are free text: an epic named "Strategy - assistant for fleet maintenance"
    // is not in operation.
    if (words && rules.stageSource(StageSource.JIRA_EPIC_NAME)) {
      perIssue.add(
          when(
              begun.and(isEpic),
              wordCandidate(col(Cols.SUMMARY), true, StageSource.JIRA_EPIC_NAME, nameRef)));
    }
    if (words && rules.stageSource(StageSource.JIRA_SUMMARY)) {
      perIssue.add(
          when(
              begun.and(coalesce(isEpic, lit(false)).unary_$bang()),
              wordCandidate(col(Cols.SUMMARY), true, StageSource.JIRA_SUMMARY, nameRef)));
    }
    List<Column> lists = new ArrayList<>();
    if (rules.stageSource(StageSource.JIRA_LABEL)) {
      String prefix = rules.labelStagePrefix().toLowerCase(Locale.ROOT);
      Column started = begun;
      lists.add(
          org.apache.spark.sql.functions.transform(
              coalesce(col(Cols.LABELS), emptyNames()),
              label -> {
                Column labelRef = concat(col(Cols.ISSUE_KEY), lit(" label="), label);
                return when(
                        lower(label).startsWith(prefix),
                        candidate(
                            lit(null),
                            stageRank(
                                substring(label, prefix.length() + 1, 200),
                                rules,
                                LifecycleRules.StageRule::epicName),
                            false,
                            false,
                            StageSource.JIRA_LABEL,
                            labelRef,
                            col(Cols.CREATED)))
                    .when(
                        lit(words).and(started),
                        wordCandidate(label, true, StageSource.JIRA_LABEL, labelRef));
              }));
    }
    if (words) {
      listCandidates(
              issues, Cols.COMPONENTS, StageSource.JIRA_COMPONENT, " component=", begun, rules)
          .ifPresent(lists::add);
      listCandidates(issues, Cols.SPRINTS, StageSource.JIRA_SPRINT, " sprint=", begun, rules)
          .ifPresent(lists::add);
      listCandidates(
              issues,
              Cols.FIX_VERSIONS,
              StageSource.JIRA_FIX_VERSION,
              " fix_version=",
              begun,
              rules)
          .ifPresent(lists::add);
    }
    if (!perIssue.isEmpty() || !lists.isEmpty()) {
      parts.add(candidates(issues, perIssue, lists, rules));
    }
    if (rules.stageSource(StageSource.STATUS_HISTORY)) {
      parts.add(
          candidates(
              history,
              List.of(
                  statusCandidate(
                      col(Cols.TO_STATUS),
                      StageSource.STATUS_HISTORY,
                      concat(col(Cols.ISSUE_KEY), lit(" -> "), col(Cols.TO_STATUS)),
                      col(Cols.CHANGED_AT),
                      rules)),
              rules));
    }
    boolean epicNames = rules.stageSource(StageSource.JIRA_EPIC_NAME);
    boolean summaries = rules.stageSource(StageSource.JIRA_SUMMARY);
    if (rules.jiraGoLive().enabled() && (epicNames || summaries)) {
      parts.add(goLiveEvidence(issues, history, isEpic, nameRef, epicNames, summaries, rules));
    }
    if (rules.stageSource(StageSource.MODEL_REGISTRY)) {
      parts.add(modelEvidence(models, rules));
    }
    return Unions.byName(parts).filter(col(STAGE_RANK).isNotNull());
  }

  /** Candidate fields: the named value, exact rank, word matching, free text, source, ref, at. */
  private static final String C_VALUE = "v";

  private static final String C_EXACT = "x";
  private static final String C_WORDS = "w";
  private static final String C_FREE = "f";
  private static final String C_SOURCE = "s";
  private static final String C_REF = "r";
  private static final String C_AT = "t";
  private static final String CANDIDATE = "_c";
  private static final String CANDIDATE_WORD = "_cw";

  /**
   * One candidate piece of stage evidence: the exact rank when it is set (priority 1, the reference
   * as is), else, when {@code wordMatching}, the stage word found in {@code value} (priority 0, "
   * (stage word 'w')" appended to the reference); none when neither.
   */
  private static Column candidate(
      Column value,
      Column exact,
      boolean wordMatching,
      boolean freeText,
      StageSource source,
      Column ref,
      Column at) {
    return struct(
        value.cast("string").as(C_VALUE),
        exact.cast("int").as(C_EXACT),
        lit(wordMatching).as(C_WORDS),
        lit(freeText).as(C_FREE),
        lit(source.code()).as(C_SOURCE),
        ref.cast("string").as(C_REF),
        at.cast("timestamp").as(C_AT));
  }

  /** A stage-word candidate of an issue's name, dated by the issue's creation. */
  private static Column wordCandidate(
      Column value, boolean freeText, StageSource source, Column ref) {
    return candidate(value, lit(null), true, freeText, source, ref, col(Cols.CREATED));
  }

  /** A status: the config mapping, else the stage regex, else (word matching) a stage word. */
  private static Column statusCandidate(
      Column status, StageSource source, Column ref, Column at, LifecycleRules rules) {
    Column mapped = mappedStage(status, rules.stageVocabulary().statuses());
    return when(
        mapped.isNotNull().or(queued(status, rules).unary_$bang()),
        candidate(
            status,
            coalesce(mapped, stageRank(status, rules, LifecycleRules.StageRule::jiraStatus)),
            rules.stageVocabulary().wordMatching(),
            false,
            source,
            ref,
            at));
  }

  /**
   * A status of {@code stage_vocabulary.not_started.statuses}: a queue, not work, so it names no
   * stage unless the user's mapping names one (see {@link #statusStage}).
   */
  private static Column queued(Column status, LifecycleRules rules) {
    return in(status, rules.stageVocabulary().notStarted().statuses());
  }

  /** Word candidates of the names in an issue list column (components, sprints, fix versions). */
  private static java.util.Optional<Column> listCandidates(
      Dataset<Row> issues,
      String column,
      StageSource source,
      String what,
      Column begun,
      LifecycleRules rules) {
    if (!rules.stageSource(source) || !List.of(issues.columns()).contains(column)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        org.apache.spark.sql.functions.transform(
            coalesce(col(column), emptyNames()),
            name ->
                when(
                    begun,
                    wordCandidate(
                        name, false, source, concat(col(Cols.ISSUE_KEY), lit(what), name)))));
  }

  private static Column emptyNames() {
    return org.apache.spark.sql.functions.array().cast("array<string>");
  }

  /** The candidates of each row of a frame, as stage evidence rows. */
  private static Dataset<Row> candidates(
      Dataset<Row> rows, List<Column> perRow, LifecycleRules rules) {
    return candidates(rows, perRow, List.of(), rules);
  }

  /**
   * The candidates of each row of a frame (one per {@code perRow} column, plus each element of the
   * {@code lists} arrays), exploded once, as stage evidence rows with the frame's lineage.
   */
  private static Dataset<Row> candidates(
      Dataset<Row> rows, List<Column> perRow, List<Column> lists, LifecycleRules rules) {
    Column all;
    if (lists.isEmpty() && perRow.size() == 1) {
      all = perRow.get(0);
    } else {
      List<Column> arrays = new ArrayList<>();
      if (!perRow.isEmpty()) {
        arrays.add(org.apache.spark.sql.functions.array(perRow.toArray(new Column[0])));
      }
      arrays.addAll(lists);
      Column arr =
          arrays.size() == 1
              ? arrays.get(0)
              : org.apache.spark.sql.functions.concat(arrays.toArray(new Column[0]));
      all = explode(arr);
    }
    Column[] lineage = lineage(rows);
    Dataset<Row> c =
        rows.select(col(Cols.INITIATIVE_ID), all.as(CANDIDATE), lineage[0], lineage[1]);
    Column exact = col(CANDIDATE + "." + C_EXACT);
    Column wm =
        rules.stageVocabulary().wordMatching()
            ? when(
                exact.isNull().and(col(CANDIDATE + "." + C_WORDS)),
                wordMatchUdf(rules)
                    .apply(col(CANDIDATE + "." + C_VALUE), col(CANDIDATE + "." + C_FREE)))
            : lit(null).cast(WORD_MATCH);
    Column ref = col(CANDIDATE + "." + C_REF);
    return c.withColumn(CANDIDATE_WORD, wm)
        .select(
            col(Cols.INITIATIVE_ID),
            coalesce(exact, col(CANDIDATE_WORD + ".rank")).as(STAGE_RANK),
            when(exact.isNotNull(), lit(1)).otherwise(lit(0)).as(PRIORITY),
            col(CANDIDATE + "." + C_SOURCE).as(Cols.SOURCE),
            when(exact.isNotNull(), ref)
                .otherwise(
                    concat(ref, lit(" (stage word '"), col(CANDIDATE_WORD + ".word"), lit("')")))
                .as(Cols.SOURCE_REF),
            col(CANDIDATE + "." + C_AT).as(AT),
            col(Cols.SOURCE_FILE),
            col(Cols.RECORD_NUMBER));
  }

  /** {@link #wordMatch(Column, LifecycleRules, boolean)} with free text as a second argument. */
  private static UserDefinedFunction wordMatchUdf(LifecycleRules rules) {
    StageWords words = rules.stageWords();
    ValueMemo<Row> names = new ValueMemo<>(v -> wordMatchRow(words, v, false));
    ValueMemo<Row> freeTexts = new ValueMemo<>(v -> wordMatchRow(words, v, true));
    return udf(
        (org.apache.spark.sql.api.java.UDF2<String, Boolean, Row>)
            (v, freeText) -> freeText != null && freeText ? freeTexts.apply(v) : names.apply(v),
        WORD_MATCH);
  }

  /** The stage word found in {@code v} as a {@link #WORD_MATCH} row; null when none or null. */
  private static Row wordMatchRow(StageWords words, String v, boolean freeText) {
    StageWords.Match m = v == null ? null : words.match(v, freeText);
    return m == null ? null : RowFactory.create(m.stage().rank(), m.word());
  }

  /** A done go-live issue shows OPERATION from the day it was done, as its production evidence. */
  private static Dataset<Row> goLiveEvidence(
      Dataset<Row> issues,
      Dataset<Row> history,
      Column isEpic,
      Column nameRef,
      boolean epicNames,
      boolean summaries,
      LifecycleRules rules) {
    Column epic = coalesce(isEpic, lit(false));
    return goLiveIssues(issues, history, rules)
        .filter(epic.and(lit(epicNames)).or(epic.unary_$bang().and(lit(summaries))))
        .select(
            col(Cols.INITIATIVE_ID),
            lit(Stage.OPERATION.rank()).as(STAGE_RANK),
            lit(1).as(PRIORITY),
            when(epic, lit(StageSource.JIRA_EPIC_NAME.code()))
                .otherwise(lit(StageSource.JIRA_SUMMARY.code()))
                .as(Cols.SOURCE),
            concat(nameRef, lit(" (done, " + GO_LIVE_RULE + " '"), col(GO_LIVE), lit("')"))
                .as(Cols.SOURCE_REF),
            col(AT),
            col(Cols.SOURCE_FILE),
            col(Cols.RECORD_NUMBER));
  }

  /** MLflow stages and aliases: OPERATION or DEPLOYMENT. */
  private static Dataset<Row> modelEvidence(Dataset<Row> models, LifecycleRules rules) {
    return evidence(
        models,
        when(modelProduction(rules), lit(Stage.OPERATION.rank()))
            .when(modelDeployment(rules), lit(Stage.DEPLOYMENT.rank())),
        1,
        StageSource.MODEL_REGISTRY,
        concat(
            col(Cols.MODEL_NAME),
            lit(" v"),
            col(Cols.MODEL_VERSION),
            lit(" "),
            col(Cols.MODEL_STAGE)),
        coalesce(col(Cols.MODEL_UPDATED), col(Cols.MODEL_CREATED)));
  }

  /**
   * {@link #stageEvidence} as one union branch per source (about 20 selects over the issues and
   * history): the reading the one-pass version is checked against ({@code StageEvidencePassTest}).
   */
  static Dataset<Row> stageEvidenceByParts(
      Dataset<Row> registry,
      Dataset<Row> issues,
      Dataset<Row> history,
      Dataset<Row> models,
      LifecycleRules rules) {
    List<Dataset<Row>> parts = new ArrayList<>();
    boolean words = rules.stageVocabulary().wordMatching();
    if (rules.stageSource(StageSource.REGISTRY_FIELD)) {
      Column exact = stageRank(col(Cols.REGISTRY_STAGE), rules, LifecycleRules.StageRule::registry);
      Column ref = concat(lit("registry_stage="), col(Cols.REGISTRY_STAGE));
      parts.add(evidence(registry, exact, 1, StageSource.REGISTRY_FIELD, ref, noTime()));
      if (words) {
        parts.add(
            wordEvidence(
                registry.filter(exact.isNull()),
                col(Cols.REGISTRY_STAGE),
                StageSource.REGISTRY_FIELD,
                ref,
                noTime(),
                rules));
      }
      parts.add(
          evidence(
              registry.filter(col(Cols.PRODUCTION_DATE).isNotNull()),
              lit(Stage.OPERATION.rank()),
              1,
              StageSource.REGISTRY_FIELD,
              concat(lit("production_date="), col(Cols.PRODUCTION_DATE).cast("string")),
              col(Cols.PRODUCTION_DATE).cast("timestamp")));
    }
    if (rules.stageSource(StageSource.JIRA_STATUS)) {
      parts.addAll(
          statusEvidence(
              issues,
              col(Cols.ISSUE_STATUS),
              StageSource.JIRA_STATUS,
              concat(col(Cols.ISSUE_KEY), lit(" status="), col(Cols.ISSUE_STATUS)),
              coalesce(col(Cols.UPDATED), col(Cols.CREATED)),
              rules));
    }
    if (rules.stageSource(StageSource.STATUS_HISTORY)) {
      parts.addAll(
          statusEvidence(
              history,
              col(Cols.TO_STATUS),
              StageSource.STATUS_HISTORY,
              concat(col(Cols.ISSUE_KEY), lit(" -> "), col(Cols.TO_STATUS)),
              col(Cols.CHANGED_AT),
              rules));
    }
    Column isEpic =
        lower(col(Cols.ISSUE_TYPE))
            .isin(
                rules.stageVocabulary().epicIssueTypes().stream()
                    .map(CaseMapping::lowerOf)
                    .distinct()
                    .toArray());
    Column nameRef = concat(col(Cols.ISSUE_KEY), lit(" "), col(Cols.SUMMARY));
    if (rules.stageSource(StageSource.JIRA_EPIC_NAME)) {
      parts.add(
          evidence(
              issues.filter(isEpic),
              stageRank(epicPrefix(col(Cols.SUMMARY)), rules, LifecycleRules.StageRule::epicName),
              1,
              StageSource.JIRA_EPIC_NAME,
              nameRef,
              col(Cols.CREATED)));
    }
    boolean epicNames = rules.stageSource(StageSource.JIRA_EPIC_NAME);
    boolean summaries = rules.stageSource(StageSource.JIRA_SUMMARY);
    if (rules.jiraGoLive().enabled() && (epicNames || summaries)) {
      parts.add(goLiveEvidence(issues, history, isEpic, nameRef, epicNames, summaries, rules));
    }
    String prefix = rules.labelStagePrefix().toLowerCase(Locale.ROOT);
    Dataset<Row> labels =
        issues.select(
            col(Cols.INITIATIVE_ID),
            col(Cols.ISSUE_KEY),
            col(Cols.CREATED),
            started(issues, rules).as("_started"),
            explode(col(Cols.LABELS)).as("label"),
            lineage(issues)[0],
            lineage(issues)[1]);
    Column labelRef = concat(col(Cols.ISSUE_KEY), lit(" label="), col("label"));
    if (rules.stageSource(StageSource.JIRA_LABEL)) {
      parts.add(
          evidence(
              labels.filter(lower(col("label")).startsWith(prefix)),
              stageRank(
                  substring(col("label"), prefix.length() + 1, 200),
                  rules,
                  LifecycleRules.StageRule::epicName),
              1,
              StageSource.JIRA_LABEL,
              labelRef,
              col(Cols.CREATED)));
    }
    Dataset<Row> begun = issues.filter(started(issues, rules));
    if (rules.stageSource(StageSource.JIRA_ISSUE_TYPE)) {
      Dataset<Row> typed =
          begun.withColumn(
              "_type_rank",
              mappedStage(col(Cols.ISSUE_TYPE), rules.stageVocabulary().issueTypes()));
      Column ref = concat(col(Cols.ISSUE_KEY), lit(" type="), col(Cols.ISSUE_TYPE));
      parts.add(
          evidence(
              typed.filter(col("_type_rank").isNotNull()),
              col("_type_rank"),
              1,
              StageSource.JIRA_ISSUE_TYPE,
              ref,
              col(Cols.CREATED)));
      if (words) {
        parts.add(
            wordEvidence(
                typed.filter(col("_type_rank").isNull()),
                col(Cols.ISSUE_TYPE),
                StageSource.JIRA_ISSUE_TYPE,
                ref,
                col(Cols.CREATED),
                rules));
      }
    }
    if (words) {
      if (rules.stageSource(StageSource.JIRA_EPIC_NAME)) {
        parts.add(
            wordEvidence(
                begun.filter(isEpic),
                col(Cols.SUMMARY),
                StageSource.JIRA_EPIC_NAME,
                nameRef,
                col(Cols.CREATED),
                rules));
      }
      if (rules.stageSource(StageSource.JIRA_SUMMARY)) {
        parts.add(
            wordEvidence(
                begun.filter(coalesce(isEpic, lit(false)).unary_$bang()),
                col(Cols.SUMMARY),
                StageSource.JIRA_SUMMARY,
                nameRef,
                col(Cols.CREATED),
                rules));
      }
      if (rules.stageSource(StageSource.JIRA_LABEL)) {
        parts.add(
            wordEvidence(
                labels.filter(
                    col("_started").and(lower(col("label")).startsWith(prefix).unary_$bang())),
                col("label"),
                StageSource.JIRA_LABEL,
                labelRef,
                col(Cols.CREATED),
                rules));
      }
      parts.add(
          listEvidence(begun, Cols.COMPONENTS, StageSource.JIRA_COMPONENT, " component=", rules));
      parts.add(listEvidence(begun, Cols.SPRINTS, StageSource.JIRA_SPRINT, " sprint=", rules));
      parts.add(
          listEvidence(
              begun, Cols.FIX_VERSIONS, StageSource.JIRA_FIX_VERSION, " fix_version=", rules));
    }
    if (rules.stageSource(StageSource.MODEL_REGISTRY)) {
      parts.add(modelEvidence(models, rules));
    }
    return Unions.byName(parts).filter(col(STAGE_RANK).isNotNull());
  }

  private static List<Dataset<Row>> statusEvidence(
      Dataset<Row> rows,
      Column status,
      StageSource source,
      Column ref,
      Column at,
      LifecycleRules rules) {
    Column mapped = mappedStage(status, rules.stageVocabulary().statuses());
    Column exact =
        when(
            queued(status, rules).unary_$bang(),
            stageRank(status, rules, LifecycleRules.StageRule::jiraStatus));
    List<Dataset<Row>> out = new ArrayList<>();
    out.add(evidence(rows, coalesce(mapped, exact), 1, source, ref, at));
    if (rules.stageVocabulary().wordMatching()) {
      out.add(
          wordEvidence(
              rows.filter(
                  mapped.isNull().and(exact.isNull()).and(queued(status, rules).unary_$bang())),
              status,
              source,
              ref,
              at,
              rules));
    }
    return out;
  }

  private static Dataset<Row> listEvidence(
      Dataset<Row> issues, String column, StageSource source, String what, LifecycleRules rules) {
    if (!rules.stageSource(source) || !List.of(issues.columns()).contains(column)) {
      return evidence(issues.limit(0), lit(null).cast("int"), 0, source, lit(""), noTime());
    }
    Dataset<Row> names =
        issues.select(
            col(Cols.INITIATIVE_ID),
            col(Cols.ISSUE_KEY),
            col(Cols.CREATED),
            explode(col(column)).as("_name"),
            lineage(issues)[0],
            lineage(issues)[1]);
    return wordEvidence(
        names,
        col("_name"),
        source,
        concat(col(Cols.ISSUE_KEY), lit(what), col("_name")),
        col(Cols.CREATED),
        rules);
  }

  private static Column noTime() {
    return lit(null).cast("timestamp");
  }

  /** "POC - Churn model" → "poc"; "Build: churn" → "build"; otherwise the whole name. */
  static Column epicPrefix(Column summary) {
    return org.apache.spark.sql.functions.regexp_replace(
        lower(trim(summary)), "^\\s*\\[?([^\\]\\-–:|]+?)\\]?\\s*[-–:|].*$", "$1");
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

  /** The rule named in go-live evidence, and the column of the go-live phrase found. */
  static final String GO_LIVE_RULE = "jira_go_live_summaries";

  private static final String GO_LIVE = "_go_live";

  /**
   * Done issues whose summary (an epic's name) names the go-live itself, by {@code
   * jira_go_live_summaries}: initiative_id, issue_key, issue_type, summary, the go-live phrase
   * found ({@link #GO_LIVE}), at, and the lineage of the issue record. Done: a resolution date, or
   * a done status category while the status at the snapshot is known; not dropped (a status or
   * resolution in {@code dropped} or {@code stage_vocabulary.not_started}). At: the resolution
   * date, else the last transition to the issue's current status, else its updated time.
   */
  static Dataset<Row> goLiveIssues(
      Dataset<Row> issues, Dataset<Row> history, LifecycleRules rules) {
    GoLiveWords words = rules.goLiveWords();
    ValueMemo<String> memo = new ValueMemo<>(v -> v == null ? null : words.match(v));
    UserDefinedFunction phrase = udf((UDF1<String, String>) memo::apply, DataTypes.StringType);
    // The phrase only for done work: the filter on it runs after the cheap ones.
    Dataset<Row> live =
        issues
            .filter(doneAndKept(issues, rules))
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.ISSUE_KEY),
                col(Cols.ISSUE_TYPE),
                col(Cols.SUMMARY),
                col(Cols.ISSUE_STATUS),
                col(Cols.RESOLVED),
                col(Cols.UPDATED),
                phrase.apply(col(Cols.SUMMARY)).as(GO_LIVE),
                lineage(issues)[0],
                lineage(issues)[1])
            .filter(col(GO_LIVE).isNotNull());
    // The day it was done when Jira set no resolution date: the last move to its current status.
    Dataset<Row> doneAt =
        history
            .join(
                broadcast(
                    live.select(
                        col(Cols.INITIATIVE_ID), col(Cols.ISSUE_KEY), col(Cols.ISSUE_STATUS))),
                new String[] {Cols.INITIATIVE_ID, Cols.ISSUE_KEY})
            .filter(lower(trim(col(Cols.TO_STATUS))).equalTo(lower(trim(col(Cols.ISSUE_STATUS)))))
            .groupBy(Cols.INITIATIVE_ID, Cols.ISSUE_KEY)
            .agg(max(col(Cols.CHANGED_AT)).as("_done_at"));
    return live.join(doneAt, new String[] {Cols.INITIATIVE_ID, Cols.ISSUE_KEY}, "left")
        .withColumn(AT, coalesce(col(Cols.RESOLVED), col("_done_at"), col(Cols.UPDATED)))
        .drop("_done_at", Cols.RESOLVED, Cols.UPDATED, Cols.ISSUE_STATUS);
  }

  /**
   * Whether an issue is done and not dropped, as {@code jira_go_live_summaries} reads it: a
   * resolution date, or a done status category while the status at the snapshot is known; not a
   * status or resolution in {@code dropped} or {@code stage_vocabulary.not_started}.
   */
  static Column doneAndKept(Dataset<Row> issues, LifecycleRules rules) {
    LifecycleRules.GoLive g = rules.jiraGoLive();
    List<String> dropped = new ArrayList<>(g.dropped());
    dropped.addAll(rules.stageVocabulary().notStarted().resolutions());
    Column done =
        col(Cols.RESOLVED)
            .isNotNull()
            .or(
                col(Cols.ISSUE_STATUS)
                    .isNotNull()
                    .and(in(optional(issues, Cols.STATUS_CATEGORY), g.doneStatusCategories())));
    Column kept =
        started(issues, rules)
            .and(in(col(Cols.ISSUE_STATUS), dropped).unary_$bang())
            .and(in(optional(issues, Cols.RESOLUTION), dropped).unary_$bang());
    return done.and(kept);
  }

  /** Production evidence rows: initiative_id, evidence (what), at. */
  public static Dataset<Row> productionEvidence(
      Dataset<Row> registry,
      Dataset<Row> issues,
      Dataset<Row> history,
      Dataset<Row> models,
      LifecycleRules rules) {
    return Unions.byName(productionParts(registry, issues, history, models, rules));
  }

  /**
   * The parts of {@link #productionEvidence}, in its row order: unioned once ({@link
   * Unions#byName}) by their reader, not chained.
   */
  private static List<Dataset<Row>> productionParts(
      Dataset<Row> registry,
      Dataset<Row> issues,
      Dataset<Row> history,
      Dataset<Row> models,
      LifecycleRules rules) {
    String prodStatus = rules.jiraProductionStatuses();
    Dataset<Row> regDate =
        registry
            .filter(col(Cols.PRODUCTION_DATE).isNotNull())
            .select(
                col(Cols.INITIATIVE_ID),
                concat(lit("registry production_date "), col(Cols.PRODUCTION_DATE).cast("string"))
                    .as(EVIDENCE),
                col(Cols.PRODUCTION_DATE).cast("timestamp").as(AT));
    List<Dataset<Row>> out = new ArrayList<>();
    out.add(regDate);
    if (rules.registryStatusIsProduction()) {
      out.add(
          registry
              .filter(RegistryStatuses.names(col(Cols.STATUS), rules, PRODUCTION))
              .select(
                  col(Cols.INITIATIVE_ID),
                  concat(lit("registry status '"), col(Cols.STATUS), lit("'")).as(EVIDENCE),
                  lit(null).cast("timestamp").as(AT)));
    }
    out.add(
        issues
            .filter(matches(col(Cols.ISSUE_STATUS), prodStatus))
            .select(
                col(Cols.INITIATIVE_ID),
                concat(
                        lit("jira "),
                        col(Cols.ISSUE_KEY),
                        lit(" status '"),
                        col(Cols.ISSUE_STATUS),
                        lit("'"))
                    .as(EVIDENCE),
                coalesce(col(Cols.RESOLVED), col(Cols.UPDATED)).as(AT)));
    out.add(
        history
            .filter(matches(col(Cols.TO_STATUS), prodStatus))
            .select(
                col(Cols.INITIATIVE_ID),
                concat(
                        lit("jira "),
                        col(Cols.ISSUE_KEY),
                        lit(" was '"),
                        col(Cols.TO_STATUS),
                        lit("'"))
                    .as(EVIDENCE),
                col(Cols.CHANGED_AT).as(AT)));
    if (rules.jiraGoLive().enabled()) {
      out.add(
          goLiveIssues(issues, history, rules)
              .select(
                  col(Cols.INITIATIVE_ID),
                  concat(
                          lit("jira "),
                          col(Cols.ISSUE_KEY),
                          lit(" '"),
                          col(Cols.SUMMARY),
                          lit("' done (" + GO_LIVE_RULE + " '"),
                          col(GO_LIVE),
                          lit("')"))
                      .as(EVIDENCE),
                  col(AT)));
    }
    out.add(
        models
            .filter(modelProduction(rules))
            .select(
                col(Cols.INITIATIVE_ID),
                concat(
                        lit("mlflow "),
                        col(Cols.MODEL_NAME),
                        lit(" v"),
                        col(Cols.MODEL_VERSION),
                        lit(" "),
                        col(Cols.MODEL_STAGE),
                        when(
                                org.apache.spark.sql.functions.size(col(Cols.ALIASES)).gt(0),
                                concat(
                                    lit(" @"),
                                    org.apache.spark.sql.functions.array_join(
                                        col(Cols.ALIASES), ",@")))
                            .otherwise(lit("")))
                    .as(EVIDENCE),
                coalesce(col(Cols.MODEL_UPDATED), col(Cols.MODEL_CREATED)).as(AT)));
    return out;
  }

  /**
   * Qualifying activity timestamps per initiative: issue created and resolved, comments and status
   * changes by people (bot accounts excluded), {@code updated} only for issues exported without a
   * changelog (a CSV carries no history), and model-registry changes.
   */
  public static Dataset<Row> activity(
      Dataset<Row> issues,
      Dataset<Row> texts,
      Dataset<Row> history,
      Dataset<Row> models,
      LifecycleRules rules) {
    String bots = rules.botAuthors();
    Column human =
        col(Cols.AUTHOR)
            .isNull()
            .or(org.apache.spark.sql.functions.not(col(Cols.AUTHOR).rlike(bots)));
    Dataset<Row> created = issues.select(col(Cols.INITIATIVE_ID), col(Cols.CREATED).as(AT));
    Dataset<Row> resolved = issues.select(col(Cols.INITIATIVE_ID), col(Cols.RESOLVED).as(AT));
    // Comments and status changes: the latest per initiative and author first, then the bot test
    // on those few rows. The bot regex costs ~4.5 us a row; per comment it was most of the
    // assessment's task CPU at 1M issues. Inside the aggregate, Catalyst cannot push it back down
    // to the rows (a filter on the author would be).
    Dataset<Row> authored =
        texts
            .filter(col(Cols.SOURCE).equalTo("jira_comment"))
            .select(col(Cols.INITIATIVE_ID), col(Cols.AUTHOR), col(Cols.TEXT_AT).as(AT))
            .unionByName(
                history.select(
                    col(Cols.INITIATIVE_ID), col(Cols.AUTHOR), col(Cols.CHANGED_AT).as(AT)))
            .groupBy(Cols.INITIATIVE_ID, Cols.AUTHOR)
            .agg(max(AT).as(AT))
            .groupBy(Cols.INITIATIVE_ID)
            .agg(max(when(human, col(AT))).as(AT));
    List<Dataset<Row>> parts = new ArrayList<>(List.of(created, resolved, authored));
    if (rules.useUpdatedWithoutHistory()) {
      parts.add(
          issues
              .filter(org.apache.spark.sql.functions.not(col("has_history")))
              .select(col(Cols.INITIATIVE_ID), col(Cols.UPDATED).as(AT)));
    }
    if (rules.modelRegistryActivity()) {
      parts.add(
          models.select(
              col(Cols.INITIATIVE_ID),
              greatest(col(Cols.MODEL_CREATED), col(Cols.MODEL_UPDATED)).as(AT)));
    }
    return Unions.byName(parts)
        .filter(col(AT).isNotNull())
        .groupBy(Cols.INITIATIVE_ID)
        .agg(to_date(max(AT)).as(Cols.LAST_ACTIVITY_DATE));
  }

  /**
   * Stall window per stage rank, and the rule or figures that set it. Columns: stage_rank,
   * stall_window_days, stall_window_basis.
   *
   * <p>{@code fixed} mode: the configured days ({@code stall_window.per_stage_days.STAGE}, else
   * {@code stall_window.default_days}, named in the basis). {@code derived} mode: per stage, the
   * {@code derived_percentile} of the days spent in it by the stage_history spells that moved on
   * (left_at set), at least {@code derived_min_days}; a stage with fewer than {@code
   * derived_min_sample} such spells keeps its configured window, and the basis says why.
   *
   * @param stageHistory the stage spells of {@link StageHistory#spells} (initiative_id, stage,
   *     left_at, days)
   */
  public static Dataset<Row> stallWindows(Dataset<Row> stageHistory, LifecycleRules rules) {
    Map<Stage, Integer> fixed = rules.stallDaysPerStage();
    List<Row> rows = new ArrayList<>();
    for (Stage s : Stage.values()) {
      rows.add(
          org.apache.spark.sql.RowFactory.create(
              s.rank(), s.code(), fixed.get(s), rules.stallFixedKey(s)));
    }
    Dataset<Row> fixedDF =
        stageHistory
            .sparkSession()
            .createDataFrame(
                rows,
                new org.apache.spark.sql.types.StructType()
                    .add(STAGE_RANK, "int")
                    .add("_stage", "string")
                    .add("fixed_days", "int")
                    .add("fixed_key", "string"));
    if (!"derived".equalsIgnoreCase(rules.stallMode())) {
      return fixedDF.select(
          col(STAGE_RANK),
          col("fixed_days").as(Cols.STALL_WINDOW_DAYS),
          col("fixed_key").as(Cols.STALL_WINDOW_BASIS));
    }
    double p = rules.stallDerivedPercentile();
    int floor = rules.stallDerivedMinDays();
    int minSample = rules.stallDerivedMinSample();
    Dataset<Row> derived =
        stageHistory
            .filter(col(Cols.LEFT_AT).isNotNull().and(col(Cols.DAYS).geq(0)))
            .groupBy(col(Cols.STAGE).as("_d_stage"))
            .agg(
                percentile_approx(col(Cols.DAYS), lit(p), lit(10000)).as("p_days"),
                count(lit(1)).as("moved_on"));
    Column n = coalesce(col("moved_on"), lit(0L));
    Column enough = n.geq(minSample);
    String pct = "p" + Math.round(p * 100);
    Column derivedBasis =
        concat(
            lit("derived: " + pct + " of "),
            n.cast("string"),
            lit(" "),
            col("_stage"),
            lit(" spells that moved on = "),
            col("p_days").cast("string"),
            lit(" days"),
            when(col("p_days").lt(floor), lit(", raised to derived_min_days " + floor))
                .otherwise(lit("")));
    Column fallbackBasis =
        concat(
            col("fixed_key"),
            lit(" (derived: "),
            n.cast("string"),
            lit(" "),
            col("_stage"),
            lit(" spells moved on, fewer than derived_min_sample " + minSample + ")"));
    return fixedDF
        .join(derived, col("_stage").equalTo(col("_d_stage")), "left")
        .select(
            col(STAGE_RANK),
            when(enough, greatest(col("p_days"), lit(floor)))
                .otherwise(col("fixed_days"))
                .cast("int")
                .as(Cols.STALL_WINDOW_DAYS),
            when(enough, derivedBasis).otherwise(fallbackBasis).as(Cols.STALL_WINDOW_BASIS));
  }

  /** The lifecycle verdicts of a snapshot: the stage spells and the outcomes table. */
  public record Assessed(Dataset<Row> spells, Dataset<Row> outcomes) {}

  /**
   * Stage evidence, production evidence, activity, stage spells, stall windows and outcomes of the
   * canonical inputs as of {@code asOf}: the lifecycle half of the job's verdicts, composed once
   * for the job and for tests.
   */
  public static Assessed assess(
      Dataset<Row> registry,
      Dataset<Row> issues,
      Dataset<Row> history,
      Dataset<Row> models,
      Dataset<Row> texts,
      LifecycleRules rules,
      LocalDate asOf) {
    return assess(registry, issues, history, models, texts, rules, asOf, UnaryOperator.identity());
  }

  /**
   * As {@link #assess(Dataset, Dataset, Dataset, Dataset, Dataset, LifecycleRules, LocalDate)},
   * with every step's result passed through {@code cut} (the job truncates lineage there on small
   * runs, so that later steps analyse short plans; the values are the same).
   */
  public static Assessed assess(
      Dataset<Row> registry,
      Dataset<Row> issues,
      Dataset<Row> history,
      Dataset<Row> models,
      Dataset<Row> texts,
      LifecycleRules rules,
      LocalDate asOf,
      UnaryOperator<Dataset<Row>> cut) {
    return assess(registry, issues, history, models, texts, rules, asOf, cut, cut);
  }

  /**
   * As {@link #assess(Dataset, Dataset, Dataset, Dataset, Dataset, LifecycleRules, LocalDate,
   * UnaryOperator)}, with the steps that several later queries read (the stage evidence: the spells
   * and the outcomes; the spells: the stall windows and the stage_history table; the outcomes: the
   * initiative read and the assessment) passed through {@code shared} instead. The job materialises
   * those once on every run, so that a large run does not compute the stage evidence and the
   * outcomes again in each query that reads them.
   */
  public static Assessed assess(
      Dataset<Row> registry,
      Dataset<Row> issues,
      Dataset<Row> history,
      Dataset<Row> models,
      Dataset<Row> texts,
      LifecycleRules rules,
      LocalDate asOf,
      UnaryOperator<Dataset<Row>> cut,
      UnaryOperator<Dataset<Row>> shared) {
    Dataset<Row> stages = shared.apply(stageEvidence(registry, issues, history, models, rules));
    // The production evidence and the go-live statements as one balanced union.
    List<Dataset<Row>> productionParts =
        new ArrayList<>(productionParts(registry, issues, history, models, rules));
    productionParts.add(GoLiveStatements.evidence(issues, texts, rules));
    Dataset<Row> production = cut.apply(Unions.byName(productionParts));
    Dataset<Row> activity = cut.apply(activity(issues, texts, history, models, rules));
    Dataset<Row> spells = shared.apply(StageHistory.spells(stages, asOf));
    Dataset<Row> windows = cut.apply(stallWindows(spells, rules));
    Dataset<Row> outcomes =
        shared.apply(
            outcomes(registry, issues, stages, production, activity, windows, rules, asOf));
    return new Assessed(spells, outcomes);
  }

  /**
   * One row per registry initiative with outcome, stages, production and activity fields. Columns:
   * the registry columns plus reached_production, production_evidence, production_date (effective),
   * furthest_stage, furthest_stage_source, stall_stage, last_activity_date, days_since_activity,
   * stall_window_days, outcome, outcome_rule_id, linked_issue_count.
   */
  public static Dataset<Row> outcomes(
      Dataset<Row> registry,
      Dataset<Row> issues,
      Dataset<Row> stageEvidence,
      Dataset<Row> production,
      Dataset<Row> activity,
      Dataset<Row> windows,
      LifecycleRules rules,
      LocalDate asOf) {
    Dataset<Row> furthest =
        stageEvidence
            .groupBy(Cols.INITIATIVE_ID)
            .agg(
                max(struct(col(STAGE_RANK), col(PRIORITY), col(Cols.SOURCE), col(Cols.SOURCE_REF)))
                    .as("f"));
    Dataset<Row> prod =
        production
            .groupBy(Cols.INITIATIVE_ID)
            .agg(
                min(col(AT)).as("first_production_at"),
                max(col(EVIDENCE).startsWith(GoLiveStatements.PREFIX).unary_$bang())
                    .as("_other_production"),
                org.apache
                    .spark
                    .sql
                    .functions
                    .array_join(
                        org.apache.spark.sql.functions.array_sort(
                            org.apache.spark.sql.functions.collect_set(col(EVIDENCE))),
                        "; ")
                    .as(Cols.PRODUCTION_EVIDENCE));
    // Story points (jira_fields.story_points): planned = every linked issue's estimate, done =
    // those of issues resolved by the snapshot date; null where no linked issue has an estimate.
    Column points = optional(issues, Cols.STORY_POINTS, "double");
    Dataset<Row> issueCounts =
        issues
            .groupBy(Cols.INITIATIVE_ID)
            .agg(
                count(lit(1)).cast("int").as(Cols.LINKED_ISSUE_COUNT),
                count(points).cast("int").as(Cols.ESTIMATED_ISSUE_COUNT),
                sum(points).as(Cols.STORY_POINTS_PLANNED),
                sum(when(col(Cols.RESOLVED).isNotNull(), points)).as("_points_resolved"));
    Column asOfDate = lit(java.sql.Date.valueOf(asOf));
    Dataset<Row> j =
        registry
            .join(furthest, Cols.INITIATIVE_ID, "left")
            .join(prod, Cols.INITIATIVE_ID, "left")
            .join(activity, Cols.INITIATIVE_ID, "left")
            .join(issueCounts, Cols.INITIATIVE_ID, "left");
    Column reached = col(Cols.PRODUCTION_EVIDENCE).isNotNull();
    Column furthestRank =
        when(reached, lit(Stage.OPERATION.rank()))
            .otherwise(coalesce(col("f." + STAGE_RANK), lit(Stage.DISCOVERY.rank())));
    Column lastActivity = coalesce(col(Cols.LAST_ACTIVITY_DATE), col(Cols.START_DATE));
    // One projection (each withColumn re-analyses the whole plan below it). No column reads
    // another one added or replaced here; the days since activity read the same value
    // (coalesce(last activity, start)) as the replaced last_activity_date holds.
    Map<String, Column> added = new java.util.LinkedHashMap<>();
    added.put(Cols.REACHED_PRODUCTION, reached);
    added.put("_furthest_rank", furthestRank);
    added.put(
        Cols.FURTHEST_STAGE_SOURCE,
        when(
                reached.and(coalesce(col("f." + STAGE_RANK), lit(0)).lt(Stage.OPERATION.rank())),
                col(Cols.PRODUCTION_EVIDENCE))
            .when(
                col("f." + STAGE_RANK).isNotNull(),
                concat(col("f." + Cols.SOURCE), lit(": "), col("f." + Cols.SOURCE_REF)))
            .otherwise(lit("no stage evidence (DISCOVERY assumed)")));
    added.put(Cols.LAST_ACTIVITY_DATE, lastActivity);
    added.put(Cols.DAYS_SINCE_ACTIVITY, datediff(asOfDate, lastActivity));
    added.put(
        Cols.PRODUCTION_DATE,
        when(reached, coalesce(col(Cols.PRODUCTION_DATE), to_date(col("first_production_at")))));
    j = j.withColumns(added).drop("f", "first_production_at");
    // The stall window of the stage the initiative is in (capped below OPERATION).
    Column stallRank = least(col("_furthest_rank"), lit(Stage.DEPLOYMENT.rank()));
    j =
        j.join(
                windows.withColumnRenamed(STAGE_RANK, "_w_rank"),
                stallRank.equalTo(col("_w_rank")),
                "left")
            .drop("_w_rank");
    Map<LifecycleRules.OutcomeCondition, Column> conditions =
        Map.of(
            LifecycleRules.OutcomeCondition.PRODUCTION_EVIDENCE,
            coalesce(col("_other_production"), lit(false)),
            LifecycleRules.OutcomeCondition.GO_LIVE_STATEMENT,
            reached,
            LifecycleRules.OutcomeCondition.CLOSED,
            col(Cols.CLOSED_DATE)
                .isNotNull()
                .or(RegistryStatuses.names(col(Cols.STATUS), rules, CANCELLED)),
            LifecycleRules.OutcomeCondition.ON_HOLD,
            RegistryStatuses.names(col(Cols.STATUS), rules, ON_HOLD),
            LifecycleRules.OutcomeCondition.RECENT_ACTIVITY,
            coalesce(col(Cols.DAYS_SINCE_ACTIVITY).leq(col(Cols.STALL_WINDOW_DAYS)), lit(false)),
            LifecycleRules.OutcomeCondition.ALWAYS,
            lit(true));
    Column decided = decide(rules.outcomeRules(), conditions);
    Column failed = col(Cols.OUTCOME).isin(Outcome.STALLED.code(), Outcome.CANCELLED.code());
    // Three projections instead of nine: the outcome reads the decision, the stall stage the
    // outcome; the other columns read only columns from before.
    Map<String, Column> decision = new java.util.LinkedHashMap<>();
    decision.put(Cols.OUTCOME, col("_decided.outcome"));
    decision.put(Cols.OUTCOME_RULE_ID, col("_decided.rule_id"));
    Map<String, Column> last = new java.util.LinkedHashMap<>();
    last.put(Cols.FURTHEST_STAGE, stageCode(col("_furthest_rank")));
    last.put(Cols.STALL_STAGE, when(failed, stageCode(stallRank)));
    last.put(Cols.LINKED_ISSUE_COUNT, coalesce(col(Cols.LINKED_ISSUE_COUNT), lit(0)));
    last.put(Cols.ESTIMATED_ISSUE_COUNT, coalesce(col(Cols.ESTIMATED_ISSUE_COUNT), lit(0)));
    last.put(
        Cols.STORY_POINTS_DONE,
        when(
            col(Cols.STORY_POINTS_PLANNED).isNotNull(),
            coalesce(col("_points_resolved"), lit(0.0))));
    return j.withColumn("_decided", decided)
        .withColumns(decision)
        .drop("_decided", "_other_production")
        .withColumns(last)
        .drop("_furthest_rank", "_points_resolved");
  }

  /**
   * The outcome rules folded once into one expression: struct(outcome, rule_id) of the first rule
   * whose condition holds (the last rule is the catch-all, checked when the rules load).
   */
  static Column decide(
      List<LifecycleRules.OutcomeRule> rules,
      Map<LifecycleRules.OutcomeCondition, Column> conditions) {
    Column out = lit(null).cast("struct<outcome:string,rule_id:string>");
    for (int i = rules.size() - 1; i >= 0; i--) {
      LifecycleRules.OutcomeRule r = rules.get(i);
      Column verdict = struct(lit(r.outcome().code()).as("outcome"), lit(r.id()).as("rule_id"));
      out =
          r.when() == LifecycleRules.OutcomeCondition.ALWAYS
              ? verdict
              : when(conditions.get(r.when()), verdict).otherwise(out);
    }
    return out;
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
