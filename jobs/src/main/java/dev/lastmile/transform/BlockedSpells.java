package dev.lastmile.transform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cols;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * blocked_spells: when each linked Jira issue was blocked, from three signals. Pure.
 *
 * <ul>
 *   <li>{@code flagged}: the Flagged field history of the JSON changelog; a spell opens when the
 *       flag is set (a non-blank value) and closes when it is cleared. An issue flagged at export
 *       with no Flagged history (a CSV export) gets one open spell from its updated date.
 *   <li>{@code status}: a status change into a blocked status (review.json {@code
 *       blocked_statuses}), until the issue's next status change.
 *   <li>{@code link}: an "is blocked by" link to an issue in the export, from the later of the two
 *       issues' created dates until the blocker (or the blocked issue) was resolved. The blocker's
 *       summary is the excerpt; it is also cause evidence through the existing blocker-link path of
 *       {@link CauseEvidence}, which reads the same links.
 * </ul>
 *
 * <p>Initiative-level blocked time is the union of its issues' spells; the table keeps the spells
 * so that overlaps stay visible.
 */
public final class BlockedSpells {
  private BlockedSpells() {}

  /**
   * @param issues linked issues (initiative_id, issue_key, summary, created, updated, resolved,
   *     flagged, blocked_by)
   * @param history status history joined to its issue (issue_key, initiative_id, changed_at,
   *     to_status)
   * @param flags Flagged history (issue_key, changed_at, author, to_status), see {@link
   *     Canonical#flagHistory}; rows of unlinked issues are ignored
   */
  public static Dataset<Row> spells(
      Dataset<Row> issues,
      Dataset<Row> history,
      Dataset<Row> flags,
      ReviewParams params,
      LocalDate asOf) {
    Column asOfTs = lit(java.sql.Timestamp.valueOf(asOf.atStartOfDay()));
    // flagged
    Dataset<Row> keys = issues.select(col(Cols.ISSUE_KEY).as("_k"), col(Cols.INITIATIVE_ID));
    WindowSpec byIssue = Window.partitionBy(Cols.ISSUE_KEY).orderBy(col(Cols.CHANGED_AT));
    Column set = coalesce(trim(col(Cols.TO_STATUS)).notEqual(""), lit(false));
    Dataset<Row> changes =
        flags
            .filter(col(Cols.CHANGED_AT).isNotNull())
            .withColumn("_set", set)
            .withColumn("_prev", lag(col("_set"), 1).over(byIssue))
            .filter(col("_prev").isNull().or(col("_prev").notEqual(col("_set"))))
            .withColumn("_next", lead(col(Cols.CHANGED_AT), 1).over(byIssue));
    Dataset<Row> flagged =
        changes
            .filter(col("_set"))
            .join(keys, col(Cols.ISSUE_KEY).equalTo(col("_k")))
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.ISSUE_KEY),
                lit("flagged").as(Cols.BLOCK_SOURCE),
                col(Cols.CHANGED_AT).as(Cols.BLOCKED_FROM),
                col("_next").as(Cols.BLOCKED_UNTIL),
                lit(null).cast("string").as(Cols.BLOCKER_KEY),
                concat(
                        col(Cols.ISSUE_KEY),
                        lit(" Flagged set"),
                        when(col(Cols.AUTHOR).isNotNull(), concat(lit(" by "), col(Cols.AUTHOR)))
                            .otherwise(lit("")))
                    .as(Cols.SOURCE_REF),
                col(Cols.TO_STATUS).as(Cols.EXCERPT));
    Dataset<Row> withHistory = flags.select(col(Cols.ISSUE_KEY).as("_fk")).distinct();
    Dataset<Row> flaggedNow =
        issues
            .filter(coalesce(col(Cols.FLAGGED), lit(false)))
            .join(withHistory, col(Cols.ISSUE_KEY).equalTo(col("_fk")), "left_anti")
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.ISSUE_KEY),
                lit("flagged").as(Cols.BLOCK_SOURCE),
                coalesce(col(Cols.UPDATED), col(Cols.CREATED)).as(Cols.BLOCKED_FROM),
                lit(null).cast("timestamp").as(Cols.BLOCKED_UNTIL),
                lit(null).cast("string").as(Cols.BLOCKER_KEY),
                concat(
                        col(Cols.ISSUE_KEY),
                        lit(" flagged at export (no Flagged history: from its" + " updated date)"))
                    .as(Cols.SOURCE_REF),
                lit("Impediment").as(Cols.EXCERPT));
    // status
    Dataset<Row> status =
        history
            .filter(col(Cols.CHANGED_AT).isNotNull())
            .withColumn("_next", lead(col(Cols.CHANGED_AT), 1).over(byIssue))
            .filter(Lifecycle.matches(col(Cols.TO_STATUS), params.blockedStatuses()))
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.ISSUE_KEY),
                lit("status").as(Cols.BLOCK_SOURCE),
                col(Cols.CHANGED_AT).as(Cols.BLOCKED_FROM),
                col("_next").as(Cols.BLOCKED_UNTIL),
                lit(null).cast("string").as(Cols.BLOCKER_KEY),
                concat(col(Cols.ISSUE_KEY), lit(" -> "), col(Cols.TO_STATUS)).as(Cols.SOURCE_REF),
                col(Cols.TO_STATUS).as(Cols.EXCERPT));
    // link
    Dataset<Row> blockers =
        issues
            .select(
                col(Cols.ISSUE_KEY).as("_bk"),
                col(Cols.CREATED).as("_b_created"),
                col(Cols.RESOLVED).as("_b_resolved"),
                col(Cols.SUMMARY).as("_b_summary"))
            .dropDuplicates("_bk");
    Dataset<Row> link =
        issues
            .filter(col(Cols.BLOCKED_BY).isNotNull())
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.ISSUE_KEY),
                col(Cols.CREATED),
                col(Cols.RESOLVED),
                explode(col(Cols.BLOCKED_BY)).as(Cols.BLOCKER_KEY))
            .join(blockers, col(Cols.BLOCKER_KEY).equalTo(col("_bk")))
            .withColumn(Cols.BLOCKED_FROM, greatest(col(Cols.CREATED), col("_b_created")))
            .withColumn(
                Cols.BLOCKED_UNTIL,
                when(col("_b_resolved").isNull(), col(Cols.RESOLVED))
                    .when(col(Cols.RESOLVED).isNull(), col("_b_resolved"))
                    .otherwise(least(col(Cols.RESOLVED), col("_b_resolved"))))
            .filter(
                col(Cols.BLOCKED_FROM)
                    .isNotNull()
                    .and(
                        col(Cols.BLOCKED_UNTIL)
                            .isNull()
                            .or(col(Cols.BLOCKED_UNTIL).geq(col(Cols.BLOCKED_FROM)))))
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.ISSUE_KEY),
                lit("link").as(Cols.BLOCK_SOURCE),
                col(Cols.BLOCKED_FROM),
                col(Cols.BLOCKED_UNTIL),
                col(Cols.BLOCKER_KEY),
                concat(col(Cols.ISSUE_KEY), lit(" is blocked by "), col(Cols.BLOCKER_KEY))
                    .as(Cols.SOURCE_REF),
                col("_b_summary").as(Cols.EXCERPT));
    return flagged
        .unionByName(flaggedNow)
        .unionByName(status)
        .unionByName(link)
        .filter(not(col(Cols.BLOCKED_FROM).isNull()))
        .withColumn(
            Cols.DAYS,
            datediff(
                to_date(coalesce(col(Cols.BLOCKED_UNTIL), asOfTs)),
                to_date(col(Cols.BLOCKED_FROM))));
  }
}
