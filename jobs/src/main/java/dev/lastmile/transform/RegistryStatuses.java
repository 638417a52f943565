package dev.lastmile.transform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.rules.RegistryStatusWords;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * The registry status read by word forms ({@code registry_status} in the lifecycle rules, {@link
 * RegistryStatusWords}): whether a status names a concept (in production, on hold, cancelled,
 * retired) in any of the rules' languages. Read by the outcome rules ({@link Lifecycle}) and the
 * registry checks ({@link DataQuality}) alike, so both read a status the same way. Pure.
 */
public final class RegistryStatuses {
  private RegistryStatuses() {}

  /** Whether the registry status names the concept (false for null). */
  static Column names(Column status, LifecycleRules rules, RegistryStatusWords.Concept concept) {
    RegistryStatusWords words = rules.registryStatusWords();
    UserDefinedFunction f =
        udf((UDF1<String, Boolean>) v -> v != null && words.is(concept, v), DataTypes.BooleanType);
    return coalesce(f.apply(status), lit(false));
  }
}
