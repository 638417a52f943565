package dev.lastmile.transform;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The DataFrames {@link CauseEvidence#extract} reads. {@code texts} and {@code registry} are
 * required; {@code statusHistory}, {@code issues} and {@code models} may be null (treated as
 * empty).
 *
 * @param texts initiative_id, source, source_ref, text_at, text
 * @param registry one row per initiative (canonical registry columns, typed)
 * @param statusHistory initiative_id, issue_key, changed_at, from_status, to_status
 * @param issues initiative_id, issue_key, issue_type, summary, issue_status, resolution, created,
 *     updated, resolved, flagged, blocked_by
 * @param models initiative_id, model_name, model_version, model_stage, aliases, model_created,
 *     model_updated, description, tags
 */
public record CauseInputs(
    Dataset<Row> texts,
    Dataset<Row> registry,
    Dataset<Row> statusHistory,
    Dataset<Row> issues,
    Dataset<Row> models) {}
