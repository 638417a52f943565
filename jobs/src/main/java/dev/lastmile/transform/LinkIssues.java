package dev.lastmile.transform;

import static dev.lastmile.transform.CaseMapping.lower;
import static dev.lastmile.transform.CaseMapping.upper;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cols;
import dev.lastmile.model.QuarantineReason;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Links each Jira issue to an initiative, in this order of precedence: a label {@code
 * initiative:<id>}; the issue's own key listed in the registry's {@code jira_keys}; its parent or
 * epic's link (transitively, so a sub-task of a story in a linked epic belongs to the epic's
 * initiative); its project key listed in {@code jira_keys} (only when exactly one initiative claims
 * that project). Issues that link to nothing are quarantined as UNLINKED_ISSUE; model versions
 * whose name no initiative lists as UNLINKED_MODEL.
 */
public final class LinkIssues {
  private LinkIssues() {}

  /** Parent chains deeper than this (sub-task → story → epic → …) are not followed. */
  static final int MAX_DEPTH = 3;

  public static final String LINK_METHOD = "link_method";

  /** Linked issues (with initiative_id and link_method) and the unlinked quarantine rows. */
  public record Linked(Dataset<Row> issues, Dataset<Row> unlinked) {}

  public static Linked link(Dataset<Row> issues, Dataset<Row> registry, String labelPrefix) {
    return separate(linkAll(issues, registry, labelPrefix), labelPrefix);
  }

  /**
   * Every issue with its initiative_id and link_method (both null when it links to nothing). A job
   * that materialises this once and then calls {@link #separate} computes the seven joins once, not
   * once for the linked issues and again for the quarantine.
   */
  public static Dataset<Row> linkAll(
      Dataset<Row> issues, Dataset<Row> registry, String labelPrefix) {
    return linkAll(issues, registry, labelPrefix, UnaryOperator.identity());
  }

  /**
   * {@link #linkAll}, with each issue's own links (label, key, project and parent reference) passed
   * through {@code cut} before the parent chain is resolved. The chain joins that frame with
   * lookups derived from itself, four times: over the uncut plan (the issues joined to their own
   * parent ids and to three registry lookups) every join made the analyser rename the whole
   * duplicated subtree, and every later step re-analysed it. A small run passes a lazy checkpoint
   * (no Spark job of its own; the chain then reads one leaf, computed once); {@code
   * UnaryOperator.identity()} keeps one plan.
   */
  public static Dataset<Row> linkAll(
      Dataset<Row> issues,
      Dataset<Row> registry,
      String labelPrefix,
      UnaryOperator<Dataset<Row>> cut) {
    Dataset<Row> keys =
        registry
            .select(
                col(Cols.INITIATIVE_ID), explode(split(col(Cols.JIRA_KEYS), "[;,\\s]+")).as("k"))
            .select(col(Cols.INITIATIVE_ID), upper(trim(col("k"))).as("k"))
            .filter(col("k").notEqual(""));
    Dataset<Row> issueKeys =
        keys.filter(col("k").rlike("^[A-Z][A-Z0-9_]*-[0-9]+$"))
            .groupBy("k")
            .agg(min(Cols.INITIATIVE_ID).as("by_key"));
    Dataset<Row> projectKeys =
        keys.filter(col("k").rlike("^[A-Z][A-Z0-9_]*$"))
            .groupBy("k")
            .agg(count(lit(1)).as("claims"), first(Cols.INITIATIVE_ID).as("by_project"))
            .filter(col("claims").equalTo(1))
            .drop("claims");
    Dataset<Row> validIds = registry.select(col(Cols.INITIATIVE_ID).as("label_id"));

    // The key of each issue's parent: parent key, epic link, or the parent's numeric id.
    Dataset<Row> idToKey =
        issues
            .filter(col(Cols.ISSUE_ID).isNotNull())
            .select(col(Cols.ISSUE_ID).as("pid"), col(Cols.ISSUE_KEY).as("pid_key"));
    // The labels that start with the prefix (in any case), without it.
    String prefixPattern = labelPrefix.toLowerCase() + "%";
    int idFrom = labelPrefix.length() + 1;
    Column labelId =
        filter(
            transform(
                col(Cols.LABELS),
                l ->
                    when(
                        lower(l).like(prefixPattern),
                        l.substr(lit(idFrom), lit(Integer.MAX_VALUE)))),
            Column::isNotNull);
    Dataset<Row> base =
        issues
            .join(idToKey, col(Cols.PARENT_ID).equalTo(col("pid")), "left")
            .withColumn(
                "parent_ref", coalesce(col(Cols.PARENT_KEY), col(Cols.EPIC_KEY), col("pid_key")))
            .drop("pid", "pid_key")
            .withColumn("label_ids", labelId)
            .withColumn("label_id0", expr("get(label_ids, 0)"));
    base =
        base.join(validIds, col("label_id0").equalTo(col("label_id")), "left")
            .drop("label_id0", "label_ids")
            .join(issueKeys, upper(col(Cols.ISSUE_KEY)).equalTo(col("k")), "left")
            .drop("k")
            .join(projectKeys, upper(col(Cols.PROJECT_KEY)).equalTo(col("k")), "left")
            .drop("k");
    Column own = coalesce(col("label_id"), col("by_key"));
    Column ownMethod =
        when(col("label_id").isNotNull(), lit("label"))
            .when(col("by_key").isNotNull(), lit("issue_key"));
    base =
        cut.apply(
            base.withColumn("own_0", own)
                .withColumn("method_0", ownMethod)
                .withColumn("proj_0", col("by_project"))
                .withColumn("anc_0", col("parent_ref"))
                .drop("label_id", "by_key", "by_project"));
    // Ancestors by joining a fixed lookup (not the growing frame), so the plan grows linearly.
    // The chain is resolved once per distinct parent on narrow rows and joined to the issues
    // once: joining the full-width issues at every level shuffled every issue three times more.
    Dataset<Row> lookup =
        base.select(
            col(Cols.ISSUE_KEY).as("l_key"),
            col("parent_ref").as("l_parent"),
            col("own_0").as("l_own"),
            col("proj_0").as("l_proj"));
    Dataset<Row> chain =
        base.select(col("anc_0").as("c_anc_0")).filter(col("c_anc_0").isNotNull()).distinct();
    Column[] owns = new Column[MAX_DEPTH + 1];
    Column[] projs = new Column[MAX_DEPTH + 1];
    owns[0] = col("own_0");
    projs[0] = col("proj_0");
    for (int i = 1; i <= MAX_DEPTH; i++) {
      chain =
          chain
              .join(
                  lookup,
                  col((i == 1 ? "c_" : "") + "anc_" + (i - 1)).equalTo(col("l_key")),
                  "left")
              .withColumnRenamed("l_parent", "anc_" + i)
              .withColumnRenamed("l_own", "own_" + i)
              .withColumnRenamed("l_proj", "proj_" + i)
              .drop("l_key");
      owns[i] = col("own_" + i);
      projs[i] = col("proj_" + i);
    }
    Dataset<Row> cur =
        base.join(chain, col("anc_0").equalTo(col("c_anc_0")), "left").drop("c_anc_0");
    Column ancestorOwn = coalesce(java.util.Arrays.copyOfRange(owns, 1, owns.length));
    Column ancestorProj = coalesce(java.util.Arrays.copyOfRange(projs, 1, projs.length));
    Dataset<Row> out =
        cur.withColumn(
                LINK_METHOD,
                when(col("own_0").isNotNull(), col("method_0"))
                    .when(ancestorOwn.isNotNull(), lit("parent_or_epic"))
                    .when(col("proj_0").isNotNull(), lit("project_key"))
                    .when(ancestorProj.isNotNull(), lit("parent_or_epic_project")))
            .withColumn("_link", coalesce(col("own_0"), ancestorOwn, col("proj_0"), ancestorProj));
    for (int i = 0; i <= MAX_DEPTH; i++) {
      out = out.drop("own_" + i, "proj_" + i, "anc_" + i);
    }
    return out.drop("method_0").withColumnRenamed("_link", Cols.INITIATIVE_ID);
  }

  /** Splits {@link #linkAll}'s result into the linked issues and the UNLINKED_ISSUE rows. */
  public static Linked separate(Dataset<Row> out, String labelPrefix) {
    Dataset<Row> linked = out.filter(col(Cols.INITIATIVE_ID).isNotNull());
    Dataset<Row> unlinked =
        Canonical.quarantine(
            out.filter(col(Cols.INITIATIVE_ID).isNull()),
            QuarantineReason.UNLINKED_ISSUE,
            concat(
                lit("issue "),
                col(Cols.ISSUE_KEY),
                lit(" links to no initiative (no jira_keys match, epic/parent link or "),
                lit(labelPrefix),
                lit("<id> label)")),
            concat(col(Cols.ISSUE_KEY), lit(","), coalesce(col(Cols.SUMMARY), lit(""))));
    return new Linked(linked, unlinked);
  }

  /**
   * Changelog rows (status or flag history) of the linked issues, with their initiative_id: a
   * change belongs to the issue of the same key exported in the same file.
   */
  public static Dataset<Row> changesOf(Dataset<Row> changes, Dataset<Row> linkedIssues) {
    Dataset<Row> keys =
        linkedIssues.select(
            col(Cols.ISSUE_KEY).as("hk"), col(Cols.SOURCE_FILE).as("hf"), col(Cols.INITIATIVE_ID));
    return changes
        .join(
            keys,
            col(Cols.ISSUE_KEY).equalTo(col("hk")).and(col(Cols.SOURCE_FILE).equalTo(col("hf"))))
        .drop("hk", "hf");
  }

  /** Model versions linked through the registry's model_names, and the unlinked rows. */
  public static Linked linkModels(Dataset<Row> models, Dataset<Row> registry) {
    Dataset<Row> names =
        registry
            .select(
                col(Cols.INITIATIVE_ID).as("m_initiative"),
                explode(split(col(Cols.MODEL_NAMES), "[;,]")).as("n"))
            .select(col("m_initiative"), trim(col("n")).as("n"))
            .filter(col("n").notEqual(""))
            .groupBy("n")
            .agg(min("m_initiative").as("m_initiative"));
    Dataset<Row> joined =
        models
            .join(names, col(Cols.MODEL_NAME).equalTo(col("n")), "left")
            .drop("n")
            .withColumnRenamed("m_initiative", Cols.INITIATIVE_ID);
    Dataset<Row> linked = joined.filter(col(Cols.INITIATIVE_ID).isNotNull());
    Dataset<Row> unlinked =
        Canonical.quarantine(
            joined.filter(col(Cols.INITIATIVE_ID).isNull()),
            QuarantineReason.UNLINKED_MODEL,
            concat(
                lit("model "),
                col(Cols.MODEL_NAME),
                lit(" v"),
                col(Cols.MODEL_VERSION),
                lit(" is listed in no initiative's model_names")),
            concat(
                col(Cols.MODEL_NAME),
                lit(" v"),
                col(Cols.MODEL_VERSION),
                lit(" "),
                coalesce(col(Cols.MODEL_STAGE), lit(""))));
    return new Linked(linked, unlinked);
  }
}
