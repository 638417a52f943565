package dev.lastmile.transform;

import dev.lastmile.testing.SharedSpark;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Tiny typed inputs for the cause tests (schemas as the lead's canonical tables). */
final class CauseFixtures {
  static final StructType TEXTS =
      StructType.fromDDL(
          "initiative_id STRING, source STRING, source_ref STRING, text_at TIMESTAMP, text STRING");
  static final StructType REGISTRY =
      StructType.fromDDL(
          "initiative_id STRING, name STRING, status STRING, registry_stage STRING, sponsor STRING,"
              + " owner STRING, success_kpi STRING, kpi_baseline STRING, kpi_target STRING,"
              + " data_audit_completed STRING, budget_planned DOUBLE, budget_spent DOUBLE,"
              + " currency STRING, closure_reason STRING, notes STRING, start_date DATE,"
              + " closed_date DATE");
  static final StructType HISTORY =
      StructType.fromDDL(
          "initiative_id STRING, issue_key STRING, changed_at TIMESTAMP, from_status STRING,"
              + " to_status STRING");
  static final StructType ISSUES =
      StructType.fromDDL(
          "initiative_id STRING, issue_key STRING, issue_type STRING, summary STRING,"
              + " issue_status STRING, resolution STRING, created TIMESTAMP, updated TIMESTAMP,"
              + " resolved TIMESTAMP, flagged BOOLEAN, blocked_by ARRAY<STRING>");
  static final StructType MODELS =
      StructType.fromDDL(
          "initiative_id STRING, model_name STRING, model_version STRING, model_stage STRING,"
              + " aliases ARRAY<STRING>, model_created TIMESTAMP, model_updated TIMESTAMP,"
              + " description STRING, tags STRING");

  private CauseFixtures() {}

  static SparkSession spark() {
    return SharedSpark.spark();
  }

  static Dataset<Row> df(StructType schema, Object[]... rows) {
    List<Row> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(RowFactory.create(r));
    }
    return spark().createDataFrame(out, schema);
  }

  static Timestamp ts(String isoDate) {
    return Timestamp.valueOf(isoDate + " 12:00:00");
  }

  static Date date(String isoDate) {
    return isoDate == null ? null : Date.valueOf(isoDate);
  }

  /** A registry row with everything filled in (no structured evidence). */
  static Object[] reg(String id, String closure, String notes, String closed) {
    return new Object[] {
      id,
      "Name " + id,
      "cancelled",
      "POC",
      "Ann Sponsor",
      "Bob Owner",
      "Loss rate",
      "5%",
      "3%",
      "yes",
      100.0,
      90.0,
      "EUR",
      closure,
      notes,
      date("2024-01-01"),
      date(closed)
    };
  }

  static Object[] text(String id, String source, String ref, String at, String text) {
    return new Object[] {id, source, ref, at == null ? null : ts(at), text};
  }

  static CauseInputs inputs(Dataset<Row> texts, Dataset<Row> registry) {
    return new CauseInputs(texts, registry, df(HISTORY), df(ISSUES), df(MODELS));
  }

  static List<Object> list(Object... xs) {
    return Arrays.asList(xs);
  }
}
