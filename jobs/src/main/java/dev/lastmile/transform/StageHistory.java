package dev.lastmile.transform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;

import dev.lastmile.model.Cols;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * stage_history: stage spells per initiative, read from the stage evidence of {@link
 * Lifecycle#stageEvidence} (initiative_id, stage_rank, source, source_ref, at, source_file,
 * record_number) and from nothing else, so that new kinds of stage evidence show up here without a
 * change.
 *
 * <p>Only dated evidence counts. Per instant the highest stage shown is kept; a spell opens at the
 * first instant that shows a stage beyond every earlier instant (the same "moved past" notion as
 * the derived stall windows) and closes when the next spell opens; the last spell is current
 * (left_at null, days counted to the snapshot date). A move back to an earlier stage opens no
 * spell: the lifecycle verdicts are about the furthest stage reached.
 */
public final class StageHistory {
  private StageHistory() {}

  public static Dataset<Row> spells(Dataset<Row> stageEvidence, LocalDate asOf) {
    Dataset<Row> instants =
        stageEvidence
            .filter(col(Lifecycle.AT).isNotNull().and(col(Lifecycle.STAGE_RANK).isNotNull()))
            .groupBy(col(Cols.INITIATIVE_ID), col(Lifecycle.AT))
            .agg(
                max(struct(
                        col(Lifecycle.STAGE_RANK),
                        col(Cols.SOURCE),
                        col(Cols.SOURCE_REF),
                        Lifecycle.optional(stageEvidence, Cols.SOURCE_FILE).as(Cols.SOURCE_FILE),
                        Lifecycle.optional(stageEvidence, Cols.RECORD_NUMBER, "bigint")
                            .as(Cols.RECORD_NUMBER)))
                    .as("e"));
    WindowSpec byTime = Window.partitionBy(Cols.INITIATIVE_ID).orderBy(col(Lifecycle.AT));
    Column before =
        max(col("e." + Lifecycle.STAGE_RANK))
            .over(byTime.rowsBetween(Window.unboundedPreceding(), -1));
    Dataset<Row> opened =
        instants
            .withColumn("_before", before)
            .filter(
                col("_before").isNull().or(col("e." + Lifecycle.STAGE_RANK).gt(col("_before"))));
    Column asOfTs = lit(java.sql.Timestamp.valueOf(asOf.atStartOfDay()));
    return opened
        .withColumn(Cols.SPELL_NUMBER, row_number().over(byTime))
        .withColumn(Cols.LEFT_AT, lead(col(Lifecycle.AT), 1).over(byTime))
        .select(
            col(Cols.INITIATIVE_ID),
            col(Cols.SPELL_NUMBER),
            Lifecycle.stageCode(col("e." + Lifecycle.STAGE_RANK)).as(Cols.STAGE),
            col(Lifecycle.AT).as(Cols.ENTERED_AT),
            col(Cols.LEFT_AT),
            datediff(to_date(coalesce(col(Cols.LEFT_AT), asOfTs)), to_date(col(Lifecycle.AT)))
                .as(Cols.DAYS),
            col("e." + Cols.SOURCE).as(Cols.SOURCE),
            col("e." + Cols.SOURCE_REF).as(Cols.SOURCE_REF),
            col("e." + Cols.SOURCE_FILE).as(Cols.SOURCE_FILE),
            col("e." + Cols.RECORD_NUMBER).cast("bigint").as(Cols.RECORD_NUMBER));
  }
}
