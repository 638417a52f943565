package dev.lastmile.io.parse;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the parsers need from the run configuration, shipped to executors with each task.
 *
 * @param registryColumns lower-cased source column name to canonical registry column
 * @param registryDateFormats extra date patterns accepted in registry date columns
 * @param jiraHeaders lower-cased Jira CSV header to a canonical field (key, id, summary, ...)
 * @param modelStages known MLflow stages, lower-cased (anything else is UNKNOWN_ENUM)
 * @param rawLimit raw text kept in a quarantine row, in characters
 */
public record ParseConfig(
    Map<String, String> registryColumns,
    List<String> registryDateFormats,
    Map<String, String> jiraHeaders,
    Set<String> modelStages,
    int rawLimit)
    implements Serializable {}
