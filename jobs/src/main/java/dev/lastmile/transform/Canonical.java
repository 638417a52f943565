package dev.lastmile.transform;

import static dev.lastmile.transform.CaseMapping.lower;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.io.parse.Kinds;
import dev.lastmile.io.parse.Rec;
import dev.lastmile.model.Cols;
import dev.lastmile.model.QuarantineReason;
import dev.lastmile.rules.LifecycleRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Splits the parsed record stream into the canonical tables (registry, issues, texts, status
 * history, model versions, quarantine, per-file summaries). Pure: Dataset in, Datasets out.
 */
public final class Canonical {
  private Canonical() {}

  /** Column names of the quarantine rows every step produces (before snapshot_date). */
  public static final String[] QUARANTINE_COLUMNS = {
    Cols.SOURCE_FILE, Cols.RECORD_NUMBER, Cols.REASON, Cols.DETAIL, Cols.RAW, Cols.RAW_LENGTH
  };

  /** Registry rows plus the DUPLICATE_ID quarantine rows of later copies. */
  public record Registry(Dataset<Row> registry, Dataset<Row> duplicates) {}

  /** Issues plus the DUPLICATE_ID rows of an issue exported twice. */
  public record Issues(Dataset<Row> issues, Dataset<Row> duplicates) {}

  static Dataset<Row> kind(Dataset<Rec> recs, String kind) {
    return recs.filter(col("kind").equalTo(kind)).toDF();
  }

  /** Per-file summaries: format, encoding, sha256, bytes, records read, fatal problem. */
  public static Dataset<Row> files(Dataset<Rec> recs) {
    return kind(recs, Kinds.FILE)
        .select(
            col("sourceFile").as(Cols.SOURCE_FILE),
            col("format"),
            col("encoding"),
            col("sha256"),
            col("bytes"),
            col("recordsRead").as("records_read"),
            col("fatal"));
  }

  /** Quarantine rows produced while parsing. */
  public static Dataset<Row> parseQuarantine(Dataset<Rec> recs) {
    return kind(recs, Kinds.QUARANTINE)
        .select(
            col("sourceFile").as(Cols.SOURCE_FILE),
            col("recordNumber").as(Cols.RECORD_NUMBER),
            col("reason").as(Cols.REASON),
            col("detail").as(Cols.DETAIL),
            col("raw").as(Cols.RAW),
            col("rawLength").as(Cols.RAW_LENGTH));
  }

  /** Builds a quarantine frame from any rows with the given expressions. */
  public static Dataset<Row> quarantine(
      Dataset<Row> rows, QuarantineReason reason, Column detail, Column raw) {
    return rows.select(
        col(Cols.SOURCE_FILE),
        col(Cols.RECORD_NUMBER),
        lit(reason.code()).as(Cols.REASON),
        detail.as(Cols.DETAIL),
        substring(raw, 1, 4000).as(Cols.RAW),
        length(raw).as(Cols.RAW_LENGTH));
  }

  private static Column mapped(Column value, Map<String, String> vocabulary) {
    if (vocabulary.isEmpty()) {
      return value;
    }
    List<Column> keys = new ArrayList<>();
    List<Column> vals = new ArrayList<>();
    vocabulary.forEach(
        (k, v) -> {
          keys.add(lit(k));
          vals.add(lit(v));
        });
    Column m =
        map_from_arrays(
            org.apache.spark.sql.functions.array(keys.toArray(new Column[0])),
            org.apache.spark.sql.functions.array(vals.toArray(new Column[0])));
    return coalesce(element_at(m, lower(trim(value))), value);
  }

  /** Typed registry (one row per initiative_id, the first copy kept). */
  public static Registry registry(Dataset<Rec> recs, LifecycleRules rules) {
    Dataset<Row> raw = kind(recs, Kinds.REGISTRY);
    List<Column> cols = new ArrayList<>();
    for (String c : Cols.REGISTRY_COLUMNS) {
      Column v = col("fields").getItem(c);
      if (List.of(Cols.REGISTRY_DATE_COLUMNS).contains(c)) {
        v = to_date(v);
      } else if (List.of(Cols.REGISTRY_NUMBER_COLUMNS).contains(c)) {
        v = v.cast("double");
      } else if (c.equals(Cols.REGISTRY_STAGE) || c.equals(Cols.STATUS)) {
        v = mapped(v, rules.registryValueMap(c));
      }
      cols.add(v.as(c));
    }
    cols.add(col("sourceFile").as(Cols.SOURCE_FILE));
    cols.add(col("recordNumber").as(Cols.RECORD_NUMBER));
    Dataset<Row> typed = raw.select(cols.toArray(new Column[0]));
    WindowSpec w =
        Window.partitionBy(Cols.INITIATIVE_ID)
            .orderBy(col(Cols.SOURCE_FILE), col(Cols.RECORD_NUMBER));
    Dataset<Row> ranked =
        typed
            .withColumn("_rn", row_number().over(w))
            .withColumn(
                "_first_file", org.apache.spark.sql.functions.first(Cols.SOURCE_FILE).over(w))
            .withColumn(
                "_first_rec", org.apache.spark.sql.functions.first(Cols.RECORD_NUMBER).over(w));
    Dataset<Row> kept =
        ranked.filter(col("_rn").equalTo(1)).drop("_rn", "_first_file", "_first_rec");
    Dataset<Row> dups =
        quarantine(
            ranked.filter(col("_rn").gt(1)),
            QuarantineReason.DUPLICATE_ID,
            concat(
                lit("initiative_id "),
                col(Cols.INITIATIVE_ID),
                lit(" already read at "),
                col("_first_file"),
                lit(" record "),
                col("_first_rec").cast("string"),
                lit("; the first copy is kept")),
            concat(col(Cols.INITIATIVE_ID), lit(","), col(Cols.NAME)));
    return new Registry(kept, dups);
  }

  /** Issues (one row per issue key; an issue exported twice keeps the copy with history). */
  public static Issues issues(Dataset<Rec> recs) {
    return separateIssues(rankedIssues(recs));
  }

  /**
   * Every issue record ranked within its key by which copy is kept (the first is). A job that
   * materialises this once and then calls {@link #separateIssues} sorts the issues once, not once
   * for the kept issues and again for the DUPLICATE_ID quarantine rows.
   */
  public static Dataset<Row> rankedIssues(Dataset<Rec> recs) {
    Dataset<Row> all =
        kind(recs, Kinds.ISSUE)
            .select(
                col("issueKey").as(Cols.ISSUE_KEY),
                col("issueId").as(Cols.ISSUE_ID),
                col("projectKey").as(Cols.PROJECT_KEY),
                col("issueType").as(Cols.ISSUE_TYPE),
                col("summary").as(Cols.SUMMARY),
                col("status").as(Cols.ISSUE_STATUS),
                col("resolution").as(Cols.RESOLUTION),
                col("created").as(Cols.CREATED),
                col("updated").as(Cols.UPDATED),
                col("resolved").as(Cols.RESOLVED),
                col("parentKey").as(Cols.PARENT_KEY),
                col("parentId").as(Cols.PARENT_ID),
                col("epicKey").as(Cols.EPIC_KEY),
                col("labels").as(Cols.LABELS),
                coalesce(col("flagged"), lit(false)).as(Cols.FLAGGED),
                col("storyPoints").as(Cols.STORY_POINTS),
                col("blockedBy").as(Cols.BLOCKED_BY),
                col("components").as(Cols.COMPONENTS),
                col("sprints").as(Cols.SPRINTS),
                col("fixVersions").as(Cols.FIX_VERSIONS),
                col("statusCategory").as(Cols.STATUS_CATEGORY),
                col("hasHistory").as("has_history"),
                col("sourceFile").as(Cols.SOURCE_FILE),
                col("recordNumber").as(Cols.RECORD_NUMBER));
    WindowSpec w =
        Window.partitionBy(Cols.ISSUE_KEY)
            .orderBy(
                col("has_history").desc(),
                col(Cols.UPDATED).desc_nulls_last(),
                col(Cols.SOURCE_FILE),
                col(Cols.RECORD_NUMBER));
    return all.withColumn("_rn", row_number().over(w))
        .withColumn("_kept_file", org.apache.spark.sql.functions.first(Cols.SOURCE_FILE).over(w));
  }

  /** Splits {@link #rankedIssues} into the kept issues and the DUPLICATE_ID rows. */
  public static Issues separateIssues(Dataset<Row> ranked) {
    Dataset<Row> kept = ranked.filter(col("_rn").equalTo(1)).drop("_rn", "_kept_file");
    Dataset<Row> dups =
        quarantine(
            ranked.filter(col("_rn").gt(1)),
            QuarantineReason.DUPLICATE_ID,
            concat(
                lit("issue "),
                col(Cols.ISSUE_KEY),
                lit(" is also exported in "),
                col("_kept_file"),
                lit("; that copy is kept")),
            concat(col(Cols.ISSUE_KEY), lit(","), coalesce(col(Cols.SUMMARY), lit(""))));
    return new Issues(kept, dups);
  }

  /** Issue texts (summary, description, comments) with provenance. */
  public static Dataset<Row> issueTexts(Dataset<Rec> recs) {
    return kind(recs, Kinds.TEXT)
        .select(
            col("issueKey").as(Cols.ISSUE_KEY),
            col("textSource").as(Cols.SOURCE),
            col("sourceRef").as(Cols.SOURCE_REF),
            col("textAt").as(Cols.TEXT_AT),
            col("author").as(Cols.AUTHOR),
            col("text").as(Cols.TEXT),
            col("sourceFile").as(Cols.SOURCE_FILE),
            col("recordNumber").as(Cols.RECORD_NUMBER));
  }

  /** Status changes from Jira changelogs. */
  public static Dataset<Row> statusHistory(Dataset<Rec> recs) {
    return changes(recs, Kinds.HISTORY);
  }

  /**
   * Changes of the Jira Flagged field (JSON changelogs): issue_key, changed_at, author, from_status
   * and to_status holding the flag values before and after (blank = cleared).
   */
  public static Dataset<Row> flagHistory(Dataset<Rec> recs) {
    return changes(recs, Kinds.FLAG_HISTORY);
  }

  /** One kind of changelog record in the shape both change histories share. */
  private static Dataset<Row> changes(Dataset<Rec> recs, String kind) {
    return kind(recs, kind)
        .select(
            col("issueKey").as(Cols.ISSUE_KEY),
            col("textAt").as(Cols.CHANGED_AT),
            col("author").as(Cols.AUTHOR),
            col("fromStatus").as(Cols.FROM_STATUS),
            col("toStatus").as(Cols.TO_STATUS),
            col("sourceFile").as(Cols.SOURCE_FILE),
            col("recordNumber").as(Cols.RECORD_NUMBER));
  }

  /** MLflow model versions. */
  public static Dataset<Row> models(Dataset<Rec> recs) {
    return kind(recs, Kinds.MODEL)
        .select(
            col("modelName").as(Cols.MODEL_NAME),
            col("modelVersion").as(Cols.MODEL_VERSION),
            col("modelStage").as(Cols.MODEL_STAGE),
            col("aliases").as(Cols.ALIASES),
            col("modelCreated").as(Cols.MODEL_CREATED),
            col("modelUpdated").as(Cols.MODEL_UPDATED),
            col("description").as(Cols.DESCRIPTION),
            col("tags").as(Cols.TAGS),
            col("sourceFile").as(Cols.SOURCE_FILE),
            col("recordNumber").as(Cols.RECORD_NUMBER));
  }

  /** Null-safe "value is blank" test used by several transforms. */
  static Column blank(Column c) {
    return when(c.isNull(), lit(true)).otherwise(trim(c).equalTo(""));
  }
}
